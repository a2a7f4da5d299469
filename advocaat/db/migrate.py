"""Bring a database up to the schema of this version, safely.

- A fresh database gets every migration.
- An older one is backed up first (:mod:`advocaat.db.backup`, reason "before upgrade": SQLite's
  backup API, checked with ``PRAGMA integrity_check``): a backup that fails stops the upgrade.
  Then it is upgraded in one transaction: it lands whole or not at all.
- An empty (0-byte) file is refused: its data was lost, and opening it would quietly start an
  empty database in its place. A data folder without a database file gets a new one.
- One written by a newer version of Advocaat, or a file that is not Advocaat's, is refused and
  left exactly as it was.

The same holds for a PostgreSQL server database, except the copy: the office backs its server up
with ``pg_dump`` (DDL is transactional there too, so a failed upgrade still leaves nothing behind).

Alembic is loaded only when a database needs an upgrade: the head revision and the stored one are
read without it, so an up-to-date database opens without its import cost.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from advocaat.db.backup import DEFAULT_KEPT, Reason, make_backup
from advocaat.db.errors import (
    EmptyDatabaseError,
    NewerDatabaseError,
    NotAnAdvocaatDatabaseError,
)
from advocaat.i18n import _

if TYPE_CHECKING:
    from alembic.config import Config

VERSION_TABLE = "alembic_version"
SCRIPT_LOCATION = "advocaat.db:migrations"
_MIGRATION_LOCK = 7_202_611  # pg_advisory_xact_lock key: any number, the same in every copy


@dataclass(frozen=True)
class MigrationOutcome:
    previous_revision: str | None
    revision: str
    backup: Path | None


_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*=\s*(?:None|[\"']([^\"']+)[\"'])", re.M)


def alembic_config(script_location: str = SCRIPT_LOCATION) -> Config:
    from alembic.config import Config  # noqa: PLC0415 - alembic loads only for an upgrade

    config = Config()
    config.set_main_option("script_location", script_location)
    return config


def _versions_folder(script_location: str) -> Path:
    package, colon, folder = script_location.partition(":")
    if not colon:
        return Path(script_location) / "versions"
    return Path(str(resources.files(package) / folder / "versions"))


def _revision_lines(script_location: str) -> tuple[set[str], set[str]]:
    """The ``revision`` and ``down_revision`` values of the migration files (every migration is
    written from script.py.mako), read without alembic."""
    revisions: set[str] = set()
    replaced: set[str] = set()
    for file in _versions_folder(script_location).glob("*.py"):
        for name, value in _REVISION_LINE.findall(file.read_text(encoding="utf-8")):
            (revisions if name == "revision" else replaced).add(value)
    return revisions, replaced


def known_revisions(script_location: str = SCRIPT_LOCATION) -> set[str]:
    """Every revision this version of Advocaat can open (upgrading an older one)."""
    return _revision_lines(script_location)[0]


def head_revision(script_location: str = SCRIPT_LOCATION) -> str:
    """The newest revision, read from the migration files without alembic."""
    revisions, replaced = _revision_lines(script_location)
    heads = revisions - replaced
    assert len(heads) == 1, f"the migrations have no single head revision: {sorted(heads)}"
    return heads.pop()


def _is_known(revision: str, script_location: str) -> bool:
    from alembic.script import ScriptDirectory  # noqa: PLC0415 - only for an upgrade
    from alembic.util import CommandError  # noqa: PLC0415 - only for an upgrade

    scripts = ScriptDirectory.from_config(alembic_config(script_location))
    try:
        return scripts.get_revision(revision) is not None
    except CommandError:
        return False


def _revision_among(tables: set[str], read: Callable[[], str | None], where: object) -> str | None:
    """The revision ``read`` finds, after checking that ``tables`` are Advocaat's (or none)."""
    if tables and VERSION_TABLE not in tables:
        raise NotAnAdvocaatDatabaseError(
            _("{path} is not an Advocaat database, so Advocaat leaves it alone.").format(path=where)
        )
    return read() if VERSION_TABLE in tables else None


def stored_revision(database: Path) -> str | None:
    """The schema revision of ``database``, read without changing a byte of the file."""
    if not database.exists() or database.stat().st_size == 0:
        return None
    connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }

        def read() -> str | None:
            row = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
            return row[0] if row else None

        return _revision_among(tables, read, database)
    finally:
        connection.close()


def server_revision(connection: Connection) -> str | None:
    """The schema revision of the server database (its default schema), only read."""
    where = connection.engine.url.render_as_string(hide_password=True)
    return _revision_among(
        set(inspect(connection).get_table_names()),
        lambda: connection.scalar(text(f"SELECT version_num FROM {VERSION_TABLE}")),
        where,
    )


def _refuse_empty(database: Path) -> None:
    if database.exists() and database.stat().st_size == 0:
        raise EmptyDatabaseError(
            _(
                "The database {path} is empty (0 bytes), so its data is lost; restore a backup"
                " (see advocaat backup list, then advocaat restore FILE), or remove the empty"
                " file to start anew."
            ).format(path=database)
        )


def _refuse_unknown(current: str | None, script_location: str) -> None:
    if current is not None and not _is_known(current, script_location):
        raise NewerDatabaseError(
            _(
                "This database was made by a newer version of Advocaat. Install that version"
                " to open it; the database has not been changed."
            )
        )


def upgrade(
    engine: Engine,
    database: Path | None,
    script_location: str = SCRIPT_LOCATION,
    kept: int = DEFAULT_KEPT,
) -> MigrationOutcome:
    """Run the migrations this database still needs; see the module docstring.

    ``database`` is the SQLite file behind ``engine``, or ``None`` for a server database;
    ``kept`` is how many backups its backups folder keeps.
    """
    head = head_revision(script_location)
    if database is None:
        return _upgrade_server(engine, head, script_location)
    _refuse_empty(database)
    current = stored_revision(database)
    if current == head:
        return MigrationOutcome(current, head, None)
    _refuse_unknown(current, script_location)
    backup = make_backup(database, Reason.BEFORE_UPGRADE, kept) if current is not None else None
    with engine.begin() as connection:
        _run_migrations(connection, script_location)
    return MigrationOutcome(current, head, backup)


def _run_migrations(connection: Connection, script_location: str) -> None:
    from alembic import command  # noqa: PLC0415 - alembic loads only for an upgrade

    config = alembic_config(script_location)
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def _upgrade_server(engine: Engine, head: str, script_location: str) -> MigrationOutcome:
    """Upgrade in one transaction, holding a lock so two computers never migrate at once."""
    with engine.begin() as connection:
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        current = server_revision(connection)
        if current != head:
            _refuse_unknown(current, script_location)
            _run_migrations(connection, script_location)
    return MigrationOutcome(current, head, None)
