"""Shared test set-up: offscreen Qt, a fresh data folder per test, Dutch to start with."""

from __future__ import annotations

import os
import shutil
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: no screen is needed, in CI or on a developer's machine.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fast_loop import FAST_EXAMPLES, FAST_PROFILE
from hypothesis import settings
from office_kit import Office, make_office, set_up_office
from sqlalchemy import Engine, create_engine, make_url
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from advocaat.app.workspace import Workspace
from advocaat.i18n import DEFAULT_LANGUAGE, set_language
from advocaat.paths import DATA_DIR_ENV, DATABASE_URL_ENV, AppPaths

TESTS = Path(__file__).parent
POSTGRES_URL_ENV = "ADVOCAAT_TEST_POSTGRES_URL"
"""A PostgreSQL server whose user may create databases, e.g.
``postgresql+psycopg://advocaat@127.0.0.1:5432/postgres`` (.ci/run sets one up)."""
REQUIRE_POSTGRES_ENV = "ADVOCAAT_REQUIRE_POSTGRES"
"""Set to 1 (as CI does) to fail instead of skip when there is no PostgreSQL server."""


SLOW_FOLDERS = (TESTS / "e2e", TESTS / "process")
"""Tests that start processes: the command as a user runs it, the real age, minisign and poppler."""


def pytest_configure(config: pytest.Config) -> None:
    """The fast loop (`-m "not slow"`) tries few hypothesis examples; the full suite all of them."""
    settings.register_profile(FAST_PROFILE, max_examples=FAST_EXAMPLES)
    if "not slow" in config.option.markexpr and not config.getoption("hypothesis_profile"):
        settings.load_profile(FAST_PROFILE)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Marks by place: tests/gui needs Qt (`-m "not gui"` runs the rest alone); starting a process
    or a PostgreSQL database is slow (`-m "not slow"` is the fast loop)."""
    gui = TESTS / "gui"
    for item in items:
        parents = Path(item.fspath).parents
        if gui in parents:
            item.add_marker(pytest.mark.gui)
        if any(folder in parents for folder in SLOW_FOLDERS) or on_postgresql(item):
            item.add_marker(pytest.mark.slow)


def on_postgresql(item: pytest.Item) -> bool:
    callspec = getattr(item, "callspec", None)
    on_server = callspec is not None and callspec.params.get("any_paths") == "postgresql"
    return on_server or "postgres_url" in getattr(item, "fixturenames", ())


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test reads the developer's real data folder or leaks its language into the next."""
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    set_language(DEFAULT_LANGUAGE)
    yield
    set_language(DEFAULT_LANGUAGE)


@pytest.fixture(autouse=True)
def _no_database_url_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's own ADVOCAAT_DATABASE_URL never points a test at their server."""
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """The address of a fresh, empty PostgreSQL database of this test's own, dropped after it."""
    server = os.environ.get(POSTGRES_URL_ENV, "").strip()
    if not server:
        if os.environ.get(REQUIRE_POSTGRES_ENV) == "1":
            pytest.fail(f"{REQUIRE_POSTGRES_ENV}=1, but {POSTGRES_URL_ENV} names no server")
        pytest.skip(f"no PostgreSQL server to test on: set {POSTGRES_URL_ENV} to run this test")
    name = f"advocaat_test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        _drop_database(admin, name)
        admin.dispose()


def _drop_database(admin: Engine, name: str) -> None:
    """Drop a test's database. FORCE ends the test's own connections; an autovacuum worker of
    the server's own role may also be on the fresh database, and only ending it is refused to
    the test role, so that refusal is waited out (the worker is done in a moment)."""
    for attempt in range(20):
        try:
            with admin.connect() as connection:
                connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except ProgrammingError:
            if attempt == 19:
                raise
            time.sleep(0.5)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_paths(request: pytest.FixtureRequest, tmp_path: Path) -> AppPaths:
    """A profile on a fresh, empty database of each kind: the SQLite file, or a server's."""
    if request.param == "sqlite":
        return AppPaths(tmp_path / "data")
    return AppPaths(tmp_path / "data", database_url=request.getfixturevalue("postgres_url"))


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "data")


def _database_made_once(folder: Path, *, demo: bool) -> Path:
    paths = AppPaths(folder, demo=demo)
    Workspace.open(paths).close()
    return paths.database


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh profile's database, migrated once per run: a copy is four times cheaper."""
    return _database_made_once(tmp_path_factory.mktemp("migrated"), demo=False)


@pytest.fixture(scope="session")
def demo_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, filled once per run: a copy is fifteen times cheaper."""
    return _database_made_once(tmp_path_factory.mktemp("demo-database"), demo=True)


def copied(database: Path, paths: AppPaths) -> AppPaths:
    paths.database.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(database, paths.database)
    return paths


@pytest.fixture
def demo_paths(tmp_path: Path, demo_database: Path) -> AppPaths:
    return copied(demo_database, AppPaths(tmp_path / "data", demo=True))


@pytest.fixture(scope="module")
def demo_workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """The demo data, opened once per module for tests that only read it."""
    with Workspace.open(AppPaths(tmp_path_factory.mktemp("demo"), demo=True)) as workspace:
        yield workspace


@pytest.fixture
def english() -> None:
    """For tests that read the English source sentences of messages."""
    set_language("en")


@pytest.fixture
def session(paths: AppPaths, migrated_database: Path) -> Iterator[Session]:
    """One unit of work on a fresh, migrated profile."""
    with (
        Workspace.open(copied(migrated_database, paths)) as workspace,
        workspace.session() as session,
    ):
        yield session


@pytest.fixture(scope="session")
def office(tmp_path_factory: pytest.TempPathFactory) -> Office:
    """The national office's keys and profile, made once per run (scrypt is slow): tests copy
    its folder before they change anything in it."""
    return make_office(tmp_path_factory.mktemp("office-keys"))


@pytest.fixture
def office_paths(any_paths: AppPaths) -> AppPaths:
    """An office database, on SQLite and on PostgreSQL."""
    return set_up_office(any_paths)
