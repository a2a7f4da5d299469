"""Backups as the window and the commands use them (the work itself: :mod:`advocaat.db.backup`).

Making and listing backups needs no opened workspace: SQLite's online backup API copies a
database another window is using. A restore does need the data folder to itself, so it takes the
folder's lock (and is refused while Advocaat is open). A server database is the office IT's to
back up, so each of these says so in one sentence.
"""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from advocaat.app.workspace import (
    Workspace,
    lock_data_folder,
    make_folders,
    storage_errors_explained,
)
from advocaat.core.files import FileWriteError, read_file_safely, write_file_safely
from advocaat.core.preferences import read_backups_kept
from advocaat.db import backup
from advocaat.db.backup import BackupInfo, Reason, RestoreOutcome
from advocaat.db.errors import DamagedDatabaseError, NoServerBackupsError, StorageError
from advocaat.i18n import _, ngettext
from advocaat.paths import AppPaths
from advocaat.sync import portable
from advocaat.sync.portable import PortableOutcome

MIN_PASSPHRASE = portable.MIN_PASSPHRASE
"""The shortest passphrase a portable backup takes (the window checks it as it is typed)."""


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


def _existing_database(paths: AppPaths) -> Path:
    database = _database(paths)
    if not database.is_file():
        raise NoDatabaseYetError(
            _("There is no database in {path} yet, so there is nothing to back up.").format(
                path=paths.profile_dir
            )
        )
    return database


def make_backup(paths: AppPaths, output: Path | None = None) -> Path:
    """A backup made by hand: into the backups folder, or into the file ``output``."""
    database = _existing_database(paths)
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
    return ", ".join(
        (
            ngettext("{count} person", "{count} people", held.people).format(count=held.people),
            ngettext("{count} organisation", "{count} organisations", held.organisations).format(
                count=held.organisations
            ),
            ngettext("{count} visit", "{count} visits", held.visits).format(count=held.visits),
            ngettext("{count} signal", "{count} signals", held.signals).format(count=held.signals),
        )
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


def make_portable_backup(paths: AppPaths, output: Path, passphrase: str) -> Path:
    """The one file to take to another computer (see :mod:`advocaat.sync.portable`)."""
    database = _existing_database(paths)
    portable.check_new_passphrase(passphrase)
    with (
        storage_errors_explained(database),
        tempfile.TemporaryDirectory(dir=paths.profile_dir, prefix=".portable-") as folder,
    ):
        snapshot = backup.write_backup(database, Path(folder) / "snapshot.sqlite3")
        sealed = portable.pack(snapshot, paths, passphrase, datetime.now())
    return write_file_safely(output, sealed)


def _chosen_file(paths: AppPaths, name: str) -> Path:
    return backup.find_backup(_database(paths), name)


def is_portable_backup(paths: AppPaths, name: str) -> bool:
    """Whether the file ``name`` (a path, or a name from the list) is a portable backup: told by
    its first bytes, so a passphrase is asked for only when one is needed."""
    chosen = _chosen_file(paths, name)
    if not chosen.is_file():  # opening a named pipe would wait for a writer
        return False
    try:
        with chosen.open("rb") as stream:
            return portable.is_portable(stream.read(64))
    except OSError:  # the restore says what is wrong with it
        return False


def _read_portable(paths: AppPaths, name: str, passphrase: str) -> portable.PortableBackup:
    too_large = _("{file} is too large to be a portable backup.")
    chosen = _chosen_file(paths, name)
    return portable.read_portable(
        read_file_safely(chosen, portable.MAX_FILE_BYTES, too_large), passphrase
    )


def restore_portable(paths: AppPaths, name: str, passphrase: str) -> PortableOutcome:
    """Bring back everything a portable backup holds, holding the folder's lock: on a fresh
    install, or over the current state (which is kept: a backup, and its key files aside)."""
    database = _database(paths)
    lock = lock_data_folder(paths)
    try:
        held = _read_portable(paths, name, passphrase)
        with storage_errors_explained(database):
            return portable.install(
                held, paths, read_backups_kept(paths.preferences_file), datetime.now()
            )
    finally:
        lock.release()


def restore_portable_while_open(
    workspace: Workspace, name: str, passphrase: str
) -> PortableOutcome:
    """The window's restore of a portable backup (see :func:`restore_while_open`)."""
    paths = workspace.paths
    database = _database(paths)
    held = _read_portable(paths, name, passphrase)
    workspace.engine.dispose()
    with storage_errors_explained(database):
        return portable.install(
            held, paths, read_backups_kept(paths.preferences_file), datetime.now()
        )
