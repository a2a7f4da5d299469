"""Many new contacts written at once: one INSERT per table for a whole batch.

Adding contacts one by one costs a flush and several queries each; an import of 15,000 cards
would take minutes. The rows here are the ones :func:`people.create_person` and
:func:`people.create_organisation` write (the same column builders, sort keys and search words),
so a contact added in bulk cannot be told from one added by hand. The caller checks the data
first; these functions only write, inside the caller's unit of work.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from advocaat.contacts.names import full_name, sort_key, sort_name
from advocaat.contacts.people import organisation_words, person_words, search_text, themes_named
from advocaat.core.text import fold
from advocaat.db.contact_tables import (
    ContactIndex,
    EmailAddress,
    Organisation,
    Person,
    PersonAddress,
    PersonWebsite,
    PhoneNumber,
    Position,
    Theme,
    organisation_theme,
    person_theme,
)
from advocaat.db.models import Municipality


@dataclass
class NewPerson:
    """A person's rows before they have an id: ``columns`` of the person table, then the rest."""

    columns: dict[str, Any]
    phones: list[dict[str, str]] = field(default_factory=list)
    emails: list[dict[str, str]] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    positions: list[dict[str, Any]] = field(default_factory=list)
    addresses: list[dict[str, str]] = field(default_factory=list)
    websites: list[str] = field(default_factory=list)


@dataclass
class NewOrganisation:
    columns: dict[str, Any]
    themes: list[str] = field(default_factory=list)


def _themes(session: Session, wanted: list[list[str]]) -> list[list[Theme]]:
    """Each contact's themes, made where missing, as :func:`themes_named` gives them one by one."""
    made = themes_named(session, [name for names in wanted for name in names])
    session.flush()
    by_fold = {fold(theme.name): theme for theme in made}
    return [
        [
            by_fold[key]
            for key in dict.fromkeys(fold(" ".join(n.split())) for n in names if n.split())
        ]
        for names in wanted
    ]


def _municipality_names(session: Session) -> dict[str, str]:
    return dict(session.execute(select(Municipality.cbs_code, Municipality.name)).all())


def _inserted_ids(
    session: Session, table: type[Person] | type[Organisation], rows: list[dict[str, Any]]
) -> list[int]:
    """The ids of the new rows, in order. Matched by UID (each row has its own), because asking
    for the order makes SQLite insert the rows one statement at a time."""
    core = cast(Table, table.__table__)
    statement = insert(core).returning(core.c.uid, core.c.id)
    ids: dict[str, int] = dict(session.execute(statement, rows).all())
    return [ids[row["uid"]] for row in rows]


def _insert(session: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(getattr(table, "__table__", table)), rows)


def insert_organisations(session: Session, organisations: list[NewOrganisation]) -> list[int]:
    """Write the organisations and their search rows; their ids, in the same order."""
    if not organisations:
        return []
    for organisation in organisations:
        organisation.columns["sort_key"] = sort_key(organisation.columns["name"])
    ids = _inserted_ids(session, Organisation, [o.columns for o in organisations])
    themes = _themes(session, [o.themes for o in organisations])
    places = _municipality_names(session)
    index = []
    for identifier, organisation, own in zip(ids, organisations, themes, strict=True):
        row = organisation.columns
        words = organisation_words(
            row["name"],
            kind=row["kind"],
            city=row["city"],
            municipality=places.get(row["municipality_code"] or "", ""),
            email=row["email"],
            phone=row["phone"],
            notes=row["notes"],
            themes=[theme.name for theme in own],
        )
        index.append(_index_row("organisation", identifier, row["sort_key"], words))
    _insert(session, organisation_theme, [
        {"organisation_id": identifier, "theme_id": theme.id}
        for identifier, own in zip(ids, themes, strict=True)
        for theme in own
    ])  # fmt: skip
    _insert(session, ContactIndex, index)
    return ids


def _index_row(kind: str, identifier: int, key: str, words: list[str]) -> dict[str, Any]:
    return {"kind": kind, "id": identifier, "sort_key": key, "search_text": search_text(words)}


def _current(positions: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The job held now: the last one without an end (as :func:`people.current_position`)."""
    current = [position for position in positions if position["ended_on"] is None]
    return current[-1] if current else None


def insert_people(session: Session, people: list[NewPerson]) -> list[int]:
    """Write the people, everything that belongs to them and their search rows; their ids."""
    if not people:
        return []
    for person in people:
        names = (person.columns[name] for name in ("given_name", "infix", "family_name"))
        person.columns["sort_key"] = sort_key(sort_name(*names))
    ids = _inserted_ids(session, Person, [p.columns for p in people])
    themes = _themes(session, [p.themes for p in people])
    places = _municipality_names(session)
    employers = {p["organisation_id"] for person in people for p in person.positions}
    employer_names = dict(
        session.execute(
            select(Organisation.id, Organisation.name).where(Organisation.id.in_(employers))
        ).all()
    )
    index = []
    for identifier, person, own in zip(ids, people, themes, strict=True):
        row, job = person.columns, _current(person.positions)
        words = person_words(
            full_name(row["given_name"], row["infix"], row["family_name"]),
            job=[job["role"], job["portfolio"]] if job else [],
            organisation=employer_names.get(job["organisation_id"], "") if job else "",
            municipality=places.get(row["municipality_code"] or "", ""),
            notes=row["notes"],
            emails=[email["address"] for email in person.emails],
            phones=[(phone["number"], phone["normalized"]) for phone in person.phones],
            themes=[theme.name for theme in own],
        )
        index.append(_index_row("person", identifier, row["sort_key"], words))
    pairs = list(zip(ids, people, strict=True))
    _insert(session, PhoneNumber, [{"person_id": i, **r} for i, p in pairs for r in p.phones])
    _insert(session, EmailAddress, [{"person_id": i, **r} for i, p in pairs for r in p.emails])
    _insert(session, Position, [{"person_id": i, **r} for i, p in pairs for r in p.positions])
    _insert(session, PersonAddress, [{"person_id": i, **r} for i, p in pairs for r in p.addresses])
    _insert(session, PersonWebsite, [
        {"person_id": i, "url": url} for i, p in pairs for url in p.websites
    ])  # fmt: skip
    _insert(session, person_theme, [
        {"person_id": i, "theme_id": theme.id}
        for i, own in zip(ids, themes, strict=True)
        for theme in own
    ])  # fmt: skip
    _insert(session, ContactIndex, index)
    return ids
