"""The netwerkanalyse: quadrants, who is still to approach, scores, relations, the analysis."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from advocaat.contacts.moments import MomentData, log_moment
from advocaat.contacts.people import (
    ContactError,
    OrganisationData,
    PersonData,
    create_organisation,
    create_person,
    delete_person,
)
from advocaat.contacts.search import ContactRef
from advocaat.errors import UserFacingError
from advocaat.network.analysis import municipality_analysis
from advocaat.network.grid import Quadrant, parties, quadrant, set_scores, set_strategy, spread
from advocaat.network.relations import (
    RelationKind,
    add_relation,
    circle_layout,
    relations_among,
    relations_of,
)

TODAY = date(2026, 11, 23)
pytestmark = pytest.mark.usefixtures("english")


def person(ref: int) -> ContactRef:
    return ContactRef("person", ref)


def organisation(ref: int) -> ContactRef:
    return ContactRef("organisation", ref)


@pytest.fixture
def zwolle(session: Session) -> dict[str, ContactRef]:
    """A small network in Zwolle, one party in Deventer."""
    gemeente = create_organisation(session, OrganisationData(
        name="Gemeente Zwolle", kind="municipality", municipality_code="GM0193",
        themes=["vervoer"]))  # fmt: skip
    raad = create_organisation(session, OrganisationData(
        name="Adviesraad Sociaal Domein", kind="advisory_council",
        municipality_code="GM0193"))  # fmt: skip
    wethouder = create_person(session, PersonData(
        given_name="Anouk", infix="van der", family_name="Berg", municipality_code="GM0193",
        influence=5, attitude=1, organisation_id=gemeente.id, role="wethouder",
        themes=["vervoer"]))  # fmt: skip
    ambtenaar = create_person(session, PersonData(
        given_name="Pieter", family_name="Jansen", municipality_code="GM0193", influence=3,
        attitude=-1, themes=["parkeerkaart"]))  # fmt: skip
    elders = create_person(session, PersonData(
        given_name="Els", family_name="Deventer", municipality_code="GM0150", influence=2,
        attitude=2))  # fmt: skip
    log_moment(session, MomentData(TODAY.replace(month=10), summary="Kennismaking",
                                   person_ids=[wethouder.id], follow_up="Cijfers sturen",
                                   follow_up_due=date(2026, 12, 1)))  # fmt: skip
    log_moment(session, MomentData(date(2024, 5, 1), summary="Lang geleden",
                                   organisation_ids=[raad.id]))  # fmt: skip
    return {
        "gemeente": organisation(gemeente.id),
        "raad": organisation(raad.id),
        "wethouder": person(wethouder.id),
        "ambtenaar": person(ambtenaar.id),
        "elders": person(elders.id),
    }


@pytest.mark.parametrize(
    ("influence", "attitude", "expected"),
    [
        (5, 2, Quadrant.CLOSELY), (3, 1, Quadrant.CLOSELY), (3, 0, Quadrant.SATISFIED),
        (5, -2, Quadrant.SATISFIED), (2, 1, Quadrant.INFORMED), (1, 2, Quadrant.INFORMED),
        (2, 0, Quadrant.MONITOR), (1, -2, Quadrant.MONITOR),
    ],
)  # fmt: skip
def test_each_score_falls_in_one_quadrant(influence: int, attitude: int, expected: Quadrant):
    assert quadrant(influence, attitude) is expected
    assert expected.label
    assert expected.approach


def test_parties_of_a_municipality_with_last_contact_and_follow_ups(
    session: Session, zwolle: dict[str, ContactRef]
) -> None:
    found = {party.name: party for party in parties(session, "GM0193", today=TODAY)}
    assert set(found) == {"Anouk van der Berg", "Pieter Jansen", "Gemeente Zwolle",
                          "Adviesraad Sociaal Domein"}  # fmt: skip
    wethouder = found["Anouk van der Berg"]
    assert (wethouder.detail, wethouder.quadrant) == ("wethouder, Gemeente Zwolle",
                                                     Quadrant.CLOSELY)  # fmt: skip
    assert (wethouder.last_contact, wethouder.open_follow_ups) == (date(2026, 10, 23), 1)
    assert not wethouder.to_approach(TODAY)
    assert found["Adviesraad Sociaal Domein"].to_approach(TODAY)  # last contact 2024
    assert found["Pieter Jansen"].to_approach(TODAY)  # never
    assert found["Gemeente Zwolle"].quadrant is None  # not scored yet: listed, not placed
    assert [p.name for p in parties(session, "GM0193", "vervoer", today=TODAY)] == [
        "Anouk van der Berg", "Gemeente Zwolle"
    ]  # fmt: skip


def test_scores_are_checked_and_the_old_ones_returned_for_undo(
    session: Session, zwolle: dict[str, ContactRef]
) -> None:
    assert set_scores(session, zwolle["gemeente"], 4, 0) == (None, None)
    assert set_scores(session, zwolle["gemeente"], 5, 1) == (4, 0)
    with pytest.raises(ContactError, match="Influence runs from 1 to 5"):
        set_scores(session, zwolle["gemeente"], 6, 0)
    with pytest.raises(ContactError, match="Attitude runs from -2"):
        set_scores(session, zwolle["gemeente"], 3, 3)
    set_strategy(session, zwolle["gemeente"], "  Samen optrekken met de adviesraad.  ")
    [gemeente] = [p for p in parties(session, "GM0193", today=TODAY) if p.name == "Gemeente Zwolle"]
    assert (gemeente.influence, gemeente.attitude) == (5, 1)
    assert gemeente.strategy == "Samen optrekken met de adviesraad."


def test_relations_are_kept_checked_and_go_with_the_party(
    session: Session, zwolle: dict[str, ContactRef]
) -> None:
    link = add_relation(session, zwolle["wethouder"], zwolle["gemeente"], RelationKind.MEMBER_OF)
    add_relation(session, zwolle["raad"], zwolle["gemeente"], RelationKind.ADVISES)
    add_relation(session, zwolle["elders"], zwolle["gemeente"], RelationKind.WORKS_WITH)
    with pytest.raises(ContactError, match="already there"):
        add_relation(session, zwolle["wethouder"], zwolle["gemeente"], RelationKind.MEMBER_OF)
    with pytest.raises(ContactError, match="with itself"):
        add_relation(session, zwolle["raad"], zwolle["raad"], RelationKind.OPPOSES)
    assert (link.source, link.target, link.kind.label) == (
        zwolle["wethouder"], zwolle["gemeente"], "is member of"
    )  # fmt: skip
    local = {zwolle["wethouder"], zwolle["gemeente"], zwolle["raad"]}
    assert len(relations_among(session, local)) == 2  # the one from Deventer is not in view
    assert len(relations_of(session, zwolle["gemeente"])) == 3

    from advocaat.db.contact_tables import Person

    delete_person(session, session.get(Person, zwolle["wethouder"].id))
    session.flush()
    assert len(relations_of(session, zwolle["gemeente"])) == 2


def test_the_analysis_of_a_municipality(session: Session, zwolle: dict[str, ContactRef]) -> None:
    add_relation(session, zwolle["raad"], zwolle["gemeente"], RelationKind.ADVISES)
    analysis = municipality_analysis(session, "Zwolle", TODAY)
    assert analysis.municipality == "Zwolle"
    assert [p.name for p in analysis.in_quadrant(Quadrant.CLOSELY)] == ["Anouk van der Berg"]
    assert [p.name for p in analysis.in_quadrant(Quadrant.SATISFIED)] == ["Pieter Jansen"]
    assert [p.name for p in analysis.unplaced] == ["Adviesraad Sociaal Domein", "Gemeente Zwolle"]
    assert [p.name for p in analysis.to_approach] == [
        "Pieter Jansen", "Adviesraad Sociaal Domein", "Gemeente Zwolle"
    ]  # fmt: skip
    assert len(analysis.links) == 1
    assert analysis.number(zwolle["ambtenaar"]) == 2
    with pytest.raises(UserFacingError, match="not a Dutch municipality"):
        municipality_analysis(session, "Atlantis", TODAY)


def test_parties_with_the_same_scores_do_not_hide_each_other(
    session: Session, zwolle: dict[str, ContactRef]
) -> None:
    set_scores(session, zwolle["gemeente"], 5, 1)
    set_scores(session, zwolle["raad"], 5, 1)
    placed = [p for p in parties(session, "GM0193", today=TODAY) if p.placed]
    positions = spread(placed)
    assert len(set(positions.values())) == 4
    for ref in (zwolle["gemeente"], zwolle["raad"], zwolle["wethouder"]):
        x, y = positions[ref]
        assert abs(x - 1) <= 0.35
        assert abs(y - 5) <= 0.35
    assert positions[zwolle["ambtenaar"]] == (-1, 3)
    layout = circle_layout([p.ref for p in placed])
    assert all(abs(x) <= 1 and abs(y) <= 1 for x, y in layout.values())
