"""Keeping people and organisations: create, change, move to another job, remove.

Every change goes through these functions so that the sort key and the search text stay right.
They work inside the caller's session (one unit of work) and raise :class:`ContactError` with one
sentence for the user when the input cannot be saved; nothing is then written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from advocaat.contacts.kinds import OrganisationKind
from advocaat.contacts.names import full_name, sort_key, sort_name, split_infix
from advocaat.contacts.phones import normalize_phone
from advocaat.core.text import fold
from advocaat.core.text import words as folded_words
from advocaat.db.contact_tables import (
    ContactIndex,
    EmailAddress,
    Organisation,
    Person,
    PhoneNumber,
    Position,
    Theme,
)
from advocaat.db.models import Municipality
from advocaat.errors import UserFacingError
from advocaat.i18n import _

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")


class ContactError(UserFacingError):
    pass


@dataclass
class PersonData:
    """What a form or an import says about a person."""

    given_name: str = ""
    infix: str = ""
    family_name: str = ""
    municipality_code: str | None = None
    notes: str = ""
    influence: int | None = None
    attitude: int | None = None
    phones: list[tuple[str, str]] = field(default_factory=list)
    """(number as typed, kind)"""
    emails: list[tuple[str, str]] = field(default_factory=list)
    """(address, kind)"""
    themes: list[str] = field(default_factory=list)
    organisation_id: int | None = None
    role: str = ""
    portfolio: str = ""


@dataclass
class OrganisationData:
    name: str = ""
    kind: str = OrganisationKind.OTHER.value
    municipality_code: str | None = None
    street: str = ""
    postcode: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    notes: str = ""
    themes: list[str] = field(default_factory=list)


def valid_email(address: str) -> bool:
    return bool(_EMAIL.match(address.strip()))


def themes_named(session: Session, names: list[str]) -> list[Theme]:
    """The themes with these names, made where missing; the same theme is never made twice."""
    wanted: dict[str, str] = {}
    for name in names:
        clean = " ".join(name.split())
        if clean:
            wanted.setdefault(fold(clean), clean)
    if not wanted:
        return []
    existing = {fold(theme.name): theme for theme in session.scalars(select(Theme))}
    themes = []
    for name in wanted.values():
        theme = existing.get(fold(name))
        if theme is None:
            theme = Theme(name=name)
            session.add(theme)
            existing[fold(name)] = theme
        themes.append(theme)
    return themes


def _check_municipality(session: Session, code: str | None) -> None:
    if code is not None and session.get(Municipality, code) is None:
        raise ContactError(_("{code} is not a known municipality.").format(code=code))


def check_person_data(data: PersonData) -> None:
    """What can be told of the data alone (a bulk import checks the references itself)."""
    if not (data.given_name.strip() or data.family_name.strip()):
        raise ContactError(_("Fill in at least a first name or a surname."))
    for address, _kind in data.emails:
        if address.strip() and not valid_email(address):
            raise ContactError(
                _("{address} is not a valid e-mail address.").format(address=address)
            )
    for value, label, low, high in (
        (data.influence, _("Influence"), 1, 5),
        (data.attitude, _("Attitude"), -2, 2),
    ):
        if value is not None and not low <= value <= high:
            raise ContactError(
                _("{label} must be between {low} and {high}.").format(
                    label=label, low=low, high=high
                )
            )


def _check_person(session: Session, data: PersonData) -> None:
    check_person_data(data)
    _check_municipality(session, data.municipality_code)
    if data.organisation_id is not None and session.get(Organisation, data.organisation_id) is None:
        raise ContactError(_("The chosen organisation no longer exists."))


def current_position(person: Person) -> Position | None:
    current = [position for position in person.positions if position.ended_on is None]
    return current[-1] if current else None


def new_position_row(data: PersonData) -> dict[str, Any] | None:
    """The job the data names, for a person without one; ``None`` when it names none."""
    if data.organisation_id is None and not data.role.strip() and not data.portfolio.strip():
        return None
    return {
        "organisation_id": data.organisation_id,
        "role": data.role.strip(),
        "portfolio": data.portfolio.strip(),
        "department": "",
        "started_on": None,
        "ended_on": None,
    }


def _set_position(person: Person, data: PersonData, session: Session) -> None:
    """Keep the current position in step with the form, without rewriting history."""
    position = current_position(person)
    row = new_position_row(data)
    if row is None:
        if position is not None:
            position.ended_on = date.today()
        return
    if position is None:
        person.positions.append(Position(**row))
    elif position.organisation_id != data.organisation_id:
        # Another organisation: that is a move, so the old position becomes history.
        move_person(
            session,
            person,
            organisation_id=data.organisation_id,
            role=data.role,
            portfolio=data.portfolio,
            on=date.today(),
        )
    else:
        position.role = data.role.strip()
        position.portfolio = data.portfolio.strip()


def move_person(
    session: Session,
    person: Person,
    *,
    organisation_id: int | None,
    role: str,
    portfolio: str,
    on: date,
) -> Position:
    """Record a change of job: the current position ends on ``on`` and the new one starts."""
    for position in person.positions:
        if position.ended_on is None:
            position.ended_on = on
    new = Position(
        organisation_id=organisation_id,
        role=role.strip(),
        portfolio=portfolio.strip(),
        started_on=on,
    )
    person.positions.append(new)
    session.flush()
    refresh_person(session, person)
    return new


def person_columns(data: PersonData) -> dict[str, object]:
    """The person's own columns as the data sets them (names tidied, the tussenvoegsel apart)."""
    infix, family = split_infix(data.family_name, data.infix)
    return {
        "given_name": " ".join(data.given_name.split()),
        "infix": infix,
        "family_name": family,
        "municipality_code": data.municipality_code,
        "notes": data.notes.strip(),
        "influence": data.influence,
        "attitude": data.attitude,
        "updated_at": datetime.now(),
    }


