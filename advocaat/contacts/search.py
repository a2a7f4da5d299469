"""Search as you type across people and organisations, ignoring case and accents.

Two steps keep it instant with 10,000 people: :func:`find_contacts` returns only the references
of the matches in Dutch sort order, read from one covering index without sorting, and
:func:`load_rows` loads what a list shows for the rows actually on screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import (
    Select,
    SQLColumnExpression,
    and_,
    bindparam,
    case,
    column,
    exists,
    false,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
)
from sqlalchemy.orm import Session, aliased

from advocaat.contacts.kinds import ContactRef, ContactType, OrganisationKind
from advocaat.contacts.names import full_name
from advocaat.core.text import fold, words
from advocaat.db.contact_tables import (
    ContactIndex,
    ContactMoment,
    Organisation,
    Person,
    Position,
    Theme,
    moment_organisation,
    moment_person,
    organisation_theme,
    person_theme,
)
from advocaat.db.fulltext import ROWID, SEARCH_TABLE
from advocaat.db.models import Municipality


@dataclass(frozen=True)
class ContactFilter:
    text: str = ""
    municipality_code: str | None = None
    organisation_kind: str | None = None
    role: str | None = None
    theme: str | None = None
    follow_up_before: date | None = None
    """Only contacts with an open follow-up due on or before this day."""
    types: frozenset[ContactType] = frozenset(ContactType)


@dataclass(frozen=True)
class ContactRow:
    """What the contact list shows of one contact."""

    ref: ContactRef
    name: str
    role: str
    organisation: str
    municipality: str
    kind: str = ""
    """The kind of an organisation (an :class:`OrganisationKind` value); empty for a person."""


def _open_follow_ups(due_by: date) -> Select:
    return select(ContactMoment.id).where(
        ContactMoment.follow_up_due <= due_by, ContactMoment.follow_up_done_at.is_(None)
    )


def _filtered_people(criteria: ContactFilter) -> Select | None:
    """The people that pass the filters other than text, or ``None`` when none is set."""
    if not (
        criteria.municipality_code
        or criteria.theme
        or criteria.role
        or criteria.organisation_kind
        or criteria.follow_up_before
    ):
        return None
    current = aliased(Position)
    employer = aliased(Organisation)
    query = select(Person.id)
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
    if criteria.follow_up_before:
        query = query.where(
            Person.id.in_(
                select(moment_person.c.person_id).where(
                    moment_person.c.moment_id.in_(_open_follow_ups(criteria.follow_up_before))
                )
            )
        )
    if criteria.role or criteria.organisation_kind:
        conditions = [current.person_id == Person.id, current.ended_on.is_(None)]
        if criteria.role:
            conditions.append(func.lower(current.role) == criteria.role.lower())
        if criteria.organisation_kind:
            conditions += [
                employer.id == current.organisation_id,
                employer.kind == criteria.organisation_kind,
            ]
        query = query.where(exists().where(and_(*conditions)))
    return query


def _filtered_organisations(criteria: ContactFilter) -> Select | None:
    if criteria.role:
        return select(Organisation.id).where(false())  # organisations hold no role
    if not (
        criteria.municipality_code
        or criteria.theme
        or criteria.organisation_kind
        or criteria.follow_up_before
    ):
        return None
    query = select(Organisation.id)
    if criteria.follow_up_before:
        query = query.where(
            Organisation.id.in_(
                select(moment_organisation.c.organisation_id).where(
                    moment_organisation.c.moment_id.in_(_open_follow_ups(criteria.follow_up_before))
                )
            )
        )
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


def typed_words(text: str) -> list[str]:
    """What each typed word asks for: its folded words in a row, the last one a prefix ("Wmo-c"
    finds "Wmo-consulent"); a typed word without letters or digits asks for nothing."""
    return [" ".join(found) for found in map(words, text.split()) if found]


FEW_MATCHES = 300
"""Up to this many text matches, search looks each one up and sorts them; past it, it reads the
contacts in sort order and keeps the matches, stopping at the page: both stay well under 1 ms."""

_SEARCH = table(SEARCH_TABLE, column("rowid"))
_MATCH = literal_column(SEARCH_TABLE).op("MATCH")


def _with_text(session: Session, query: Select, typed: list[str]) -> Select:
    """Only contacts with a word that starts with each typed word: through the full-text index on
    SQLite, by comparing the words (one space apart, see ``contact_index``) elsewhere."""
    if session.get_bind().dialect.name != "sqlite":
        spaced = literal(" ") + ContactIndex.search_text
        return query.where(*(spaced.contains(f" {words_in_a_row}") for words_in_a_row in typed))
    matches = _MATCH(" ".join(f'"{words_in_a_row}"*' for words_in_a_row in typed))
    found = select(_SEARCH.c.rowid).where(matches)
    few = select(func.count()).select_from(found.limit(FEW_MATCHES + 1).subquery())
    if (session.scalar(few) or 0) > FEW_MATCHES:
        return query.where(literal_column(ROWID.format(row="contact_index")).in_(found))
    rowid = _SEARCH.c.rowid
    kind = case((rowid % 2 == 1, ContactType.ORGANISATION.value), else_=ContactType.PERSON.value)
    return (
        query.select_from(_SEARCH)
        .join(ContactIndex, and_(ContactIndex.kind == kind, ContactIndex.id == rowid.op("/")(2)))
        .where(matches)
    )


def _matching(
    session: Session, criteria: ContactFilter, *columns: SQLColumnExpression[Any]
) -> Select | None:
    """The index rows that match, or ``None`` when the filters exclude everything."""
    query = select(*columns)
    typed = typed_words(criteria.text)
    if typed:
        query = _with_text(session, query, typed)
    subsets = {
        ContactType.PERSON: _filtered_people(criteria),
        ContactType.ORGANISATION: _filtered_organisations(criteria),
    }
    if criteria.types != frozenset(ContactType) or any(s is not None for s in subsets.values()):
        # Only when something is narrowed down: a condition on kind stops SQLite from reading
        # the index in sort order.
        kinds = [
            ContactIndex.kind == kind.value
            if subset is None
            else and_(ContactIndex.kind == kind.value, ContactIndex.id.in_(subset))
            for kind, subset in subsets.items()
            if kind in criteria.types
        ]
        if not kinds:
            return None
        query = query.where(or_(*kinds))
    return query


def find_contacts(
    session: Session, criteria: ContactFilter, offset: int = 0, limit: int | None = None
) -> list[ContactRef]:
    """The matching contacts, people and organisations together, in Dutch sort order.

    A list asks for one page at a time (``offset``, ``limit``): the first page of a common word
    comes straight off the index, without reading every match.
    """
    query = _matching(session, criteria, ContactIndex.kind, ContactIndex.id)
    if query is None:
        return []
    query = query.order_by(ContactIndex.sort_key, ContactIndex.kind, ContactIndex.id)
    query = query.offset(offset).limit(limit)
    return list(map(ContactRef._make, session.execute(query).all()))


def count_contacts(session: Session, criteria: ContactFilter, up_to: int | None = None) -> int:
    """How many contacts match; with ``up_to``, counting stops past it (a list need not read every
    match of a common word to say "more than 500")."""
    query = _matching(session, criteria, ContactIndex.kind)
    if query is None:
        return 0
    if up_to is not None:
        query = query.limit(up_to + 1)
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


@cache
def _people_rows() -> Select:
    """The list columns of people by id, built once: building it anew (with its aliases) took
    longer than running it, on every keystroke."""
    current = aliased(Position)
    employer = aliased(Organisation)
    return (
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
        .where(Person.id.in_(bindparam("ids", expanding=True)))
    )


@cache
def _organisation_rows() -> Select:
    return (
        select(Organisation.id, Organisation.name, Organisation.kind, Municipality.name)
        .outerjoin(Municipality, Municipality.cbs_code == Organisation.municipality_code)
        .where(Organisation.id.in_(bindparam("ids", expanding=True)))
    )


def load_rows(session: Session, refs: list[ContactRef]) -> list[ContactRow]:
    """The list rows of ``refs``, in the same order, in two queries whatever their number."""
    people_ids = [ref.id for ref in refs if ref.type == ContactType.PERSON]
    organisation_ids = [ref.id for ref in refs if ref.type == ContactType.ORGANISATION]
    rows: dict[ContactRef, ContactRow] = {}
    if people_ids:
        found = session.execute(_people_rows(), {"ids": people_ids})
        for identifier, given, infix, family, role, employer_name, place in found:
            ref = ContactRef(ContactType.PERSON.value, identifier)
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
        found = session.execute(_organisation_rows(), {"ids": organisation_ids})
        for identifier, name, kind, place in found:
            ref = ContactRef(ContactType.ORGANISATION.value, identifier)
            rows[ref] = ContactRow(ref, name, OrganisationKind(kind).label, "", place or "", kind)
    return [rows[ref] for ref in refs if ref in rows]


def known_roles(session: Session) -> list[str]:
    """The roles people hold now, for the role filter."""
    roles = session.scalars(
        select(Position.role).where(Position.ended_on.is_(None), Position.role != "").distinct()
    )
    return sorted(set(roles), key=fold)


def known_themes(session: Session) -> list[str]:
    return sorted(session.scalars(select(Theme.name)), key=fold)
