"""Merging two people or two organisations loses nothing, on SQLite and on PostgreSQL.

The first tests walk the schema: every foreign key to people and organisations, and every column
of the two tables. A table or column added later without teaching the merge makes them fail.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import (
    Column,
    PrimaryKeyConstraint,
    Table,
    UniqueConstraint,
    func,
    insert,
    select,
)
from sqlalchemy.orm import Session

from advocaat.app.contacts import ContactBook
from advocaat.app.workspace import Workspace
from advocaat.contacts.merge import (
    ORGANISATION_RULES,
    PERSON_RULES,
    SAME_ROW,
    Rule,
    merge_organisations,
    merge_people,
    references,
)
from advocaat.contacts.moments import MomentData, log_moment, moments_of_person
from advocaat.contacts.people import (
    ContactError,
    OrganisationData,
    PersonData,
    create_organisation,
    create_person,
    move_person,
)
from advocaat.contacts.search import ContactFilter, ContactRef, find_contacts
from advocaat.db.contact_tables import Organisation, Person
from advocaat.db.network_tables import Relation
from advocaat.db.schema import metadata
from advocaat.db.signal_tables import Signal
from advocaat.db.visit_tables import Visit
from advocaat.i18n import set_language
from advocaat.network.grid import set_strategy
from advocaat.network.relations import RelationKind, add_relation, relations_of
from advocaat.paths import AppPaths
from advocaat.signals.service import SignalData, save_signal

PEOPLE, ORGANISATIONS = metadata.tables["person"], metadata.tables["organisation"]
MERGES = {PEOPLE: merge_people, ORGANISATIONS: merge_organisations}
ZWOLLE, KAMPEN = "GM0193", "GM0166"
OTHER_END = {
    "from_person_id": "to_organisation_id",
    "from_organisation_id": "to_organisation_id",
    "to_person_id": "from_organisation_id",
    "to_organisation_id": "from_organisation_id",
}
"""A relation has a party at each end (a check constraint): the end the test does not fill."""


@pytest.fixture
def session(any_paths: AppPaths) -> Iterator[Session]:
    with Workspace.open(any_paths) as workspace, workspace.session() as session:
        yield session


@pytest.fixture
def english_session(session: Session) -> Session:
    set_language("en")
    return session


def _contact(session: Session, table: Table, name: str) -> int:
    if table is PEOPLE:
        return create_person(session, PersonData(given_name=name)).id
    return create_organisation(session, OrganisationData(name=name)).id


class Rows:
    """Makes a valid row in any table, with parent rows where a foreign key needs one."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.counter = itertools.count(1)
        self.parents: dict[Table, object] = {
            PEOPLE: _contact(session, PEOPLE, "Derde"),
            ORGANISATIONS: _contact(session, ORGANISATIONS, "Derde organisatie"),
            metadata.tables["municipality"]: ZWOLLE,
        }

    def value(self, column: Column[Any]) -> object:
        if column.foreign_keys:
            return self.parent(next(iter(column.foreign_keys)).column.table)
        kind = column.type.python_type
        samples = {
            str: f"waarde {next(self.counter)}",
            int: 1,
            bool: False,
            date: date(2026, 3, 2),
            datetime: datetime(2026, 3, 2, 10, 0),
        }
        return samples[kind]

    def values(self, table: Table, given: dict[str, object]) -> dict[str, object]:
        """``given``, and a value for every column that needs one and has no default."""
        values = dict(given)
        for column in table.columns:
            generated = column is table.autoincrement_column
            has_default = column.default is not None or column.server_default is not None
            if column.name not in values and not (column.nullable or has_default or generated):
                values[column.name] = self.value(column)
        return values

    def parent(self, table: Table) -> object:
        if table not in self.parents:
            result = self.session.execute(insert(table).values(self.values(table, {})))
            self.parents[table] = result.inserted_primary_key[0]
        return self.parents[table]

    def referring(self, column: Column[Any], contact: int) -> dict[str, object]:
        """The values of a row of ``column``'s table that refers to ``contact``."""
        given: dict[str, object] = {column.name: contact}
        if column.table.name == "relation":
            given[OTHER_END[column.name]] = self.parents[ORGANISATIONS]
        return self.values(column.table, given)

    def insert(self, column: Column[Any], values: dict[str, object]) -> None:
        self.session.execute(insert(column.table).values(values))


