"""Migrations: fresh, up to date, upgraded with a backup, rolled back on failure, newer refused."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from importlib import resources
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text

from advocaat.db import migrate
from advocaat.db.backup import backups_folder, integrity_ok
from advocaat.db.engine import create_sqlite_engine
from advocaat.db.errors import (
    BackupError,
    EmptyDatabaseError,
    NewerDatabaseError,
    NotAnAdvocaatDatabaseError,
)
from advocaat.db.fulltext import is_model_table
from advocaat.db.schema import metadata

pytestmark = pytest.mark.usefixtures("english")


def models_context(connection: Connection) -> MigrationContext:
    """Compares the models with the tables, leaving the full-text index aside as Alembic does."""
    return MigrationContext.configure(connection, opts={"include_name": is_model_table})


SECOND_MIGRATION = '''
"""Test-only: a later schema version.

Revision ID: 9001
"""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("setting") as batch:
        batch.add_column(sa.Column("note", sa.Text(), nullable=True))
'''

FAILING_MIGRATION = '''
"""Test-only: a migration that breaks halfway.

Revision ID: 9002
"""
import sqlalchemy as sa
from alembic import op

revision = "9002"
down_revision = "9001"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    raise RuntimeError("broken migration")
'''


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def revision_of(database: Path) -> str | None:
    engine = create_sqlite_engine(database)
    with engine.connect() as connection:
        revision = MigrationContext.configure(connection).get_current_revision()
    engine.dispose()
    return revision


@pytest.fixture
def later_migrations(tmp_path: Path) -> Path:
    """A copy of the real migrations with a test-only revision 9001 on top of the real head."""
    target = tmp_path / "migrations"
    source = resources.files("advocaat.db") / "migrations"
    with resources.as_file(source) as folder:
        shutil.copytree(folder, target, ignore=shutil.ignore_patterns("__pycache__"))
    later = SECOND_MIGRATION.replace("{head}", migrate.head_revision())
    (target / "versions" / "9001_test_note.py").write_text(later, encoding="utf-8")
    return target


def test_the_head_revision_read_without_alembic_is_the_one_alembic_finds(
    later_migrations: Path,
) -> None:
    for location in (migrate.SCRIPT_LOCATION, str(later_migrations)):
        scripts = ScriptDirectory.from_config(migrate.alembic_config(location))
        assert migrate.head_revision(location) == scripts.get_current_head()
    assert migrate.head_revision(str(later_migrations)) == "9001"


def test_fresh_database_gets_every_table_and_matches_the_models(tmp_path: Path) -> None:
    database = tmp_path / "fresh.sqlite3"
    engine = create_sqlite_engine(database)
    outcome = migrate.upgrade(engine, database)
    assert outcome.previous_revision is None
    assert outcome.revision == migrate.head_revision()
    assert outcome.backup is None
    with engine.connect() as connection:
        assert {"municipality", "setting", "alembic_version"} <= set(
            inspect(connection).get_table_names()
        )
        differences = compare_metadata(models_context(connection), metadata)
    engine.dispose()
    assert differences == []


def test_up_to_date_database_is_left_alone(tmp_path: Path) -> None:
    database = tmp_path / "db.sqlite3"
    engine = create_sqlite_engine(database)
    migrate.upgrade(engine, database)
    outcome = migrate.upgrade(engine, database)
    engine.dispose()
    assert outcome.backup is None
    assert outcome.previous_revision == outcome.revision == migrate.head_revision()
    assert list(tmp_path.glob("*backup*")) == []


def test_sqlite_pragmas_are_set_on_every_connection(tmp_path: Path) -> None:
    engine = create_sqlite_engine(tmp_path / "db.sqlite3")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    engine.dispose()


def test_older_database_is_backed_up_then_upgraded(tmp_path: Path, later_migrations: Path) -> None:
    database = tmp_path / "db.sqlite3"
    engine = create_sqlite_engine(database)
    migrate.upgrade(engine, database)
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO setting (key, value) VALUES ('k', '\"kept\"')"))

    outcome = migrate.upgrade(engine, database, str(later_migrations))
    engine.dispose()

    assert (outcome.previous_revision, outcome.revision) == (migrate.head_revision(), "9001")
    assert outcome.backup is not None
    assert outcome.backup.parent == backups_folder(database)
    assert outcome.backup.name.endswith("-before-upgrade.sqlite3")
    backup = sqlite3.connect(outcome.backup)
    assert backup.execute("SELECT value FROM setting WHERE key = 'k'").fetchone() == ('"kept"',)
    revision = backup.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == (migrate.head_revision(),)
    backup.close()
    upgraded = sqlite3.connect(database)
    columns = [row[1] for row in upgraded.execute("PRAGMA table_info(setting)")]
    assert "note" in columns
    assert upgraded.execute("SELECT value FROM setting WHERE key = 'k'").fetchone() == ('"kept"',)
    upgraded.close()


def test_failing_migration_leaves_the_database_as_it_was(
    tmp_path: Path, later_migrations: Path
) -> None:
    database = tmp_path / "db.sqlite3"
    engine = create_sqlite_engine(database)
    migrate.upgrade(engine, database, str(later_migrations))
    (later_migrations / "versions" / "9002_broken.py").write_text(
        FAILING_MIGRATION, encoding="utf-8"
    )
    with pytest.raises(RuntimeError, match="broken migration"):
        migrate.upgrade(engine, database, str(later_migrations))
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
    engine.dispose()
    assert "half_done" not in tables
    assert revision_of(database) == "9001"


def test_database_of_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    database = tmp_path / "db.sqlite3"
    engine = create_sqlite_engine(database)
    migrate.upgrade(engine, database)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    before = digest(database)

    engine = create_sqlite_engine(database)
    with pytest.raises(NewerDatabaseError, match="newer version of Advocaat"):
        migrate.upgrade(engine, database)
    engine.dispose()
    assert digest(database) == before
    assert list(tmp_path.glob("*backup*")) == []


def test_foreign_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    database = tmp_path / "other.sqlite3"
    other = sqlite3.connect(database)
    other.execute("CREATE TABLE recipes (name TEXT)")
    other.commit()
    other.close()
    before = digest(database)
    engine = create_sqlite_engine(database)
    with pytest.raises(NotAnAdvocaatDatabaseError, match="not an Advocaat database"):
        migrate.upgrade(engine, database)
    engine.dispose()
    assert digest(database) == before


SCHEMAS = sorted((Path(__file__).parents[1] / "data" / "schemas").glob("*.sql"))


@pytest.mark.parametrize("dump", SCHEMAS, ids=[dump.stem for dump in SCHEMAS])
def test_every_past_schema_upgrades_to_the_models_and_keeps_its_data(
    tmp_path: Path, dump: Path
) -> None:
    database = tmp_path / "past.sqlite3"
    past = sqlite3.connect(database)
    past.executescript(dump.read_text(encoding="utf-8"))
    past.close()
    assert revision_of(database) == dump.stem

    engine = create_sqlite_engine(database)
    outcome = migrate.upgrade(engine, database)
    with engine.connect() as connection:
        differences = compare_metadata(models_context(connection), metadata)
        setup = connection.execute(text("SELECT value FROM setting WHERE key = 'setup'")).scalar()
    engine.dispose()

    assert outcome.revision == migrate.head_revision()
    assert (outcome.backup is None) == (dump.stem == migrate.head_revision())
    assert differences == []
    assert "Vereniging Samen Sterk (demo)" in setup


def test_there_is_a_past_schema_for_the_newest_revision() -> None:
    """Whoever adds a migration also adds a dump of the new schema for the next one to test."""
    assert migrate.head_revision() in [dump.stem for dump in SCHEMAS]


def _damage_an_index(database: Path) -> None:
    """Give ``database`` a real defect that reading it does not notice, but its check does."""
    connection = sqlite3.connect(database)
    connection.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)")
    connection.execute("CREATE INDEX note_body ON note (body)")
    rows = [(f"notitie {number:04d}",) for number in range(50)]
    connection.executemany("INSERT INTO note (body) VALUES (?)", rows)
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    (root,) = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'note_body'")
    connection.close()
    data = bytearray(database.read_bytes())
    at = data.find(b"notitie 0049", (root[0] - 1) * page_size)
    data[at : at + 12] = b"NOTITIE 9999"
    database.write_bytes(bytes(data))


def test_backup_that_fails_its_check_stops_the_upgrade_untouched(
    tmp_path: Path, later_migrations: Path
) -> None:
    database = tmp_path / "db.sqlite3"
    engine = create_sqlite_engine(database)
    migrate.upgrade(engine, database)
    engine.dispose()
    _damage_an_index(database)
    before = digest(database)

    engine = create_sqlite_engine(database)
    with pytest.raises(BackupError, match="failed its check"):
        migrate.upgrade(engine, database, str(later_migrations))
    engine.dispose()

    assert digest(database) == before
    assert revision_of(database) == migrate.head_revision()
    assert list(tmp_path.rglob("*.sqlite3*")) == [database]  # the failed backup is gone


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00" + b"\xff" * 200, b"x" * 4096])
def test_integrity_check_refuses_an_empty_or_unsound_copy(tmp_path: Path, content: bytes) -> None:
    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes(content)
    assert not integrity_ok(copy)


def test_empty_database_file_is_refused_untouched(tmp_path: Path) -> None:
    database = tmp_path / "db.sqlite3"
    database.write_bytes(b"")
    engine = create_sqlite_engine(database)
    with pytest.raises(EmptyDatabaseError, match="empty"):
        migrate.upgrade(engine, database)
    engine.dispose()
    assert database.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.sqlite3"]