def phone_rows(data: PersonData) -> list[dict[str, str]]:
    """The phone numbers as stored: shown the Dutch way, with their E.164 form for matching."""
    rows = []
    for number, kind in data.phones:
        if number.strip():
            normalized = normalize_phone(number)
            rows.append({"number": normalized.display, "normalized": normalized.e164, "kind": kind})
    return rows


def email_rows(data: PersonData) -> list[dict[str, str]]:
    return [
        {"address": address.strip().lower(), "kind": kind}
        for address, kind in data.emails
        if address.strip()
    ]


def _apply_person(session: Session, person: Person, data: PersonData) -> None:
    for name, value in person_columns(data).items():
        setattr(person, name, value)
    person.phones = [PhoneNumber(**row) for row in phone_rows(data)]
    person.emails = [EmailAddress(**row) for row in email_rows(data)]
    person.themes = themes_named(session, data.themes)


def create_person(session: Session, data: PersonData) -> Person:
    _check_person(session, data)
    person = Person()
    session.add(person)
    _apply_person(session, person, data)
    _set_position(person, data, session)
    session.flush()
    refresh_person(session, person)
    return person


def update_person(session: Session, person: Person, data: PersonData) -> Person:
    _check_person(session, data)
    _apply_person(session, person, data)
    _set_position(person, data, session)
    session.flush()
    refresh_person(session, person)
    return person


def person_data(person: Person) -> PersonData:
    """The person as a form shows it (the inverse of :func:`update_person`)."""
    position = current_position(person)
    return PersonData(
        given_name=person.given_name,
        infix=person.infix,
        family_name=person.family_name,
        municipality_code=person.municipality_code,
        notes=person.notes,
        influence=person.influence,
        attitude=person.attitude,
        phones=[(phone.number, phone.kind) for phone in person.phones],
        emails=[(email.address, email.kind) for email in person.emails],
        themes=[theme.name for theme in person.themes],
        organisation_id=position.organisation_id if position else None,
        role=position.role if position else "",
        portfolio=position.portfolio if position else "",
    )


def person_name(person: Person) -> str:
    return full_name(person.given_name, person.infix, person.family_name)


SEARCH_TEXT_LIMIT = 1500
"""Characters of a contact that search looks at: the index row must fit a PostgreSQL B-tree
entry (about 2,700 bytes), so very long notes are searched on their first part only."""


def search_text(words: list[str]) -> str:
    """What search looks in: the folded words one space apart (see :mod:`advocaat.db.fulltext`),
    cut at :data:`SEARCH_TEXT_LIMIT`."""
    return " ".join(folded_words(" ".join(words)))[:SEARCH_TEXT_LIMIT]


def _index(session: Session, kind: str, identifier: int, key: str, words: list[str]) -> None:
    """Write the search row of one contact (see :class:`ContactIndex`)."""
    text = search_text(words)
    row = session.get(ContactIndex, (kind, identifier))
    if row is None:
        session.add(ContactIndex(kind=kind, id=identifier, sort_key=key, search_text=text))
    else:
        row.sort_key, row.search_text = key, text


def refresh_person(session: Session, person: Person) -> None:
    """Recompute the sort key and search text after any change to the person or their job."""
    position = current_position(person)
    organisation = (
        session.get(Organisation, position.organisation_id)
        if position and position.organisation_id is not None
        else None
    )
    municipality = (
        session.get(Municipality, person.municipality_code) if person.municipality_code else None
    )
    person.sort_key = sort_key(sort_name(person.given_name, person.infix, person.family_name))
    words = person_words(
        person_name(person),
        job=[position.role, position.portfolio] if position else [],
        organisation=organisation.name if organisation else "",
        municipality=municipality.name if municipality else "",
        notes=person.notes,
        emails=[email.address for email in person.emails],
        phones=[(phone.number, phone.normalized) for phone in person.phones],
        themes=[theme.name for theme in person.themes],
    )
    _index(session, "person", person.id, person.sort_key, words)


