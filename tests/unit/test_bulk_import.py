"""A large vCard file lands in batches exactly as it would one record at a time, in a number of SQL
statements that grows with the batches, not with the records."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import DataError
from sqlalchemy.orm import Session
from vcard_kit import fictional_vcards

from advocaat.app.contact_exchange import ContactExchange
from advocaat.app.workspace import Workspace
from advocaat.contacts import transfer
from advocaat.contacts.duplicates import find_duplicates
from advocaat.contacts.landing import Resolver
from advocaat.contacts.search import ContactFilter, count_contacts, find_contacts
from advocaat.core.progress import CancelledError, Reporter
from advocaat.db.contact_tables import ContactIndex, Organisation, Person, Theme
from advocaat.db.models import Base
from advocaat.paths import AppPaths

pytestmark = pytest.mark.usefixtures("english")

LOCAL = {"id", "created_at", "updated_at"}
"""Columns that differ between two books whatever path wrote them."""


def contact_tables() -> list[Any]:
    own = {"person", "organisation"}
    return [
        table
        for table in Base.metadata.sorted_tables
        if table.name in own | {"contact_index", "theme"}
        or any(key.column.table.name in own for key in table.foreign_keys)
    ]


def book(session: Session) -> dict[str, list[str]]:
    """Every row of every contact table, references spelled out (a person by name and e-mail
    addresses), so two books written by different paths compare equal when they hold the same."""
    people = {
        p.id: (p.given_name, p.infix, p.family_name, sorted(e.address for e in p.emails))
        for p in session.scalars(select(Person))
    }
    organisations = {o.id: (o.name, o.email) for o in session.scalars(select(Organisation))}
    themes = {t.id: t.name for t in session.scalars(select(Theme))}
    names: dict[str, dict[int, Any]] = {
        "person_id": people, "organisation_id": organisations, "theme_id": themes,
    }  # fmt: skip
    result = {}
    for table in contact_tables():
        rows = []
        for row in session.execute(select(table)).mappings():
            values = {
                name: spelled(name, value, names)
                for name, value in row.items()
                if name not in LOCAL
            }
            if table.name == "contact_index":
                values["id"] = (people if row["kind"] == "person" else organisations)[row["id"]]
            rows.append(repr(sorted(values.items())))
        result[table.name] = sorted(rows)
    return result


def spelled(name: str, value: Any, names: dict[str, dict[int, Any]]) -> Any:
    if name == "uid" and not value.startswith("fictional-"):
        return "made here"  # a UID of our own making: random
    return names[name][value] if name in names and value is not None else value


def import_twice(paths: AppPaths, data: bytes) -> tuple[list[tuple[int, int, int]], dict, int]:  # type: ignore[type-arg]
    """Import the file into a fresh book, then again (it merges); the summaries, the book, and
    the number of likely duplicates the duplicates view then suggests."""
    with Workspace.open(paths) as workspace:
        exchange = ContactExchange(workspace)
        summaries = []
        for _round in range(2):
            summary = exchange.apply(exchange.preview("adresboek.vcf", data))
            summaries.append((summary.added, summary.merged, summary.skipped))
        with workspace.session() as session:
            return summaries, book(session), len(find_duplicates(session))


def test_batches_land_what_one_record_at_a_time_lands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = fictional_vcards(400, repeats=0.05)
    monkeypatch.setattr(transfer, "BATCH_SIZE", 64)  # several batches, the last one short
    in_batches = import_twice(AppPaths(tmp_path / "batches"), data)

    def refused(*_arguments: object) -> None:
        raise DataError("INSERT", {}, Exception("value too long"))

    # A batch the database refuses goes one record at a time: the path every import took before.
    monkeypatch.setattr(transfer, "add_cards", refused)
    one_by_one = import_twice(AppPaths(tmp_path / "one-by-one"), data)
    summaries, rows, duplicates = in_batches
    assert summaries == one_by_one[0]
    added, merged, skipped = summaries[0]
    assert added > 350
    assert merged > 5
    assert skipped == 0
    assert summaries[1] == (0, 400, 0)
    for table, table_rows in rows.items():
        assert table_rows == one_by_one[1][table], table
    filled = {table for table, table_rows in rows.items() if table_rows}
    assert filled >= {"person", "organisation", "phone_number", "email_address", "position",
                      "person_address", "person_theme", "contact_index"}  # fmt: skip
    assert len(rows["contact_index"]) == len(rows["person"]) + len(rows["organisation"])
    assert duplicates == one_by_one[2] > 0


def test_imported_contacts_are_found_by_search(tmp_path: Path) -> None:
    data = fictional_vcards(300)
    with Workspace.open(AppPaths(tmp_path)) as workspace:
        exchange = ContactExchange(workspace)
        summary = exchange.apply(exchange.preview("adresboek.vcf", data))
        with workspace.session() as session:
            assert count_contacts(session, ContactFilter()) == summary.added
            for text in ("persoon17@example.nl", "0610000017", "+31610000017", "stichting"):
                assert find_contacts(session, ContactFilter(text=text)), text
            index = session.scalar(select(ContactIndex).where(ContactIndex.kind == "person"))
            assert index is not None
            assert index.sort_key


def statements(paths: AppPaths, count: int) -> int:
    """SQL statements an import of ``count`` new contacts sends, from reading the book on."""
    data = fictional_vcards(count, repeats=0)
    with Workspace.open(paths) as workspace:
        sent = []
        event.listen(workspace.engine, "before_cursor_execute", lambda *_a: sent.append(1))
        exchange = ContactExchange(workspace)
        summary = exchange.apply(exchange.preview("adresboek.vcf", data))
        assert summary.added == count
        return len(sent)


def test_statements_grow_with_the_batches_not_with_the_contacts(tmp_path: Path) -> None:
    small = statements(AppPaths(tmp_path / "small"), 200)
    large = statements(AppPaths(tmp_path / "large"), 2000)
    batches = 2000 // transfer.BATCH_SIZE + 1
    assert large - small <= batches * 20, (small, large)  # at most 20 statements a batch more
    assert large < 2000 / 10, (small, large)


def test_a_stop_between_batches_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(transfer, "BATCH_SIZE", 50)
    data = fictional_vcards(300)
    steps: list[tuple[int, int]] = []
    reporters: list[Reporter] = []

    def step(done: int, total: int, _label: str) -> None:
        steps.append((done, total))
        if len(steps) == 2:
            reporters[0].cancel()

    reporters.append(Reporter(step))
    with Workspace.open(AppPaths(tmp_path)) as workspace:
        exchange = ContactExchange(workspace)
        preview = exchange.preview("adresboek.vcf", data)
        with pytest.raises(CancelledError):
            exchange.apply(preview, reporters[0])
        with workspace.session() as session:
            assert count_contacts(session, ContactFilter()) == 0
            assert session.scalar(select(Person.id)) is None
    assert len(steps) == 2
    assert steps[0][0] < steps[1][0] < 300
    assert {total for _done, total in steps} == {len(preview.candidates)}


@pytest.mark.parametrize(
    "spaced", ["A\r\n dviesraad Kampen", "A  dviesraad\tKampen", "a dviesraad kampen"]
)
def test_an_employer_named_with_other_spaces_is_the_one_stored(spaced: str, tmp_path: Path) -> None:
    """The book stores a name with its spaces made one; a card naming the same employer with a
    line break or tabs (found by hypothesis in a CSV import) finds it, the first time and after."""
    with Workspace.open(AppPaths(tmp_path)) as workspace, workspace.session() as session:
        resolver = Resolver(session)
        made = resolver.organisation_for(spaced)
        assert resolver.organisation_for("A dviesraad Kampen") == made
        assert Resolver(session).organisation_for(spaced) == made
        assert session.scalar(select(func.count()).select_from(Organisation)) == 1
