"""Bring a database up to the schema of this version, safely.

- A fresh database gets every migration.
- An older one is copied beside itself first (SQLite's backup API, so a WAL file is included),
  then upgraded in one transaction: it lands whole or not at all.
- One written by a newer version of Advocaat, or a file that is not Advocaat's, is refused and
  left exactly as it was.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine

from advocaat.db.errors import NewerDatabaseError, NotAnAdvocaatDatabaseError
from advocaat.i18n import _

VERSION_TABLE = "alembic_version"
SCRIPT_LOCATION = "advocaat.db:migrations"


@dataclass(frozen=True)
class MigrationOutcome:
    previous_revision: str | None
    revision: str
    backup: Path | None


def alembic_config(script_location: str = SCRIPT_LOCATION) -> Config:
    config = Config()
    config.set_main_option("script_location", script_location)
    return config


def head_revision(script_location: str = SCRIPT_LOCATION) -> str:
    head = ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()
    assert head is not None, "the migrations have no head revision"
    return head


def _is_known(revision: str, script_location: str) -> bool:
    scripts = ScriptDirectory.from_config(alembic_config(script_location))
    try:
        return scripts.get_revision(revision) is not None
    except CommandError:
        return False


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
        if tables and VERSION_TABLE not in tables:
            raise NotAnAdvocaatDatabaseError(
                _("{path} is not an Advocaat database, so Advocaat leaves it alone.").format(
                    path=database
                )
            )
        if VERSION_TABLE not in tables:
            return None
        row = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
        return row[0] if row else None
    finally:
        connection.close()


def backup_copy(database: Path, label: str) -> Path:
    """Copy ``database`` to a new file beside it, consistent even while WAL is in use."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")  # a file name, not shown as a date
    target = database.with_name(f"{database.stem}-backup-{label}-{stamp}{database.suffix}")
    source = sqlite3.connect(database)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    return target


def upgrade(
    engine: Engine, database: Path, script_location: str = SCRIPT_LOCATION
) -> MigrationOutcome:
    """Run the migrations this database still needs; see the module docstring."""
    head = head_revision(script_location)
    current = stored_revision(database)
    if current == head:
        return MigrationOutcome(current, head, None)
    if current is not None and not _is_known(current, script_location):
        raise NewerDatabaseError(
            _(
                "This database was made by a newer version of Advocaat. Install that version"
                " to open it; the database has not been changed."
            )
        )
    backup = backup_copy(database, f"before-{head}") if current is not None else None
    config = alembic_config(script_location)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return MigrationOutcome(current, head, backup)
