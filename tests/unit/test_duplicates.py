"""Duplicate suggestions and merges that keep everything of both contacts."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from advocaat.contacts.duplicates import find_duplicates, merge_organisations, merge_people
from advocaat.contacts.moments import MomentData, log_moment, moments_of_person
from advocaat.contacts.people import (
    ContactError,
    OrganisationData,
    PersonData,
    create_organisation,
    create_person,
    move_person,
)
from advocaat.contacts.search import ContactFilter, find_contacts
from advocaat.db.contact_tables import Organisation, Person

pytestmark = pytest.mark.usefixtures("english")


def test_suggestions_by_email_phone_and_similar_name(session: Session) -> None:
    create_person(
        session,
        PersonData(
            given_name="Anouk", family_name="van der Berg", emails=[("anouk@example.nl", "work")]
        ),
    )
    create_person(
        session,
        PersonData(given_name="A.", family_name="Berg", emails=[("Anouk@example.nl", "home")]),
    )
    create_person(
        session,
        PersonData(given_name="Henk", family_name="de Vries", phones=[("038-1234567", "work")]),
    )
    create_person(
        session,
        PersonData(given_name="H.", family_name="Vries", phones=[("+31 38 123 4567", "mobile")]),
    )
    create_person(session, PersonData(given_name="Özgür", family_name="Yılmaz"))
    create_person(session, PersonData(given_name="Ozgur", family_name="Yilmaz"))
    create_person(session, PersonData(given_name="Piet", family_name="Jansen"))
    create_organisation(session, OrganisationData(name="Thuiszorg De Linde"))
    create_organisation(session, OrganisationData(name="Thuiszorg de Linde B.V."))
    pairs = {(p.first_name, p.second_name): p.reason for p in find_duplicates(session)}
    assert pairs == {
        ("Anouk van der Berg", "A. Berg"): "same e-mail address anouk@example.nl",
        ("Henk de Vries", "H. Vries"): "same phone number +31381234567",
        ("Özgür Yılmaz", "Ozgur Yilmaz"): "similar name",
        ("Thuiszorg De Linde", "Thuiszorg de Linde B.V."): "similar name",
    }


def test_merging_people_keeps_every_moment_job_number_and_note(session: Session) -> None:
    gemeente = create_organisation(session, OrganisationData(name="Gemeente Kampen")).id
    wijkteam = create_organisation(session, OrganisationData(name="Wijkteam Kampen")).id
    keep = create_person(
        session,
        PersonData(
            given_name="Hanneke",
            family_name="Smit",
            phones=[("038-1111111", "work")],
            notes="Eerste notitie",
            organisation_id=gemeente,
            role="beleidsmedewerker",
        ),
    )
    other = create_person(
        session,
        PersonData(
            given_name="H.",
            family_name="Smit",
            phones=[("038-1111111", "work"), ("06-22222222", "mobile")],
            emails=[("h.smit@example.nl", "work")],
            themes=["Wmo"],
            notes="Tweede notitie",
            influence=4,
        ),
    )
    move_person(
        session,
        other,
        organisation_id=wijkteam,
        role="teamleider",
        portfolio="",
        on=date(2026, 1, 1),
    )
    for person in (keep, other):
        log_moment(
            session,
            MomentData(happened_on=date(2026, 2, 1), summary="Overleg", person_ids=[person.id]),
        )
    keep_id, other_id = keep.id, other.id
    merged = merge_people(session, keep_id, other_id)
    assert session.get(Person, other_id) is None
    assert sorted(p.number for p in merged.phones) == ["038 111 1111", "06 22222222"]
    assert [e.address for e in merged.emails] == ["h.smit@example.nl"]
    assert [t.name for t in merged.themes] == ["Wmo"]
    assert merged.notes == "Eerste notitie\nTweede notitie"
    assert merged.influence == 4
    assert sorted(p.role for p in merged.positions) == ["beleidsmedewerker", "teamleider"]
    assert len(moments_of_person(session, keep_id)) == 2
    assert [ref.id for ref in find_contacts(session, ContactFilter(text="smit"))] == [keep_id]


def test_merging_organisations_moves_their_people(session: Session) -> None:
    keep = create_organisation(session, OrganisationData(name="Thuiszorg De Linde", city="Zwolle"))
    other = create_organisation(
        session, OrganisationData(name="De Linde thuiszorg", phone="038-7654321")
    )
    worker = create_person(
        session,
        PersonData(given_name="Ingrid", organisation_id=other.id, role="wijkverpleegkundige"),
    )
    merged = merge_organisations(session, keep.id, other.id)
    assert merged.phone == "038 765 4321"
    assert merged.city == "Zwolle"
    assert worker.positions[0].organisation_id == keep.id
    assert session.get(Organisation, other.id) is None


def test_merging_with_itself_is_refused(session: Session) -> None:
    person = create_person(session, PersonData(given_name="Piet"))
    with pytest.raises(ContactError, match="two different people"):
        merge_people(session, person.id, person.id)
