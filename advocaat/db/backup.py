"""Backups of the SQLite database: made, checked, rotated, listed and restored.

A backup is written with SQLite's online backup API (so a WAL file is included and a running app
may keep writing), to a temporary file first and swapped into place, then checked with
``PRAGMA integrity_check``: a backup that fails its check is deleted, never kept as if sound.
Backups live in the profile's ``backups`` folder as ``advocaat-YYYY-MM-DD_HHMMSS[-reason].sqlite3``
and only the newest few are kept. A restore checks the chosen backup first and backs up the
current state before replacing it; a damaged current database is kept aside, never overwritten.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import time
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path

from advocaat.db.errors import BackupError, DamagedBackupError
from advocaat.i18n import _

FOLDER_NAME = "backups"
DEFAULT_KEPT = 10
_NAME = re.compile(r"^advocaat-(\d{4}-\d{2}-\d{2}_\d{6})(?:-(\d+))?(?:-([a-z][a-z-]*))?\.sqlite3$")
_STAMP = "%Y-%m-%d_%H%M%S"
STALE_AFTER_S = 24 * 3600


class Reason(Enum):
    """Why a backup was made; the value is part of its file name."""

    START = "start"
    BEFORE_IMPORT = "before-import"
    BEFORE_RESTORE = "before-restore"
    BY_HAND = "by-hand"
    BEFORE_UPGRADE = "before-upgrade"

    @property
    def label(self) -> str:
        labels = {
            Reason.START: _("start"),
            Reason.BEFORE_IMPORT: _("before import"),
            Reason.BEFORE_RESTORE: _("before restore"),
            Reason.BY_HAND: _("by hand"),
            Reason.BEFORE_UPGRADE: _("before upgrade"),
        }
        return labels[self]


@dataclass(frozen=True)
class Holdings:
    """What a backup holds, counted in the backup itself."""

    people: int
    organisations: int
    visits: int
    signals: int


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made: datetime
    size: int
    reason: Reason | None
    holdings: Holdings | None
    """``None`` when the file cannot be read as a database."""


def backups_folder(database: Path) -> Path:
    """The folder beside the database (in the profile folder) that holds its backups."""
    return database.parent / FOLDER_NAME


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _passes(path: Path, pragma: str) -> bool:
    """Whether ``path`` is a non-empty SQLite database that passes ``PRAGMA pragma``."""
    if not path.is_file() or path.stat().st_size == 0:
        return False
    with suppress(sqlite3.Error), closing(_read_only(path)) as connection:
        return connection.execute(f"PRAGMA {pragma}").fetchall() == [("ok",)]
    return False


def integrity_ok(path: Path) -> bool:
    """The full check: every page, every index against its table."""
    return _passes(path, "integrity_check")


def quick_check(database: Path) -> bool:
    """The fast check for every start (``PRAGMA quick_check``); a missing file passes."""
    if not database.exists():
        return True
    return _passes(database, "quick_check")


def _copy(database: Path, target: Path) -> None:
    """Write a checked copy of ``database`` to ``target`` via a temporary file beside it."""
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.unlink(missing_ok=True)  # half a file a killed copy left, not a database to open
    try:
        with (
            closing(sqlite3.connect(database)) as source,
            closing(sqlite3.connect(temporary)) as copy,
        ):
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        if not integrity_ok(temporary):
            raise BackupError(
                _(
                    "The backup of {path} failed its check and was deleted; the database may be"
                    " damaged, so restore an earlier backup or ask for help."
                ).format(path=database)
            )
        with open(temporary, "rb") as handle:
            os.fsync(handle.fileno())
        temporary.replace(target)
    finally:
        temporary.unlink(missing_ok=True)


def write_backup(database: Path, target: Path) -> Path:
    """A checked backup of ``database`` in the file ``target`` (say, on a USB stick)."""
    _copy(database, target)
    return target


def _new_name(folder: Path, reason: Reason, now: datetime) -> Path:
    """A name that sorts after every backup made in the same second (any reason)."""
    stamp = now.strftime(_STAMP)
    numbers = [number for made, number in map(_sort_key, _backup_files(folder)) if made == stamp]
    number = max(numbers, default=0) + 1
    counter = "" if number == 1 else f"-{number}"
    return folder / f"advocaat-{stamp}{counter}-{reason.value}.sqlite3"


def make_backup(
    database: Path, reason: Reason, kept: int = DEFAULT_KEPT, now: datetime | None = None
) -> Path:
    """A checked backup in the backups folder; then only the newest ``kept`` are kept."""
    folder = backups_folder(database)
    folder.mkdir(parents=True, exist_ok=True)
    target = _new_name(folder, reason, now or datetime.now())
    _copy(database, target)
    rotate(folder, kept, keep=target)
    return target


def _sort_key(path: Path) -> tuple[str, int]:
    match = _NAME.match(path.name)
    assert match is not None
    return match.group(1), int(match.group(2) or 1)


def _backup_files(folder: Path) -> list[Path]:
    """The backups in ``folder``, newest first (by the moment in their names)."""
    if not folder.is_dir():
        return []
    files = [path for path in folder.iterdir() if _NAME.match(path.name) and path.is_file()]
    return sorted(files, key=_sort_key, reverse=True)


def _drop_stale_temporaries(folder: Path, now: float) -> None:
    """Temporary files a killed backup left behind; a fresh one may be another copy's, at work."""
    for path in folder.glob(".advocaat-*.sqlite3.tmp"):
        with suppress(OSError):
            if now - path.stat().st_mtime > STALE_AFTER_S:
                path.unlink()


