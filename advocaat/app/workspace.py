"""An opened profile: its data folder locked for this process, its database migrated and ready.

Both the GUI and the headless commands start here, so the same checks hold for both: a second
running copy is told so instead of writing alongside the first, an older database is backed up and
upgraded, a newer or damaged one is refused untouched (a damaged one naming the backup to restore),
and the first start of a day backs the database up. The database is the SQLite file of the
profile, or the PostgreSQL server database of ``paths.database_url``; the data folder is locked
either way, as it holds this computer's keys and preferences.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from advocaat.core.preferences import read_backups_kept
from advocaat.db import backup, migrate, schema  # noqa: F401 - every table registered
from advocaat.db.engine import create_server_engine, create_sqlite_engine, masked_url
from advocaat.db.errors import AlreadyOpenError, DamagedDatabaseError, DataFolderError, explain
from advocaat.i18n import _
from advocaat.organisation.municipalities import take_bundled_list
from advocaat.organisation.setup import load_setup
from advocaat.paths import AppPaths
from advocaat.sync.portable import finish_interrupted_restore

_STORAGE_FAILURES = (SQLAlchemyError, sqlite3.Error, OSError)


@contextmanager
def storage_errors_explained(where: Path | str) -> Iterator[None]:
    """Turn a storage failure the user can act on into a :class:`StorageError`.

    ``where`` names the file or server database in the sentence (see :func:`database_location`).
    """
    try:
        yield
    except _STORAGE_FAILURES as error:
        explained = explain(error, where)
        if explained is None:
            raise
        raise explained from error


def database_location(paths: AppPaths) -> Path | str:
    """The SQLite file, or the server database's address without its password: safe to show."""
    return paths.database if paths.database_url is None else masked_url(paths.database_url)


def make_folders(paths: AppPaths) -> None:
    """The profile's folders, or one sentence on why the chosen data folder cannot hold them
    (a file where a folder belongs, or a folder where a file belongs)."""
    try:
        paths.ensure()
    except (FileExistsError, NotADirectoryError) as error:
        failed = Path(error.filename or paths.root)
        in_the_way = next(
            (p for p in (failed, *failed.parents) if p.exists() and not p.is_dir()), failed
        )
        raise DataFolderError(
            _("{path} is not a folder, so it cannot hold the data; choose a folder.").format(
                path=in_the_way
            )
        ) from error
    except OSError as error:
        if explain(error, paths.root) is not None:
            raise
        raise DataFolderError(
            _("Advocaat cannot make its data folder in {path}; choose another folder.").format(
                path=paths.root
            )
        ) from error
    for file in (paths.lock_file, paths.database if paths.uses_sqlite else None):
        if file is not None and file.exists() and not file.is_file():
            raise DataFolderError(
                _("{path} should be a file, not a folder; move it out of the data folder.").format(
                    path=file
                )
            )


def lock_data_folder(paths: AppPaths) -> FileLock:
    """The data folder's lock, held for this process, or one sentence: another copy has it."""
    lock = FileLock(paths.lock_file, timeout=0)
    try:
        lock.acquire()
    except Timeout as error:
        raise AlreadyOpenError(
            _(
                "Advocaat is already open with this data on this computer. Switch to"
                " that window, or close it first."
            )
        ) from error
    return lock


def _refuse_damaged(database: Path) -> None:
    """Stop the start when the database fails its quick check, naming the backup to restore."""
    if backup.quick_check(database):
        return
    good = backup.newest_good_backup(database)
    if good is None:
        message = _(
            "The database {path} is damaged and there is no sound backup of it. Ask for help;"
            " Advocaat leaves the file as it is."
        ).format(path=database)
    else:
        message = _(
            "The database {path} is damaged. Restore the newest sound backup, {name}: in the"
            " window under Settings → Backups, or with the command: advocaat restore {name}."
            " The damaged file is kept aside, not overwritten."
        ).format(path=database, name=good.name)
    raise DamagedDatabaseError(message, good)


def _daily_backup(database: Path, kept: int) -> None:
    """The first start of a day backs the database up (reason "start")."""
    if not backup.made_today(database, backup.Reason.START, date.today()):
        backup.make_backup(database, backup.Reason.START, kept)


def _create_engine(paths: AppPaths) -> Engine:
    if paths.database_url is None:
        return create_sqlite_engine(paths.database)
    return create_server_engine(paths.database_url)


class Workspace:
    """The opened profile. Use :meth:`open`, and :meth:`close` (or ``with``) when done."""

    def __init__(self, paths: AppPaths, engine: Engine, lock: FileLock) -> None:
        self.paths = paths
        self.engine = engine
        self._lock = lock
        self._location = database_location(paths)
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, paths: AppPaths) -> Workspace:
        with storage_errors_explained(database_location(paths)):
            make_folders(paths)
            lock = lock_data_folder(paths)
            engine = None
            try:
                finish_interrupted_restore(paths, datetime.now())
                database = paths.database if paths.uses_sqlite else None
                # An empty file is refused by the upgrade with a sentence of its own.
                had_data = (
                    database is not None and database.is_file() and database.stat().st_size > 0
                )
                if database is not None and had_data:
                    _refuse_damaged(database)
                kept = read_backups_kept(paths.preferences_file)
                engine = _create_engine(paths)
                migrate.upgrade(engine, database, kept=kept)
                if database is not None and had_data:
                    _daily_backup(database, kept)
                workspace = cls(paths, engine, lock)
                with workspace.session() as session:
                    take_bundled_list(session)
                    if paths.demo and load_setup(session) is None:
                        from advocaat.demo import volunteer as demo  # noqa: PLC0415 - once

                        demo.fill(session)
            except BaseException:
                if engine is not None:
                    engine.dispose()
                lock.release()
                raise
        return workspace

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: everything in it is committed together, or nothing is."""
        with storage_errors_explained(self._location), self._sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
        self._lock.release()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