def person_words(
    name: str,
    *,
    job: list[str],
    organisation: str,
    municipality: str,
    notes: str,
    emails: list[str],
    phones: list[tuple[str, str]],
    themes: list[str],
) -> list[str]:
    """The words a person is found by; ``job`` is the current role and portfolio, ``phones``
    (as shown, E.164) pairs."""
    return [
        name,
        *job,
        organisation,
        municipality,
        notes,
        *emails,
        *(normalized or number for number, normalized in phones),
        *(number for number, _normalized in phones),  # "06 12" finds "06 12345678"
        *(number.replace(" ", "") for number, _normalized in phones),
        *themes,
    ]


def check_organisation_data(data: OrganisationData) -> None:
    """What can be told of the data alone (a bulk import checks the municipality itself)."""
    if not data.name.strip():
        raise ContactError(_("Fill in the name of the organisation."))
    if data.email.strip() and not valid_email(data.email):
        raise ContactError(_("{address} is not a valid e-mail address.").format(address=data.email))
    if data.kind not in {kind.value for kind in OrganisationKind}:
        raise ContactError(_("{kind} is not a known kind of organisation.").format(kind=data.kind))


def _check_organisation(session: Session, data: OrganisationData) -> None:
    check_organisation_data(data)
    _check_municipality(session, data.municipality_code)


def organisation_columns(data: OrganisationData) -> dict[str, object]:
    return {
        "name": " ".join(data.name.split()),
        "kind": data.kind,
        "municipality_code": data.municipality_code,
        "street": data.street.strip(),
        "postcode": data.postcode.strip().upper(),
        "city": data.city.strip(),
        "phone": normalize_phone(data.phone).display if data.phone.strip() else "",
        "email": data.email.strip().lower(),
        "website": data.website.strip(),
        "notes": data.notes.strip(),
        "updated_at": datetime.now(),
    }


def _apply_organisation(
    session: Session, organisation: Organisation, data: OrganisationData
) -> None:
    for name, value in organisation_columns(data).items():
        setattr(organisation, name, value)
    organisation.themes = themes_named(session, data.themes)


def create_organisation(session: Session, data: OrganisationData) -> Organisation:
    _check_organisation(session, data)
    organisation = Organisation()
    session.add(organisation)
    _apply_organisation(session, organisation, data)
    session.flush()
    refresh_organisation(session, organisation)
    return organisation


def update_organisation(
    session: Session, organisation: Organisation, data: OrganisationData
) -> Organisation:
    _check_organisation(session, data)
    _apply_organisation(session, organisation, data)
    session.flush()
    refresh_organisation(session, organisation)
    for position in organisation.positions:
        if position.ended_on is None:
            refresh_person(session, position.person)
    return organisation


def organisation_data(organisation: Organisation) -> OrganisationData:
    return OrganisationData(
        name=organisation.name,
        kind=organisation.kind,
        municipality_code=organisation.municipality_code,
        street=organisation.street,
        postcode=organisation.postcode,
        city=organisation.city,
        phone=organisation.phone,
        email=organisation.email,
        website=organisation.website,
        notes=organisation.notes,
        themes=[theme.name for theme in organisation.themes],
    )


def refresh_organisation(session: Session, organisation: Organisation) -> None:
    municipality = (
        session.get(Municipality, organisation.municipality_code)
        if organisation.municipality_code
        else None
    )
    organisation.sort_key = sort_key(organisation.name)
    words = organisation_words(
        organisation.name,
        kind=organisation.kind,
        city=organisation.city,
        municipality=municipality.name if municipality else "",
        email=organisation.email,
        phone=organisation.phone,
        notes=organisation.notes,
        themes=[theme.name for theme in organisation.themes],
    )
    _index(session, "organisation", organisation.id, organisation.sort_key, words)


def organisation_words(
    name: str,
    *,
    kind: str,
    city: str,
    municipality: str,
    email: str,
    phone: str,
    notes: str,
    themes: list[str],
) -> list[str]:
    """The words an organisation is found by; its phone as shown and without spaces."""
    return [
        name,
        OrganisationKind(kind).label,
        city,
        municipality,
        email,
        phone,
        phone.replace(" ", ""),
        notes,
        *themes,
    ]


def delete_person(session: Session, person: Person) -> None:
    _unindex(session, "person", person.id)
    session.delete(person)


def _unindex(session: Session, kind: str, identifier: int) -> None:
    row = session.get(ContactIndex, (kind, identifier))
    if row is not None:
        session.delete(row)


def delete_organisation(session: Session, organisation: Organisation) -> None:
    """Remove the organisation; the people who worked there keep their history without it."""
    people = []
    for position in list(organisation.positions):
        position.organisation = None
        people.append(position.person)
    _unindex(session, "organisation", organisation.id)
    session.delete(organisation)
    session.flush()
    for person in people:
        refresh_person(session, person)
