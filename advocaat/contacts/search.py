"""Search as you type across people and organisations, ignoring case and accents.

Two steps keep it instant with 10,000 people: :func:`find_contacts` returns only the references
of the matches in Dutch sort order (one indexed query per kind), and :func:`load_rows` loads what
a list shows for the rows actually on screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Select, and_, exists, func, literal, select, union_all
from sqlalchemy.orm import Session, aliased

from advocaat.contacts.kinds import OrganisationKind
from advocaat.contacts.names import full_name
from advocaat.core.municipalities import fold
from advocaat.db.contact_tables import (
    Organisation,
    Person,
    Position,
    Theme,
    organisation_theme,
    person_theme,
)
from advocaat.db.models import Municipality


class ContactType(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


@dataclass(frozen=True)
class ContactRef:
    type: ContactType
    id: int


@dataclass(frozen=True)
class ContactFilter:
    text: str = ""
    municipality_code: str | None = None
    organisation_kind: str | None = None
    role: str | None = None
    theme: str | None = None
    types: frozenset[ContactType] = frozenset(ContactType)


@dataclass(frozen=True)
class ContactRow:
    """What the contact list shows of one contact."""

    ref: ContactRef
    name: str
    role: str
    organisation: str
    municipality: str


def _words(text: str) -> list[str]:
    return fold(text).split()


def _people(criteria: ContactFilter) -> Select:
    current = aliased(Position)
    organisation = aliased(Organisation)
    query = select(
        literal(ContactType.PERSON.value).label("type"), Person.id, Person.sort_key
    ).select_from(Person)
    for word in _words(criteria.text):
        query = query.where(func.instr(Person.search_text, word) > 0)
    if criteria.municipality_code:
        query = query.where(Person.municipality_code == criteria.municipality_code)
    if criteria.theme:
        query = query.where(
            exists().where(
                person_theme.c.person_id == Person.id,
                person_theme.c.theme_id == Theme.id,
                Theme.name == criteria.theme,
            )
        )
    if criteria.role or criteria.organisation_kind:
        conditions = [current.person_id == Person.id, current.ended_on.is_(None)]
        if criteria.role:
            conditions.append(func.lower(current.role) == criteria.role.lower())
        if criteria.organisation_kind:
            conditions += [
                organisation.id == current.organisation_id,
                organisation.kind == criteria.organisation_kind,
            ]
        query = query.where(exists().where(and_(*conditions)))
    return query


def _organisations(criteria: ContactFilter) -> Select:
    query = select(
        literal(ContactType.ORGANISATION.value).label("type"),
        Organisation.id,
        Organisation.sort_key,
    ).select_from(Organisation)
    for word in _words(criteria.text):
        query = query.where(func.instr(Organisation.search_text, word) > 0)
    if criteria.municipality_code:
        query = query.where(Organisation.municipality_code == criteria.municipality_code)
    if criteria.organisation_kind:
        query = query.where(Organisation.kind == criteria.organisation_kind)
    if criteria.theme:
        query = query.where(
            exists().where(
                organisation_theme.c.organisation_id == Organisation.id,
                organisation_theme.c.theme_id == Theme.id,
                Theme.name == criteria.theme,
            )
        )
    return query


def find_contacts(session: Session, criteria: ContactFilter) -> list[ContactRef]:
    """The matching contacts, people and organisations together, in Dutch sort order."""
    parts = []
    if ContactType.PERSON in criteria.types:
        parts.append(_people(criteria))
    if ContactType.ORGANISATION in criteria.types and not criteria.role:
        parts.append(_organisations(criteria))
    if not parts:
        return []
    combined = union_all(*parts).subquery()
    rows = session.execute(
        select(combined.c.type, combined.c.id).order_by(combined.c.sort_key, combined.c.id)
    )
    return [ContactRef(ContactType(kind), identifier) for kind, identifier in rows]


def load_rows(session: Session, refs: list[ContactRef]) -> list[ContactRow]:
    """The list rows of ``refs``, in the same order, in two queries whatever their number."""
    people_ids = [ref.id for ref in refs if ref.type is ContactType.PERSON]
    organisation_ids = [ref.id for ref in refs if ref.type is ContactType.ORGANISATION]
    rows: dict[ContactRef, ContactRow] = {}
    if people_ids:
        current = aliased(Position)
        employer = aliased(Organisation)
        query = (
            select(
                Person.id,
                Person.given_name,
                Person.infix,
                Person.family_name,
                current.role,
                employer.name,
                Municipality.name,
            )
            .outerjoin(current, and_(current.person_id == Person.id, current.ended_on.is_(None)))
            .outerjoin(employer, employer.id == current.organisation_id)
            .outerjoin(Municipality, Municipality.cbs_code == Person.municipality_code)
            .where(Person.id.in_(people_ids))
        )
        for identifier, given, infix, family, role, employer_name, place in session.execute(query):
            ref = ContactRef(ContactType.PERSON, identifier)
            rows.setdefault(
                ref,
                ContactRow(
                    ref,
                    full_name(given, infix, family),
                    role or "",
                    employer_name or "",
                    place or "",
                ),
            )
    if organisation_ids:
        query = (
            select(Organisation.id, Organisation.name, Organisation.kind, Municipality.name)
            .outerjoin(Municipality, Municipality.cbs_code == Organisation.municipality_code)
            .where(Organisation.id.in_(organisation_ids))
        )
        for identifier, name, kind, place in session.execute(query):
            ref = ContactRef(ContactType.ORGANISATION, identifier)
            rows[ref] = ContactRow(ref, name, OrganisationKind(kind).label, "", place or "")
    return [rows[ref] for ref in refs if ref in rows]


def known_roles(session: Session) -> list[str]:
    """The roles people hold now, for the role filter."""
    roles = session.scalars(
        select(Position.role).where(Position.ended_on.is_(None), Position.role != "").distinct()
    )
    return sorted(set(roles), key=fold)


def known_themes(session: Session) -> list[str]:
    return sorted(session.scalars(select(Theme.name)), key=fold)