def rotate(folder: Path, kept: int, keep: Path | None = None) -> list[Path]:
    """Delete all but the newest ``kept`` backups (never ``keep``); the deleted ones."""
    if folder.is_dir():
        _drop_stale_temporaries(folder, time.time())
    files = _backup_files(folder)
    survivors = set(files[: max(kept, 1)])
    if keep is not None:
        survivors.add(keep)
    deleted = [path for path in files if path not in survivors]
    for path in deleted:
        path.unlink(missing_ok=True)
    return deleted


def _count(connection: sqlite3.Connection, tables: set[str], *names: str) -> int:
    return sum(
        connection.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
        for name in names
        if name in tables
    )


def holdings(path: Path) -> Holdings | None:
    """Counts of people, organisations, visits and signals in ``path``, read only."""
    with suppress(sqlite3.Error), closing(_read_only(path)) as connection:
        tables = {
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        return Holdings(
            people=_count(connection, tables, "person"),
            organisations=_count(connection, tables, "organisation"),
            visits=_count(connection, tables, "visit"),
            signals=_count(connection, tables, "signal", "received_signal"),
        )
    return None


def _is_advocaat(path: Path) -> bool:
    """Whether ``path`` holds Advocaat's schema (its version table), read only."""
    with suppress(sqlite3.Error), closing(_read_only(path)) as connection:
        query = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        return connection.execute(query).fetchone() is not None
    return False


def describe(path: Path) -> BackupInfo:
    match = _NAME.match(path.name)
    made = datetime.strptime(match.group(1), _STAMP) if match else None
    reason = None
    if match and match.group(3):
        reason = next((r for r in Reason if r.value == match.group(3)), None)
    return BackupInfo(
        path=path,
        made=made or datetime.fromtimestamp(path.stat().st_mtime),
        size=path.stat().st_size,
        reason=reason,
        holdings=holdings(path),
    )


def list_backups(database: Path) -> list[BackupInfo]:
    """The backups of ``database``, newest first."""
    return [describe(path) for path in _backup_files(backups_folder(database))]


def made_today(database: Path, reason: Reason, today: date) -> bool:
    """Whether a backup for ``reason`` was made on ``today`` (read from the file names)."""
    prefix = f"advocaat-{today:%Y-%m-%d}_"
    return any(
        path.name.startswith(prefix) and path.name.endswith(f"-{reason.value}.sqlite3")
        for path in _backup_files(backups_folder(database))
    )


def newest_good_backup(database: Path) -> Path | None:
    """The newest backup that passes its integrity check, if any."""
    return next(
        (path for path in _backup_files(backups_folder(database)) if integrity_ok(path)), None
    )


def find_backup(database: Path, name: str) -> Path:
    """A backup by its name in the list, or by its path."""
    listed = backups_folder(database) / name
    return listed if os.sep not in name and listed.is_file() else Path(name)


@dataclass(frozen=True)
class RestoreOutcome:
    restored: Path
    before_restore: Path | None
    """The backup of the state just replaced (none for a missing database)."""
    set_aside: Path | None
    """Where the damaged database was moved (none when it was sound)."""


_SIDE_FILES = ("-wal", "-shm")


def _set_aside(database: Path, now: datetime) -> Path:
    """Keep a damaged database (and its WAL files) beside it, every byte: the database itself is
    linked (or copied), so it stays in place until the restored file takes its place."""
    suffix = f".damaged-{now.strftime(_STAMP)}"
    aside = database.with_name(database.name + suffix)
    for side in _SIDE_FILES:
        companion = database.with_name(database.name + side)
        if companion.exists():
            companion.replace(companion.with_name(companion.name + suffix))
    try:
        os.link(database, aside)
    except OSError:  # a file system without hard links
        shutil.copy2(database, aside)
    return aside


def _fold_in_wal(database: Path) -> None:
    """Write the WAL into the database and drop it, so no stale WAL meets the restored file."""
    with closing(sqlite3.connect(database)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _backup_if_sound(database: Path, kept: int, now: datetime) -> Path | None:
    """The "before restore" backup of a sound database, or ``None`` when it is damaged."""
    if not quick_check(database):
        return None
    try:
        backup = make_backup(database, Reason.BEFORE_RESTORE, kept, now)
    except BackupError:  # it passed the quick check, not the full one
        return None
    _fold_in_wal(database)
    return backup


def restore(
    database: Path, backup: Path, kept: int = DEFAULT_KEPT, now: datetime | None = None
) -> RestoreOutcome:
    """Replace ``database`` by ``backup``; see the module docstring. Hold the data folder's lock."""
    moment = now or datetime.now()
    if not (integrity_ok(backup) and _is_advocaat(backup)):
        raise DamagedBackupError(
            _(
                "{path} is not a sound Advocaat backup (it is missing, damaged or another kind of"
                " file), so nothing was restored and nothing changed."
            ).format(path=backup)
        )
    temporary = database.with_name(f".{database.name}.restoring")
    try:
        _copy(backup, temporary)
        before = aside = None
        if database.exists():
            before = _backup_if_sound(database, kept, moment)
            if before is None:
                aside = _set_aside(database, moment)
        for side in _SIDE_FILES:
            database.with_name(database.name + side).unlink(missing_ok=True)
        temporary.replace(database)
    finally:
        temporary.unlink(missing_ok=True)
    return RestoreOutcome(restored=backup, before_restore=before, set_aside=aside)
