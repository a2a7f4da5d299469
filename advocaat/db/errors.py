"""Database failures the user can act on, told in one plain sentence.

SQLite reports these as generic exceptions with an English message; :func:`explain` turns the ones
a user can do something about (disk full, read-only file, locked, damaged) into a
:class:`StorageError` and leaves every other exception alone, so real bugs still surface as bugs.
A PostgreSQL server (psycopg) fails differently: it cannot be reached, refuses the login, has no
such database, or the user may not create tables; those get a sentence of their own.
"""

from __future__ import annotations

import errno
import re
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import exc as sa_exc

from advocaat.errors import UserFacingError
from advocaat.i18n import _

if TYPE_CHECKING:  # psycopg loads with a server database only, not for every SQLite start
    import psycopg


class StorageError(UserFacingError):
    """The database cannot be used right now, for a reason the user can do something about."""


class DiskFullError(StorageError):
    pass


class ReadOnlyError(StorageError):
    pass


class LockedError(StorageError):
    pass


class CorruptDatabaseError(StorageError):
    pass


class NewerDatabaseError(StorageError):
    """The database was written by a newer version of Advocaat; it is left untouched."""


class NotAnAdvocaatDatabaseError(StorageError):
    pass


class DataFolderError(StorageError):
    """The data folder cannot be made: a file stands in its place, or the place is not writable."""


class EmptyDatabaseError(StorageError):
    """The database file is there but holds no bytes: lost data, not a database to start anew."""


class BackupError(StorageError):
    """The copy taken before an upgrade is not sound, so the upgrade does not run."""


class DamagedBackupError(StorageError):
    """A backup chosen for a restore is missing, damaged or not a database; nothing changed."""


class DamagedDatabaseError(CorruptDatabaseError):
    """The database failed its check at start; the sentence names the backup to restore."""

    def __init__(self, message: str, newest_good_backup: Path | None) -> None:
        super().__init__(message)
        self.newest_good_backup = newest_good_backup


class NoServerBackupsError(StorageError):
    """A server database is backed up by the office IT (pg_dump), not by Advocaat."""


class AlreadyOpenError(StorageError):
    """Another running copy of Advocaat has this data folder open."""


class UnsupportedDatabaseUrlError(StorageError):
    """The database address names a kind of server Advocaat does not work with."""


class ServerUnreachableError(StorageError):
    pass


class ServerLoginError(StorageError):
    pass


class MissingServerDatabaseError(StorageError):
    pass


def _driver_cause(error: BaseException) -> BaseException:
    if isinstance(error, sa_exc.DBAPIError) and error.orig is not None:
        return error.orig
    return error


_RULES: tuple[tuple[str, Callable[[BaseException, str], bool]], ...] = (
    ("full", lambda cause, text: getattr(cause, "errno", None) == errno.ENOSPC),
    ("full", lambda _cause, text: "disk is full" in text),
    ("read_only", lambda cause, _text: isinstance(cause, PermissionError)),
    ("read_only", lambda _cause, text: "readonly" in text or "read-only" in text),
    ("locked", lambda _cause, text: "database is locked" in text or "table is locked" in text),
    ("corrupt", lambda _cause, text: "not a database" in text or "malformed" in text),
    ("unopenable", lambda _cause, text: "unable to open database file" in text),
    ("io", lambda cause, text: isinstance(cause, sqlite3.Error) and "disk i/o error" in text),
)


def _storage_error(kind: str, where: str) -> StorageError:
    """The error of ``kind``, its sentence translated into the language active now."""
    if kind == "full":
        return DiskFullError(
            _("The disk is full, so Advocaat cannot save. Make room on the disk and try again.")
        )
    if kind == "read_only":
        return ReadOnlyError(
            _(
                "Advocaat may not write to {path}. Check that the file and its folder are not"
                " read-only, or choose another data folder."
            ).format(path=where)
        )
    if kind == "locked":
        return LockedError(
            _(
                "The database is in use by another program. Close other copies of Advocaat"
                " and try again."
            )
        )
    if kind == "corrupt":
        return CorruptDatabaseError(
            _(
                "The database {path} is damaged and cannot be opened. Restore a backup (see"
                " advocaat backup list, then advocaat restore FILE), or ask for help."
            ).format(path=where)
        )
    if kind == "unopenable":
        return ReadOnlyError(
            _(
                "Advocaat cannot open {path}. Check that the folder exists and that you may"
                " write to it."
            ).format(path=where)
        )
    return DiskFullError(
        _(
            "Advocaat could not write to the disk. Check that the disk or USB stick is still"
            " connected and has room, then try again."
        )
    )


_LOGIN_REFUSED = re.compile(
    r"authentication failed|no password supplied|role \".*\" does not exist"
)
_NO_SUCH_DATABASE = re.compile(r"database \".*\" does not exist")


def _server_error(cause: psycopg.Error, where: str) -> StorageError | None:
    """The user-facing form of a PostgreSQL failure, or ``None`` when it is not the user's to fix.

    Connection failures carry no SQLSTATE, so the login and missing-database cases are told apart
    by libpq's message (English unless the server is set up in another language; then they fall
    back to the "cannot connect" sentence, which is still true).
    """
    text = str(cause)
    if cause.sqlstate == "42501":  # insufficient_privilege: e.g. CREATE in a schema not owned
        return ReadOnlyError(
            _(
                "The database user may not change the database {url}. Ask the administrator of"
                " the database server to make that user the owner of the database."
            ).format(url=where)
        )
    import psycopg  # noqa: PLC0415 - loaded already: ``cause`` is one of its errors

    if not isinstance(cause, psycopg.OperationalError):
        return None
    if _LOGIN_REFUSED.search(text):
        return ServerLoginError(
            _(
                "The database server refused the user name or password for {url}. Check them"
                " (the password belongs in your .pgpass file) and try again."
            ).format(url=where)
        )
    if _NO_SUCH_DATABASE.search(text):
        return MissingServerDatabaseError(
            _(
                "The database server has no database named in {url}. Check the address, or ask"
                " the administrator of the database server to create it."
            ).format(url=where)
        )
    if cause.sqlstate is None or cause.sqlstate.startswith(("08", "57P")):
        return ServerUnreachableError(
            _(
                "Advocaat cannot connect to the database server {url}. Check the address and"
                " the network connection, and that the server is running."
            ).format(url=where)
        )
    return None


def explain(error: BaseException, where: Path | str) -> StorageError | None:
    """The user-facing form of ``error`` when it is a storage problem, else ``None``.

    ``where`` is the SQLite file, or the server database's address with its password masked.
    """
    cause = _driver_cause(error)
    psycopg = sys.modules.get("psycopg")  # never loaded: no error of it can exist
    if psycopg is not None and isinstance(cause, psycopg.Error):
        return _server_error(cause, str(where))
    text = str(cause).lower()
    for kind, matches in _RULES:
        if matches(cause, text):
            return _storage_error(kind, str(where))
    return None