def _count(session: Session, column: Column[Any], value: int) -> int:
    return session.scalar(select(func.count()).select_from(column.table).where(column == value))


def _rows_are_one_thing(column: Column[Any]) -> bool:
    """Whether two rows that differ only in ``column``'s contact are the same fact."""
    table = column.table
    unique = [
        set(constraint.columns.keys())
        for constraint in table.constraints
        if isinstance(constraint, PrimaryKeyConstraint | UniqueConstraint)
    ]
    unique.append(set(SAME_ROW.get(table.name, ())))
    return any(column.name in key for key in unique)


@pytest.mark.parametrize("target", [PEOPLE, ORGANISATIONS], ids=["people", "organisations"])
def test_every_reference_to_the_merged_contact_points_at_the_survivor(
    session: Session, target: Table
) -> None:
    columns = references(target)
    assert {f"{c.table.name}.{c.name}" for c in columns} >= {
        "relation.from_person_id" if target is PEOPLE else "relation.from_organisation_id",
        "visit.consulent_id" if target is PEOPLE else "signal.organisation_id",
    }
    keep, other = _contact(session, target, "Blijft"), _contact(session, target, "Gaat op")
    rows = Rows(session)
    for column in columns:
        rows.insert(column, rows.referring(column, other))
    MERGES[target](session, keep, other)
    session.flush()
    for column in columns:
        where = f"{column.table.name}.{column.name}"
        assert _count(session, column, other) == 0, where
        assert _count(session, column, keep) == 1, where


@pytest.mark.parametrize("target", [PEOPLE, ORGANISATIONS], ids=["people", "organisations"])
def test_what_both_contacts_had_is_kept_once_without_a_constraint_error(
    session: Session, target: Table
) -> None:
    keep, other = _contact(session, target, "Blijft"), _contact(session, target, "Gaat op")
    rows = Rows(session)
    columns = references(target)
    for column in columns:
        values = rows.referring(column, other)
        rows.insert(column, values)
        rows.insert(column, {**values, column.name: keep})
    MERGES[target](session, keep, other)
    session.flush()
    for column in columns:
        where = f"{column.table.name}.{column.name}"
        assert _count(session, column, other) == 0, where
        assert _count(session, column, keep) == (1 if _rows_are_one_thing(column) else 2), where


@pytest.mark.parametrize(
    ("table", "rules"),
    [(PEOPLE, PERSON_RULES), (ORGANISATIONS, ORGANISATION_RULES)],
    ids=["people", "organisations"],
)
def test_every_column_has_a_declared_rule(table: Table, rules: dict[tuple[str, ...], Rule]) -> None:
    declared = [name for names in rules for name in names]
    assert len(declared) == len(set(declared))
    assert set(declared) == set(table.columns.keys())


SAMPLES: dict[str, tuple[object, object]] = {
    "municipality_code": (ZWOLLE, KAMPEN),
    "influence": (2, 5),
    "attitude": (-1, 2),
    "kind": ("care_provider", "municipality"),
    "photo": (b"\x89PNG picture A", b"\x89PNG picture B"),
    "photo_type": ("image/png", "image/jpeg"),
}
"""Two valid values of the columns the domain constrains; other columns get made-up text."""
SHOWN = {
    "municipality_code": "Kampen",
    "influence": "5",
    "attitude": "in favour",
    "kind": "Municipality",
}
"""How the merge note shows the second value of :data:`SAMPLES`."""


def _sample(column: Column[Any], which: int) -> object:
    return SAMPLES[column.name][which] if column.name in SAMPLES else f"{column.name} {'AB'[which]}"


def _blank(column: Column[Any]) -> object:
    """What a contact has in ``column`` when nothing was filled in."""
    if column.default is not None and not callable(column.default.arg):
        return column.default.arg
    return None if column.nullable else ""


