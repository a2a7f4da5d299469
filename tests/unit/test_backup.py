"""Backups of the SQLite database: made and checked, rotated, listed, restored, refused when bad."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from advocaat.db import backup
from advocaat.db.backup import Holdings, Reason
from advocaat.db.errors import BackupError, DamagedBackupError

pytestmark = pytest.mark.usefixtures("english")

MOMENT = datetime(2026, 3, 31, 14, 30, 5)
TABLES = {"person": 3, "organisation": 2, "visit": 4, "signal": 5, "received_signal": 1}


def make_database(path: Path, extra: int = 0) -> Path:
    """A small database in WAL mode holding rows in the tables a listing counts."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("CREATE TABLE alembic_version (version_num TEXT PRIMARY KEY)")
    for table, rows in TABLES.items():
        connection.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, note TEXT)")
        connection.executemany(
            f"INSERT INTO {table} (note) VALUES (?)", [(f"rij {n}",) for n in range(rows)]
        )
    connection.executemany(
        "INSERT INTO person (note) VALUES (?)", [(f"extra {n}",) for n in range(extra)]
    )
    connection.commit()
    connection.close()
    return path


def people(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM person").fetchone()[0])
    finally:
        connection.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage(path: Path) -> None:
    """Overwrite bytes in the middle of ``path``: the header survives, the pages do not."""
    data = bytearray(path.read_bytes())
    page = 4096
    data[page + 16 : 3 * page] = b"\xa5" * (2 * page - 16)
    path.write_bytes(bytes(data))


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return make_database(tmp_path / "profiel" / "advocaat.sqlite3")


def test_a_backup_is_a_checked_copy_named_by_moment_and_reason(database: Path) -> None:
    writer = sqlite3.connect(database)  # an open writer with an unmerged WAL
    writer.execute("INSERT INTO person (note) VALUES ('in de WAL')")
    writer.commit()
    made = backup.make_backup(database, Reason.BEFORE_IMPORT, now=MOMENT)
    writer.close()
    assert made == database.parent / "backups" / "advocaat-2026-03-31_143005-before-import.sqlite3"
    assert backup.integrity_ok(made)
    assert people(made) == TABLES["person"] + 1
    assert [p.name for p in made.parent.iterdir()] == [made.name]  # no temporary file left


def test_two_backups_in_the_same_second_both_stay(database: Path) -> None:
    first = backup.make_backup(database, Reason.BY_HAND, now=MOMENT)
    second = backup.make_backup(database, Reason.BY_HAND, now=MOMENT)
    assert first != second
    assert first.exists()
    assert second.exists()
    assert [info.path for info in backup.list_backups(database)] == [second, first]


def test_rotation_keeps_the_newest_and_never_the_one_just_written(database: Path) -> None:
    for minute in range(6):
        backup.make_backup(database, Reason.START, kept=3, now=MOMENT + timedelta(minutes=minute))
    listed = backup.list_backups(database)
    assert [info.made.minute for info in listed] == [35, 34, 33]
    # A backup "older" than the rest (a wrong clock) is still kept when it was just written.
    old = backup.make_backup(database, Reason.BY_HAND, kept=3, now=MOMENT - timedelta(days=1))
    names = [info.path for info in backup.list_backups(database)]
    assert old in names
    assert len(names) == 4


def test_rotation_leaves_other_files_in_the_folder_alone(database: Path) -> None:
    folder = backup.backups_folder(database)
    folder.mkdir()
    own = folder / "mijn-kopie.sqlite3"
    own.write_bytes(b"van de gebruiker")
    for minute in range(3):
        backup.make_backup(database, Reason.START, kept=1, now=MOMENT + timedelta(minutes=minute))
    assert own.exists()
    assert len(backup.list_backups(database)) == 1


def test_a_backup_that_fails_its_check_is_deleted_with_a_sentence(
    database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "integrity_ok", lambda _path: False)
    with pytest.raises(BackupError, match="failed its check"):
        backup.make_backup(database, Reason.BY_HAND, now=MOMENT)
    assert list(backup.backups_folder(database).iterdir()) == []


def test_the_listing_tells_date_size_reason_and_every_count(database: Path) -> None:
    for minute, reason in enumerate(Reason):
        backup.make_backup(database, reason, now=MOMENT + timedelta(minutes=minute))
    listed = backup.list_backups(database)
    assert [info.reason for info in listed] == list(reversed(Reason))
    for info in listed:
        assert info.size == info.path.stat().st_size > 0
        assert info.made.date() == MOMENT.date()
        assert info.holdings == Holdings(people=3, organisations=2, visits=4, signals=6)
    assert {reason.label for reason in Reason} == {
        "start", "before import", "before restore", "by hand", "before upgrade"
    }  # fmt: skip


def test_a_damaged_backup_is_listed_without_counts_and_never_the_newest_good(
    database: Path,
) -> None:
    good = backup.make_backup(database, Reason.START, now=MOMENT)
    bad = backup.make_backup(database, Reason.BY_HAND, now=MOMENT + timedelta(hours=1))
    bad.write_bytes(b"geen database" * 500)
    assert backup.list_backups(database)[0].holdings is None
    assert backup.newest_good_backup(database) == good


def test_a_made_today_backup_is_found_by_its_reason_and_day(database: Path) -> None:
    backup.make_backup(database, Reason.START, now=MOMENT)
    assert backup.made_today(database, Reason.START, MOMENT.date())
    assert not backup.made_today(database, Reason.BY_HAND, MOMENT.date())
    assert not backup.made_today(database, Reason.START, date(2026, 4, 1))


def test_quick_check_passes_a_sound_database_and_fails_a_damaged_one(database: Path) -> None:
    assert backup.quick_check(database)
    assert backup.quick_check(database.with_name("bestaat-niet.sqlite3"))
    copy = backup.write_backup(database, database.with_name("kopie.sqlite3"))
    damage(copy)
    assert not backup.quick_check(copy)
    assert not backup.integrity_ok(copy)


def test_restore_backs_up_the_current_state_then_puts_the_backup_in_place(database: Path) -> None:
    earlier = backup.make_backup(database, Reason.BY_HAND, now=MOMENT)
    writer = sqlite3.connect(database)  # later changes, partly still in the WAL
    writer.execute("INSERT INTO person (note) VALUES ('later')")
    writer.commit()
    writer.close()
    outcome = backup.restore(database, earlier, now=MOMENT + timedelta(hours=1))
    assert people(database) == TABLES["person"]
    assert backup.integrity_ok(database)
    assert outcome.before_restore is not None
    assert outcome.before_restore.name.endswith("-before-restore.sqlite3")
    assert people(outcome.before_restore) == TABLES["person"] + 1  # the later state is kept
    assert outcome.set_aside is None
    assert not database.with_name(database.name + "-wal").exists()


@pytest.mark.parametrize("kind", ["damaged", "not-a-database", "not-advocaats", "empty", "missing"])
def test_a_bad_backup_is_refused_and_nothing_changes(database: Path, kind: str) -> None:
    chosen = backup.write_backup(database, database.parent.parent / "gekozen.sqlite3")
    if kind == "damaged":
        damage(chosen)
    elif kind == "not-a-database":
        chosen.write_bytes(b"x" * 8192)
    elif kind == "not-advocaats":
        chosen.unlink()
        other = sqlite3.connect(chosen)
        other.execute("CREATE TABLE recept (naam TEXT)")
        other.commit()
        other.close()
        assert backup.integrity_ok(chosen)  # sound, only not Advocaat's
    elif kind == "empty":
        chosen.write_bytes(b"")
    else:
        chosen.unlink()
    before = digest(database)
    folder_before = sorted(database.parent.rglob("*"))
    with pytest.raises(DamagedBackupError, match="nothing changed"):
        backup.restore(database, chosen, now=MOMENT)
    assert digest(database) == before
    assert sorted(database.parent.rglob("*")) == folder_before


def test_restore_over_a_damaged_database_moves_it_aside_untouched(database: Path) -> None:
    good = backup.make_backup(database, Reason.START, now=MOMENT)
    sqlite3.connect(database).close()  # merge the WAL, so the damage lands in the file itself
    damage(database)
    damaged = digest(database)
    outcome = backup.restore(database, good, now=MOMENT + timedelta(hours=2))
    assert outcome.before_restore is None
    assert outcome.set_aside == database.with_name("advocaat.sqlite3.damaged-2026-03-31_163005")
    assert digest(outcome.set_aside) == damaged
    assert backup.integrity_ok(database)
    assert people(database) == TABLES["person"]


def test_a_backup_is_found_by_its_listed_name_or_by_a_path(database: Path) -> None:
    made = backup.make_backup(database, Reason.BY_HAND, now=MOMENT)
    assert backup.find_backup(database, made.name) == made
    assert backup.find_backup(database, str(made)) == made
    assert backup.find_backup(database, "elders.sqlite3") == Path("elders.sqlite3")


def test_restoring_the_only_kept_backup_survives_its_own_rotation(database: Path) -> None:
    only = backup.make_backup(database, Reason.BY_HAND, kept=1, now=MOMENT)
    writer = sqlite3.connect(database)
    writer.execute("DELETE FROM person")
    writer.commit()
    writer.close()
    outcome = backup.restore(database, only, kept=1, now=MOMENT + timedelta(minutes=1))
    assert not only.exists()  # rotated away by the "before restore" backup ...
    assert people(database) == TABLES["person"]  # ... after it was copied
    assert [info.path for info in backup.list_backups(database)] == [outcome.before_restore]


def test_rotation_drops_what_a_killed_backup_left_behind_once_it_is_stale(database: Path) -> None:
    folder = backup.backups_folder(database)
    folder.mkdir()
    stale = folder / ".advocaat-2026-03-30_100000-start.sqlite3.tmp"
    fresh = folder / ".advocaat-2026-03-31_143000-start.sqlite3.tmp"
    for path in (stale, fresh):
        path.write_bytes(b"half")
    day_old = time.time() - backup.STALE_AFTER_S - 60
    os.utime(stale, (day_old, day_old))
    backup.make_backup(database, Reason.START, now=MOMENT)
    assert not stale.exists()
    assert fresh.exists()  # perhaps another copy's backup, still being written


def test_a_restore_killed_halfway_before_does_not_stand_in_the_way(database: Path) -> None:
    earlier = backup.make_backup(database, Reason.BY_HAND, now=MOMENT)
    left = database.with_name(".advocaat.sqlite3.restoring")
    left.write_bytes(b"half a file " * 100)
    left.with_name(left.name + ".tmp").write_bytes(b"half a file " * 100)
    backup.restore(database, earlier, now=MOMENT + timedelta(minutes=1))
    assert backup.integrity_ok(database)
    assert not left.exists()
