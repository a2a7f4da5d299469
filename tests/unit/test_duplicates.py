"""Duplicate suggestions: contacts that are probably the same (merging is in test_merge)."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from advocaat.contacts.duplicates import find_duplicates
from advocaat.contacts.people import (
    OrganisationData,
    PersonData,
    create_organisation,
    create_person,
)

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