def _contact_with(session: Session, table: Table, values: dict[Column[Any], object]) -> Any:
    row = session.get(Person if table is PEOPLE else Organisation, _contact(session, table, "X"))
    for column, value in values.items():
        setattr(row, column.name, value)
    session.flush()
    return row


@pytest.mark.parametrize(
    ("table", "rules"),
    [(PEOPLE, PERSON_RULES), (ORGANISATIONS, ORGANISATION_RULES)],
    ids=["people", "organisations"],
)
def test_each_column_survives_by_its_rule(
    english_session: Session, table: Table, rules: dict[tuple[str, ...], Rule]
) -> None:
    session, merge = english_session, MERGES[table]
    given = {
        table.c[name]: rule
        for names, rule in rules.items()
        if rule in {Rule.NAME, Rule.FILL, Rule.PHOTO, Rule.JOIN}
        for name in names
    }
    # The survivor has nothing filled in: the other's values come over.
    keep = _contact_with(session, table, {column: _blank(column) for column in given})
    other = _contact_with(session, table, {column: _sample(column, 1) for column in given})
    merged = merge(session, keep.id, other.id)
    for column, rule in given.items():
        value = getattr(merged, column.name)
        assert value == _sample(column, 1) or rule is Rule.JOIN, column.name
        assert str(_sample(column, 1)) in str(value), column.name
    # Both have a value: the survivor's stays, the other's is joined or named in the notes.
    mine = {column: _sample(column, 0) for column in given}
    keep = _contact_with(session, table, mine | {table.c.created_at: datetime(2026, 2, 1)})
    uid = keep.uid
    theirs = {column: _sample(column, 1) for column in given}
    other = _contact_with(session, table, theirs | {table.c.created_at: datetime(2025, 2, 1)})
    merged = merge(session, keep.id, other.id)
    for names, rule in rules.items():
        values = [getattr(merged, name) for name in names]
        if rule in {Rule.NAME, Rule.FILL, Rule.PHOTO}:
            assert values == [mine[table.c[name]] for name in names], names
        if rule is Rule.FILL:
            shown = " ".join(SHOWN.get(name, str(theirs[table.c[name]])) for name in names)
            assert shown in merged.notes, names
        if rule is Rule.JOIN:
            assert values[0].startswith(f"{names[0]} A\n{names[0]} B"), names
    assert (merged.uid, merged.created_at) == (uid, datetime(2025, 2, 1))
    assert merged.updated_at > datetime(2026, 2, 1)
    assert merged.sort_key
    assert "Merged with" in merged.notes


def test_the_notes_say_what_was_merged_and_when(english_session: Session) -> None:
    keep = create_person(
        english_session,
        PersonData(given_name="Anouk", family_name="van der Berg", municipality_code=ZWOLLE),
    )
    other = create_person(
        english_session,
        PersonData(given_name="A.", family_name="Berg", municipality_code=KAMPEN, attitude=1),
    )
    merged = merge_people(english_session, keep.id, other.id, on=date(2026, 3, 2))
    assert merged.notes == (
        "Merged with A. Berg on 2 March 2026."
        " Details of A. Berg that differed: municipality: Kampen."
    )
    assert merged.attitude == 1


def test_network_visit_and_signal_references_survive_a_merge_of_people(session: Session) -> None:
    gemeente = create_organisation(session, OrganisationData(name="Gemeente Zwolle")).id
    keep = create_person(session, PersonData(given_name="Henk", family_name="de Vries"))
    other = create_person(session, PersonData(given_name="H.", family_name="Vries", influence=4))
    third = create_person(session, PersonData(given_name="Fatima", family_name="El Amrani"))
    keep_ref, other_ref = ContactRef("person", keep.id), ContactRef("person", other.id)
    set_strategy(session, other_ref, "Uitnodigen voor de Wmo-raad")
    set_strategy(session, keep_ref, "Samen optrekken")
    org_ref, third_ref = ContactRef("organisation", gemeente), ContactRef("person", third.id)
    add_relation(session, other_ref, org_ref, RelationKind.ADVISES)
    add_relation(session, keep_ref, org_ref, RelationKind.ADVISES)  # the same fact twice
    add_relation(session, third_ref, other_ref, RelationKind.WORKS_WITH)
    add_relation(session, keep_ref, other_ref, RelationKind.WORKS_WITH)  # would be a self-link
    visit = Visit(member_name="J.", municipality_code=ZWOLLE, consulent_id=other.id)
    session.add(visit)
    merged = merge_people(session, keep.id, other.id)
    assert merged.strategy == "Samen optrekken\nUitnodigen voor de Wmo-raad"
    assert merged.influence == 4
    links = [(link.source, link.target, link.kind) for link in relations_of(session, keep_ref)]
    assert sorted(links) == [
        (keep_ref, org_ref, RelationKind.ADVISES),
        (third_ref, keep_ref, RelationKind.WORKS_WITH),
    ]
    assert session.get(Visit, visit.id).consulent_id == keep.id


