"""Real SQLite failures become one plain sentence; anything else stays a bug."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from advocaat.db.errors import (
    CorruptDatabaseError,
    DiskFullError,
    LockedError,
    ReadOnlyError,
    explain,
)
from advocaat.i18n import set_language

pytestmark = pytest.mark.usefixtures("english")


def failure_of(action) -> BaseException:  # type: ignore[no-untyped-def]
    with pytest.raises(sqlite3.Error) as caught:
        action()
    return caught.value


def test_full_disk(tmp_path: Path) -> None:
    database = tmp_path / "full.sqlite3"
    connection = sqlite3.connect(database)
    connection.execute("CREATE TABLE t (x BLOB)")
    connection.execute("PRAGMA max_page_count = 3")  # SQLite's own 'database or disk is full'

    def fill() -> None:
        for _ in range(100):
            connection.execute("INSERT INTO t VALUES (zeroblob(4000))")

    explained = explain(failure_of(fill), database)
    connection.close()
    assert isinstance(explained, DiskFullError)
    assert "disk is full" in explained.message


def test_read_only_file(tmp_path: Path) -> None:
    database = tmp_path / "ro.sqlite3"
    sqlite3.connect(database).execute("CREATE TABLE t (x)").connection.commit()
    connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    explained = explain(
        failure_of(lambda: connection.execute("INSERT INTO t VALUES (1)")), database
    )
    connection.close()
    assert isinstance(explained, ReadOnlyError)
    assert str(database) in explained.message


def test_locked_by_another_program(tmp_path: Path) -> None:
    database = tmp_path / "locked.sqlite3"
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    waiter = sqlite3.connect(database, timeout=0)
    explained = explain(failure_of(lambda: waiter.execute("INSERT INTO t VALUES (1)")), database)
    holder.execute("ROLLBACK")
    holder.close()
    waiter.close()
    assert isinstance(explained, LockedError)


def test_damaged_file(tmp_path: Path) -> None:
    database = tmp_path / "junk.sqlite3"
    database.write_bytes(b"\x00junk" * 1000)
    connection = sqlite3.connect(database)
    explained = explain(failure_of(lambda: connection.execute("SELECT * FROM t")), database)
    connection.close()
    assert isinstance(explained, CorruptDatabaseError)


def test_message_follows_the_language(tmp_path: Path) -> None:
    set_language("nl")
    explained = explain(sqlite3.OperationalError("database or disk is full"), tmp_path / "x")
    assert explained is not None
    assert "schijf" in explained.message


def test_a_bug_is_not_dressed_up_as_a_storage_problem(tmp_path: Path) -> None:
    assert explain(sqlite3.OperationalError("no such column: nmae"), tmp_path / "x") is None
    assert explain(ValueError("bad value"), tmp_path / "x") is None
