"""Merge two people, or two organisations, into one without losing anything.

Every row of any table that points at the contact merged away is made to point at the survivor.
The foreign keys come from the metadata, so a table added later is carried along without a change
here. Rows that would then say the same thing twice (the same theme, moment, e-mail address, job,
or relation) are collapsed into the survivor's, and a relation between the two merged contacts,
which would link the survivor to itself, goes. Each column of the contact itself follows a
declared :class:`Rule`; the survivor's notes say what was merged, on which day, and which of the
other's details differed from the survivor's.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import (
    Column,
    ColumnDefault,
    PrimaryKeyConstraint,
    Table,
    UniqueConstraint,
    delete,
    exists,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from advocaat.contacts.kinds import ATTITUDE_LABELS, OrganisationKind
from advocaat.contacts.people import (
    ContactError,
    delete_organisation,
    delete_person,
    person_name,
    refresh_organisation,
    refresh_person,
)
from advocaat.contacts.search import ContactRef
from advocaat.db.contact_tables import Organisation, Person, Position
from advocaat.db.models import Municipality, table_of
from advocaat.db.schema import metadata
from advocaat.i18n import N_, _, format_date

Contact = TypeVar("Contact", Person, Organisation)


class Rule(Enum):
    """What a merge does with one column (or group of columns) of the contact itself."""

    IDENTITY = "identity"
    """The survivor's own: the row and the uid its exports carry."""
    NAME = "name"
    """The survivor's, or else the other's; the merge note names the other anyway."""
    PHOTO = "photo"
    """The survivor's picture, or else the other's; a picture cannot be told in a note."""
    FILL = "fill"
    """The survivor's, or else the other's; a different value of the other goes into the note."""
    JOIN = "join"
    """Both texts, the survivor's first."""
    DERIVED = "derived"
    """Computed again from the merged contact."""
    EARLIEST = "earliest"
    """The earlier of the two: the contact was known since then."""
    NOW = "now"
    """The moment of the merge."""


_SHARED_RULES: dict[tuple[str, ...], Rule] = {
    ("influence",): Rule.FILL,
    ("attitude",): Rule.FILL,
    ("photo", "photo_type"): Rule.PHOTO,
    ("notes",): Rule.JOIN,
    ("strategy",): Rule.JOIN,
    ("sort_key",): Rule.DERIVED,
    ("created_at",): Rule.EARLIEST,
    ("updated_at",): Rule.NOW,
}
"""The columns people and organisations have alike."""

PERSON_RULES: dict[tuple[str, ...], Rule] = {
    ("id",): Rule.IDENTITY,
    ("uid",): Rule.IDENTITY,
    ("given_name",): Rule.NAME,
    ("infix", "family_name"): Rule.NAME,
    ("municipality_code",): Rule.FILL,
    **_SHARED_RULES,
}

ORGANISATION_RULES: dict[tuple[str, ...], Rule] = {
    ("id",): Rule.IDENTITY,
    ("uid",): Rule.IDENTITY,
    ("name",): Rule.NAME,
    ("kind",): Rule.FILL,
    ("municipality_code",): Rule.FILL,
    ("street", "postcode", "city"): Rule.FILL,
    ("phone",): Rule.FILL,
    ("email",): Rule.FILL,
    ("website",): Rule.FILL,
    **_SHARED_RULES,
}

_LABELS = {
    "municipality_code": N_("municipality"),
    "influence": N_("influence"),
    "attitude": N_("attitude"),
    "kind": N_("kind"),
    "street": N_("address"),
    "phone": N_("phone"),
    "email": N_("e-mail"),
    "website": N_("website"),
}
"""How the merge note names a FILL group, by its first column."""

SAME_ROW: dict[str, tuple[str, ...]] = {
    "email_address": ("person_id", "address"),
    "phone_number": ("person_id", "normalized", "number"),
    "position": (
        "person_id",
        "organisation_id",
        "role",
        "portfolio",
        "department",
        "started_on",
        "ended_on",
    ),
    "person_address": ("person_id", "kind", "street", "postcode", "city", "region", "country"),
    "person_website": ("person_id", "url"),
    "relation": (
        "from_person_id",
        "from_organisation_id",
        "to_person_id",
        "to_organisation_id",
        "kind",
    ),
}
"""Columns that make two rows the same thing, for tables where the database does not say so."""


def references(target: Table) -> list[Column[Any]]:
    """Every foreign-key column in the schema that points at ``target``."""
    return [
        foreign_key.parent
        for table in metadata.sorted_tables
        for foreign_key in table.foreign_keys
        if foreign_key.column.table is target
    ]


def _same_row_keys(column: Column[Any]) -> list[set[str]]:
    """The sets of columns, including ``column``, on which two rows of its table must differ."""
    table = column.table
    keys = [
        {c.name for c in constraint.columns}
        for constraint in table.constraints
        if isinstance(constraint, PrimaryKeyConstraint | UniqueConstraint)
    ]
    keys += [{c.name for c in index.columns} for index in table.indexes if index.unique]
    if table.name in SAME_ROW:
        keys.append(set(SAME_ROW[table.name]))
    return [key for key in keys if column.name in key]


