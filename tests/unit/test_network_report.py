"""The printed netwerkanalyse: pictures, parties per quadrant with their strategy, the lists."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy.orm import Session

from advocaat.contacts.moments import MomentData, log_moment
from advocaat.contacts.people import (
    OrganisationData,
    PersonData,
    create_organisation,
    create_person,
)
from advocaat.contacts.search import ContactRef
from advocaat.i18n import set_language
from advocaat.network.analysis import Analysis, municipality_analysis
from advocaat.network.grid import Quadrant, set_scores, set_strategy
from advocaat.network.relations import RelationKind, add_relation
from advocaat.printing.network_report import network_report_pdf

TODAY = date(2026, 11, 23)


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def flat(text: str) -> str:
    return " ".join(text.split())


def zwolle(session: Session, theme: str | None = None) -> Analysis:
    """One party in each quadrant, one not scored, relations of every kind."""
    gemeente = create_organisation(session, OrganisationData(
        name="Gemeente Zwolle", kind="municipality", municipality_code="GM0193",
        themes=["vervoer"]))  # fmt: skip
    wethouder = create_person(session, PersonData(
        given_name="Anouk", infix="van der", family_name="Berg", municipality_code="GM0193",
        influence=5, attitude=1, organisation_id=gemeente.id, role="wethouder",
        themes=["vervoer"]))  # fmt: skip
    ambtenaar = create_person(session, PersonData(
        given_name="Pieter", family_name="Jansen", municipality_code="GM0193", influence=3,
        attitude=-1))  # fmt: skip
    raadslid = create_person(session, PersonData(
        given_name="Fatima", family_name="El Amrani", municipality_code="GM0193", influence=2,
        attitude=2))  # fmt: skip
    buurman = create_person(session, PersonData(
        given_name="Kees", family_name="Smit", municipality_code="GM0193", influence=1,
        attitude=-2))  # fmt: skip
    refs = {name: ContactRef("person", row.id) for name, row in (
        ("wethouder", wethouder), ("ambtenaar", ambtenaar), ("raadslid", raadslid),
        ("buurman", buurman))}  # fmt: skip
    refs["gemeente"] = ContactRef("organisation", gemeente.id)
    set_strategy(session, refs["wethouder"], "Elk kwartaal de signalen over vervoer bespreken.")
    log_moment(session, MomentData(date(2026, 10, 1), summary="Kennismaking",
                                   person_ids=[wethouder.id], follow_up="Cijfers sturen",
                                   follow_up_due=date(2026, 12, 1)))  # fmt: skip
    add_relation(session, refs["wethouder"], refs["gemeente"], RelationKind.MEMBER_OF)
    add_relation(session, refs["gemeente"], refs["raadslid"], RelationKind.FUNDS)
    add_relation(session, refs["raadslid"], refs["wethouder"], RelationKind.ADVISES)
    add_relation(session, refs["ambtenaar"], refs["wethouder"], RelationKind.WORKS_WITH)
    add_relation(session, refs["buurman"], refs["ambtenaar"], RelationKind.OPPOSES)
    return municipality_analysis(session, "Zwolle", TODAY, theme)


def render(analysis: Analysis) -> str:
    data = network_report_pdf(analysis, organisation="Vereniging Proef", printed_on=TODAY)
    return pdf_text(data)


def test_the_report_in_dutch(session: Session) -> None:
    text = render(zwolle(session))
    assert text.startswith("Netwerkanalyse Zwolle")
    assert "23 november 2026" in text
    assert "pagina 1 van" in text
    assert "Vereniging Proef" in text
    for quadrant in Quadrant:
        assert flat(quadrant.label) in text
        assert flat(quadrant.approach) in text
    for name in ("Anouk van der Berg", "Pieter Jansen", "Fatima El Amrani", "Kees Smit",
                 "Gemeente Zwolle"):  # fmt: skip
        assert name in text
    assert "Elk kwartaal de signalen over vervoer bespreken." in text
    to_approach = text[text.index("Nog te benaderen Nr.") : text.index("Nog niet gescoord Nr.")]
    assert "Anouk van der Berg" not in to_approach  # contact in October
    assert "Pieter Jansen" in to_approach
    assert "Gemeente Zwolle" in text[text.index("Nog niet gescoord Nr.") :]
    assert "4. Kees Smit is tegen 3. Pieter Jansen" in text


def test_the_report_in_english_about_one_theme(session: Session) -> None:
    set_language("en")
    text = render(zwolle(session, theme="vervoer"))
    assert text.startswith("Network analysis of Zwolle")
    assert "Theme: vervoer · 23 November 2026" in text
    assert "page 1 of" in text
    assert "Pieter Jansen" not in text  # not involved in this theme
    assert "1. Anouk van der Berg is member of 2. Gemeente Zwolle" in text


def test_sixty_parties_still_print_every_name(session: Session) -> None:
    zwolle(session)
    for number in range(55):
        data = PersonData(given_name=f"Partij{number}", family_name="Proef",
                          municipality_code="GM0193")  # fmt: skip
        person = create_person(session, data)
        if number % 3:
            set_scores(session, ContactRef("person", person.id), 1 + number % 5,
                       -2 + number % 5)  # fmt: skip
    analysis = municipality_analysis(session, "GM0193", TODAY)
    assert len(analysis.parties) == 60
    assert len(analysis.network_parties) == 5  # many parties: only those with a relation
    text = render(analysis)
    for party in analysis.parties:
        assert party.name in text


@pytest.mark.usefixtures("english")
def test_a_municipality_without_parties_prints_what_is_missing(session: Session) -> None:
    text = render(municipality_analysis(session, "Kampen", TODAY))
    assert "No party has scores yet." in text
    assert "No relations recorded yet." in text
    assert "Every party has scores." in text
