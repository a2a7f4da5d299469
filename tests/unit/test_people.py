"""Keeping people and organisations: checks, Dutch names, phones, job history, search text."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from advocaat.contacts.kinds import OrganisationKind
from advocaat.contacts.people import (
    ContactError,
    OrganisationData,
    PersonData,
    create_organisation,
    create_person,
    current_position,
    delete_organisation,
    move_person,
    person_data,
    update_person,
)
from advocaat.db.contact_tables import ContactIndex

pytestmark = pytest.mark.usefixtures("english")


def _search_text(session: Session, person_id: int) -> str:
    """What contact search matches the person on (the index row the book keeps up to date)."""
    row = session.get(ContactIndex, ("person", person_id))
    return row.search_text if row else ""


def zwolle(session: Session) -> int:
    return create_organisation(
        session,
        OrganisationData(
            name="Gemeente Zwolle", kind=OrganisationKind.MUNICIPALITY, municipality_code="GM0193"
        ),
    ).id


def test_person_is_stored_the_dutch_way(session: Session) -> None:
    person = create_person(
        session,
        PersonData(
            given_name=" Anouk ",
            family_name="van der  Berg",
            municipality_code="GM0193",
            phones=[("038-1234567", "work"), ("06 12345678", "mobile")],
            emails=[("A.vanderBerg@Example.nl", "work")],
            themes=["Wmo", "vervoer", "wmo"],
            organisation_id=zwolle(session),
            role="beleidsmedewerker",
            portfolio="Wmo en vervoer",
        ),
    )
    assert (person.given_name, person.infix, person.family_name) == ("Anouk", "van der", "Berg")
    assert person.sort_key == "berg, anouk van der"
    assert [(p.number, p.normalized) for p in person.phones] == [
        ("038 123 4567", "+31381234567"),
        ("06 12345678", "+31612345678"),
    ]
    assert [e.address for e in person.emails] == ["a.vanderberg@example.nl"]
    assert [t.name for t in person.themes] == ["Wmo", "vervoer"]
    for word in ("anouk", "berg", "beleidsmedewerker", "gemeente zwolle", "zwolle", "31381234567"):
        assert word in _search_text(session, person.id)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (PersonData(), "first name or a surname"),
        (PersonData(given_name="A", emails=[("not-an-address", "work")]), "not a valid e-mail"),
        (PersonData(given_name="A", influence=7), "Influence must be between 1 and 5"),
        (PersonData(given_name="A", attitude=-3), "Attitude must be between -2 and 2"),
        (PersonData(given_name="A", municipality_code="GM9999"), "not a known municipality"),
        (PersonData(given_name="A", organisation_id=999), "no longer exists"),
    ],
)
def test_bad_person_is_refused_in_one_sentence(
    session: Session, data: PersonData, message: str
) -> None:
    with pytest.raises(ContactError, match=message):
        create_person(session, data)


def test_moving_to_another_organisation_keeps_the_history(session: Session) -> None:
    first = zwolle(session)
    second = create_organisation(
        session, OrganisationData(name="Thuiszorg De Linde", kind=OrganisationKind.CARE_PROVIDER)
    ).id
    person = create_person(
        session,
        PersonData(
            given_name="Henk", family_name="de Vries", organisation_id=first, role="wethouder"
        ),
    )
    move_person(
        session,
        person,
        organisation_id=second,
        role="bestuurder",
        portfolio="",
        on=date(2026, 3, 1),
    )
    old, new = person.positions
    assert (old.organisation_id, old.role, old.ended_on) == (first, "wethouder", date(2026, 3, 1))
    assert (new.organisation_id, new.role, new.started_on, new.ended_on) == (
        second,
        "bestuurder",
        date(2026, 3, 1),
        None,
    )
    assert current_position(person) is new
    assert "thuiszorg de linde" in _search_text(session, person.id)
    assert "gemeente zwolle" not in _search_text(session, person.id)


def test_editing_the_form_with_another_organisation_is_a_move(session: Session) -> None:
    first = zwolle(session)
    second = create_organisation(session, OrganisationData(name="Wijkteam Noord")).id
    person = create_person(session, PersonData(given_name="Fatima", organisation_id=first))
    data = person_data(person)
    data.organisation_id = second
    update_person(session, person, data)
    assert [p.organisation_id for p in person.positions] == [first, second]
    assert person.positions[0].ended_on == date.today()


def test_removing_an_organisation_keeps_its_people(session: Session) -> None:
    organisation = create_organisation(session, OrganisationData(name="Stichting Tijdelijk"))
    person = create_person(
        session, PersonData(given_name="Piet", organisation_id=organisation.id, role="secretaris")
    )
    delete_organisation(session, organisation)
    assert person.positions[0].organisation_id is None
    assert person.positions[0].role == "secretaris"
    assert "stichting tijdelijk" not in _search_text(session, person.id)


def test_bad_organisation_is_refused(session: Session) -> None:
    with pytest.raises(ContactError, match="name of the organisation"):
        create_organisation(session, OrganisationData(name="  "))
    with pytest.raises(ContactError, match="not a known kind"):
        create_organisation(session, OrganisationData(name="X", kind="bakery"))
