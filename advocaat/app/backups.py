"""Backups as the window and the commands use them (the work itself: :mod:`advocaat.db.backup`).

Making and listing backups needs no opened workspace: SQLite's online backup API copies a
database another window is using. A restore does need the data folder to itself, so it takes the
folder's lock (and is refused while Advocaat is open). A server database is the office IT's to
back up, so each of these says so in one sentence.
"""

from __future__ import annotations

from pathlib import Path

from advocaat.app.workspace import (
    Workspace,
    lock_data_folder,
    make_folders,
    storage_errors_explained,
)
from advocaat.core.files import FileWriteError
from advocaat.core.preferences import read_backups_kept
from advocaat.db import backup
from advocaat.db.backup import BackupInfo, Reason, RestoreOutcome
from advocaat.db.errors import DamagedDatabaseError, NoServerBackupsError, StorageError
from advocaat.i18n import _
from advocaat.paths import AppPaths


class NoDatabaseYetError(StorageError):
    """There is nothing to back up: this data folder has no database yet."""


def _database(paths: AppPaths) -> Path:
    """The SQLite file to back up, or one sentence on why there is none here (a server
    database, or a data folder that cannot be one)."""
    if not paths.uses_sqlite:
        raise NoServerBackupsError(
            _(
                "The data is in a PostgreSQL server database, which Advocaat does not back up:"
                " the server's own backups (pg_dump) are the job of the office IT."
            )
        )
    with storage_errors_explained(paths.root):
        make_folders(paths)
    return paths.database


def make_backup(paths: AppPaths, output: Path | None = None) -> Path:
    """A backup made by hand: into the backups folder, or into the file ``output``."""
    database = _database(paths)
    if not database.is_file():
        raise NoDatabaseYetError(
            _("There is no database in {path} yet, so there is nothing to back up.").format(
                path=paths.profile_dir
            )
        )
    if output is not None and output.exists() and not output.is_file():
        raise FileWriteError(
            _(
                "{path} is not a file, so Advocaat does not write over it; choose a file name."
            ).format(path=output)
        )
    with storage_errors_explained(output or database):
        if output is not None:
            return backup.write_backup(database, output)
        return backup.make_backup(
            database, Reason.BY_HAND, read_backups_kept(paths.preferences_file)
        )


def holdings_text(info: BackupInfo) -> str:
    """What a backup holds, in one line, as the window and the command line list it."""
    held = info.holdings
    if held is None:
        return _("damaged or unreadable")
    return _(
        "{people} people, {organisations} organisations, {visits} visits, {signals} signals"
    ).format(
        people=held.people,
        organisations=held.organisations,
        visits=held.visits,
        signals=held.signals,
    )


def list_backups(paths: AppPaths) -> list[BackupInfo]:
    """The backups of this profile, newest first."""
    return backup.list_backups(_database(paths))


def restore_backup(paths: AppPaths, name: str) -> RestoreOutcome:
    """Put back the backup ``name`` (a name from the list, or a path), holding the folder's lock."""
    database = _database(paths)
    lock = lock_data_folder(paths)
    try:
        with storage_errors_explained(database):
            chosen = backup.find_backup(database, name)
            return backup.restore(database, chosen, read_backups_kept(paths.preferences_file))
    finally:
        lock.release()


def restore_while_open(workspace: Workspace, name: str) -> RestoreOutcome:
    """The window's restore: this process holds the folder's lock, so its own connections are
    closed first (the engine opens new ones, on the restored file, when next used)."""
    database = _database(workspace.paths)
    workspace.engine.dispose()
    with storage_errors_explained(database):
        chosen = backup.find_backup(database, name)
        return backup.restore(database, chosen, read_backups_kept(workspace.paths.preferences_file))


def restorable_backup(error: Exception) -> Path | None:
    """The backup to offer when ``error`` stopped the start because the database is damaged."""
    return error.newest_good_backup if isinstance(error, DamagedDatabaseError) else None


def backup_before_import(workspace: Workspace) -> None:
    """Back the opened database up before an import changes it (a server has its own)."""
    paths = workspace.paths
    if paths.uses_sqlite:
        with storage_errors_explained(paths.database):
            backup.make_backup(
                paths.database, Reason.BEFORE_IMPORT, read_backups_kept(paths.preferences_file)
            )