def _carry_references(session: Session, target: Table, keep_id: int, other_id: int) -> None:
    """Point every row that refers to ``other_id`` at ``keep_id``, collapsing what doubles."""
    columns = references(target)
    by_table: dict[Table, list[Column[Any]]] = {}
    for column in columns:
        by_table.setdefault(column.table, []).append(column)
    both = (keep_id, other_id)
    for table, ends in by_table.items():
        if len(ends) > 1:
            # A row that links the two merged contacts would link the survivor to itself.
            pairs = [
                first.in_(both) & second.in_(both)
                for n, first in enumerate(ends)
                for second in ends[n + 1 :]
            ]
            session.execute(delete(table).where(or_(*pairs)))
    for column in columns:
        table = column.table
        for key in _same_row_keys(column):
            twin = table.alias()
            session.execute(
                delete(table).where(
                    column == other_id,
                    exists().where(
                        twin.c[column.name] == keep_id,
                        *(
                            twin.c[name].is_not_distinct_from(table.c[name])
                            for name in sorted(key - {column.name})
                        ),
                    ),
                )
            )
        session.execute(update(table).where(column == other_id).values({column.name: keep_id}))


def _empty(column: Column[Any], value: object) -> bool:
    """No value, or still the column's default ("other" as the kind of an organisation)."""
    default = column.default.arg if isinstance(column.default, ColumnDefault) else None
    return value is None or value == "" or (not callable(default) and value == default)


def _shown(session: Session, name: str, values: tuple[Any, ...]) -> str:
    """A value as the merge note shows it."""
    value = values[0]
    if name == "municipality_code":
        municipality = session.get(Municipality, value)
        return municipality.name if municipality else str(value)
    if name == "attitude":
        return _(ATTITUDE_LABELS[value])
    if name == "kind":
        return OrganisationKind(value).label
    return " ".join(str(part) for part in values if part not in (None, ""))


def _joined(first: str, second: str) -> str:
    return first if not second or second in first else f"{first}\n{second}".strip()


def _merge_columns(
    session: Session,
    keep: Person | Organisation,
    other: Person | Organisation,
    other_name: str,
    on: date,
) -> None:
    """Apply the declared rule of every column, and write the merge note."""
    table = table_of(type(keep))
    rules = PERSON_RULES if isinstance(keep, Person) else ORGANISATION_RULES
    differed = []
    for names, rule in rules.items():
        mine = tuple(getattr(keep, name) for name in names)
        theirs = tuple(getattr(other, name) for name in names)
        columns = [table.c[name] for name in names]
        survivor_empty = all(map(_empty, columns, mine))
        other_empty = all(map(_empty, columns, theirs))
        if rule in (Rule.NAME, Rule.FILL, Rule.PHOTO) and survivor_empty and not other_empty:
            for name, value in zip(names, theirs, strict=True):
                setattr(keep, name, value)
        elif rule is Rule.FILL and not other_empty and mine != theirs:
            differed.append(
                _("{label}: {value}").format(
                    label=_(_LABELS[names[0]]), value=_shown(session, names[0], theirs)
                )
            )
        elif rule is Rule.JOIN:
            setattr(keep, names[0], _joined(mine[0], theirs[0]))
        elif rule is Rule.EARLIEST:
            setattr(keep, names[0], min(mine[0], theirs[0]))
        elif rule is Rule.NOW:
            setattr(keep, names[0], datetime.now())
    note = _("Merged with {name} on {date}.").format(name=other_name, date=format_date(on, "long"))
    if differed:
        note += " " + _("Details of {name} that differed: {details}.").format(
            name=other_name, details="; ".join(differed)
        )
    keep.notes = _joined(keep.notes, note)


def _existing(session: Session, model: type[Contact], identifier: int) -> Contact:
    contact = session.get(model, identifier)
    if contact is None:
        ref = ContactRef(model.__tablename__, identifier)
        raise ContactError(_("{id} is not in the contact book.").format(id=ref.key))
    return contact


def _fold(
    session: Session,
    keep: Person | Organisation,
    other: Person | Organisation,
    other_name: str,
    on: date | None,
) -> None:
    """Merge the columns, then carry every reference to ``other`` over to ``keep``."""
    _merge_columns(session, keep, other, other_name, on or date.today())
    session.flush()
    _carry_references(session, table_of(type(keep)), keep.id, other.id)
    session.expire_all()  # the statements above changed rows the session may hold


def merge_people(session: Session, keep_id: int, other_id: int, on: date | None = None) -> Person:
    """Fold person ``other_id`` into ``keep_id``: every reference, detail and note of both."""
    if keep_id == other_id:
        raise ContactError(_("Choose two different people to merge."))
    keep, other = _existing(session, Person, keep_id), _existing(session, Person, other_id)
    _fold(session, keep, other, person_name(other), on)
    delete_person(session, other)
    session.flush()
    refresh_person(session, keep)
    return keep


def merge_organisations(
    session: Session, keep_id: int, other_id: int, on: date | None = None
) -> Organisation:
    """Fold organisation ``other_id`` into ``keep_id``: its people, moments, relations, details."""
    if keep_id == other_id:
        raise ContactError(_("Choose two different organisations to merge."))
    keep = _existing(session, Organisation, keep_id)
    other = _existing(session, Organisation, other_id)
    _fold(session, keep, other, other.name, on)
    delete_organisation(session, other)
    session.flush()
    refresh_organisation(session, keep)
    employed = select(Position.person_id).where(
        Position.organisation_id == keep.id, Position.ended_on.is_(None)
    )
    for person in session.scalars(select(Person).where(Person.id.in_(employed))):
        refresh_person(session, person)
    return keep