def test_organisation_merge_keeps_signals_relations_and_kind(session: Session) -> None:
    keep = create_organisation(session, OrganisationData(name="Thuiszorg De Linde"))
    other = create_organisation(
        session, OrganisationData(name="De Linde thuiszorg", kind="care_provider")
    )
    signal = save_signal(
        session,
        SignalData(
            text="Wachtlijst voor huishoudelijke hulp loopt op.",
            municipality_code=ZWOLLE,
            happened_on=date(2026, 3, 2),
            themes=["Wmo"],
            organisation_id=other.id,
        ),
    )
    add_relation(
        session,
        ContactRef("organisation", other.id),
        ContactRef("organisation", keep.id),
        RelationKind.WORKS_WITH,
    )
    merged = merge_organisations(session, keep.id, other.id)
    assert merged.kind == "care_provider"
    assert session.get(Signal, signal.id).organisation_id == keep.id
    assert session.scalar(select(func.count()).select_from(Relation)) == 0


def test_merging_people_keeps_every_moment_job_number_and_note(english_session: Session) -> None:
    session = english_session
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
            portfolio="Wmo",
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
            organisation_id=gemeente,
            role="beleidsmedewerker",
            portfolio="Wmo",
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
    merged = merge_people(session, keep_id, other_id, on=date(2026, 3, 2))
    assert session.get(Person, other_id) is None
    assert sorted(p.number for p in merged.phones) == ["038 111 1111", "06 22222222"]
    assert [e.address for e in merged.emails] == ["h.smit@example.nl"]
    assert [t.name for t in merged.themes] == ["Wmo"]
    assert merged.notes == "Eerste notitie\nTweede notitie\nMerged with H. Smit on 2 March 2026."
    assert merged.influence == 4
    jobs = sorted((p.role, p.portfolio, str(p.ended_on)) for p in merged.positions)
    assert jobs == [
        ("beleidsmedewerker", "Wmo", "2026-01-01"),
        ("beleidsmedewerker", "Wmo", "None"),
        ("teamleider", "", "None"),
    ]
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
    worker_id = worker.id
    merged = merge_organisations(session, keep.id, other.id)
    assert merged.phone == "038 765 4321"
    assert merged.city == "Zwolle"
    assert session.get(Person, worker_id).positions[0].organisation_id == keep.id
    assert session.get(Organisation, other.id) is None
    found = find_contacts(session, ContactFilter(text="ingrid linde"))
    assert found == [ContactRef("person", worker_id)]


@pytest.mark.usefixtures("english")
def test_merging_with_itself_a_missing_one_or_across_types_is_refused(paths: AppPaths) -> None:
    with Workspace.open(paths) as workspace:
        with workspace.session() as session:
            person = create_person(session, PersonData(given_name="Piet")).id
            organisation = create_organisation(session, OrganisationData(name="Wijkteam")).id
        book = ContactBook(workspace)
        refused = {
            (person, person): "Choose two different people to merge.",
            (person, person + 100): f"person:{person + 100} is not in the contact book.",
        }
        for (keep, other), message in refused.items():
            with pytest.raises(ContactError) as error:
                book.merge(ContactRef("person", keep), ContactRef("person", other))
            assert error.value.message == message
        with pytest.raises(ContactError, match="cannot be merged"):
            book.merge(ContactRef("person", person), ContactRef("organisation", organisation))
        assert book.count(ContactFilter()) == 2
