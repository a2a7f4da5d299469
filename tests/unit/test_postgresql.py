"""The same models and migrations on a PostgreSQL server as in the SQLite file, on a real server.

Tests on ``any_paths`` run twice, once per kind of database; the PostgreSQL runs need
ADVOCAAT_TEST_POSTGRES_URL (see tests/conftest.py) and are skipped without it.
"""

from __future__ import annotations

import socket
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, func, inspect, make_url, select, text
from sqlalchemy.exc import DBAPIError

from advocaat.app.settings import remember_database
from advocaat.app.workspace import Workspace
from advocaat.contacts.people import (
    OrganisationData,
    PersonData,
    create_organisation,
    create_person,
    person_data,
)
from advocaat.contacts.search import ContactFilter, find_contacts, load_rows
from advocaat.core.preferences import (
    chosen_database_url,
    save_database_url,
    saved_database_url,
)
from advocaat.db import migrate
from advocaat.db.contact_tables import Person
from advocaat.db.engine import create_server_engine, create_sqlite_engine, masked_url
from advocaat.db.errors import (
    MissingServerDatabaseError,
    NewerDatabaseError,
    NotAnAdvocaatDatabaseError,
    ReadOnlyError,
    ServerLoginError,
    ServerUnreachableError,
    UnsupportedDatabaseUrlError,
    explain,
)
from advocaat.db.fulltext import is_model_table
from advocaat.db.models import Municipality
from advocaat.db.schema import metadata
from advocaat.organisation.setup import load_setup
from advocaat.paths import DATABASE_URL_ENV, AppPaths
from advocaat.signals.service import SignalData, Status, list_signals, save_signal, set_status

pytestmark = pytest.mark.usefixtures("english")


def engine_of(paths: AppPaths) -> Engine:
    """An engine of the test's own on the profile's database, to look behind the app's back."""
    if paths.database_url is None:
        return create_sqlite_engine(paths.database)
    return create_server_engine(paths.database_url)


def snapshot(paths: AppPaths) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    """Every row of every table: equal snapshots mean an untouched database."""
    engine = engine_of(paths)
    with engine.connect() as connection:
        tables = sorted(inspect(connection).get_table_names())
        rows = {
            table: sorted(map(tuple, connection.execute(text(f'SELECT * FROM "{table}"'))))
            for table in tables
        }
    engine.dispose()
    return rows


def test_open_migrates_to_head_and_the_schema_matches_the_models(any_paths: AppPaths) -> None:
    with Workspace.open(any_paths) as workspace:
        with workspace.session() as session:
            assert session.scalar(select(func.count()).where(Municipality.active)) == 342
        with workspace.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"include_name": is_model_table})
            assert context.get_current_revision() == migrate.head_revision()
            differences = compare_metadata(context, metadata)
    assert differences == []


def test_opening_again_changes_nothing(any_paths: AppPaths) -> None:
    Workspace.open(any_paths).close()
    before = snapshot(any_paths)
    Workspace.open(any_paths).close()
    assert snapshot(any_paths) == before


def test_the_demo_fills_either_database(any_paths: AppPaths) -> None:
    demo = replace(any_paths, demo=True)
    with Workspace.open(demo) as workspace, workspace.session() as session:
        setup = load_setup(session)
        people = session.scalar(select(func.count()).select_from(Person))
    assert setup is not None
    assert setup.organisation.endswith("(demo)")
    assert people


def test_an_older_database_is_upgraded_keeping_its_data(any_paths: AppPaths) -> None:
    any_paths.ensure()
    engine = engine_of(any_paths)
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0006")
        connection.execute(text("INSERT INTO setting (key, value) VALUES ('k', '\"kept\"')"))
    engine.dispose()
    with Workspace.open(any_paths) as workspace, workspace.engine.connect() as connection:
        revision = MigrationContext.configure(connection).get_current_revision()
        kept = connection.scalar(text("SELECT value FROM setting WHERE key = 'k'"))
    assert (revision, kept) == (migrate.head_revision(), '"kept"')
    backups = list(any_paths.root.glob("backups/*-before-upgrade.sqlite3"))
    assert len(backups) == (1 if any_paths.uses_sqlite else 0)  # a server is backed up by pg_dump


def test_a_newer_database_is_refused_untouched(any_paths: AppPaths) -> None:
    with Workspace.open(any_paths) as workspace, workspace.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    before = snapshot(any_paths)
    with pytest.raises(NewerDatabaseError, match="newer version of Advocaat"):
        Workspace.open(any_paths)
    assert snapshot(any_paths) == before
    assert list(any_paths.root.rglob("*backup*")) == []


def test_a_database_that_is_not_advocaats_is_refused_untouched(any_paths: AppPaths) -> None:
    any_paths.ensure()
    engine = engine_of(any_paths)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoice (id INTEGER PRIMARY KEY)"))
    engine.dispose()
    before = snapshot(any_paths)
    with pytest.raises(NotAnAdvocaatDatabaseError, match="not an Advocaat database"):
        Workspace.open(any_paths)
    assert snapshot(any_paths) == before


def test_contacts_and_signals_round_trip(any_paths: AppPaths) -> None:
    with Workspace.open(any_paths) as workspace, workspace.session() as session:
        organisation = create_organisation(
            session, OrganisationData(name="Gemeente Zwolle", municipality_code="GM0193")
        )
        person_id = create_person(
            session,
            PersonData(
                given_name="Anouk",
                family_name="van der Berg",
                municipality_code="GM0193",
                notes="Houdt van korte lijnen.\nBel op dinsdag.",
                influence=4,
                phones=[("038-1234567", "work")],
                emails=[("a.vanderberg@example.nl", "work")],
                themes=["Wmo", "vervoer"],
                organisation_id=organisation.id,
                role="beleidsmedewerker",
            ),
        ).id
        signal = save_signal(
            session,
            SignalData(
                text="Parkeerkaart geweigerd omdat mensen met Parkinson soms kunnen lopen.",
                municipality_code="GM0193",
                happened_on=date(2026, 11, 20),
                themes=["parkeerkaart", "vervoer"],
                people_count=3,
            ),
        )
        set_status(session, signal.id, Status.IN_PROGRESS)

    with Workspace.open(any_paths) as workspace, workspace.session() as session:
        person = session.get(Person, person_id)
        assert person is not None
        assert person_data(person) == PersonData(
            given_name="Anouk",
            infix="van der",
            family_name="Berg",
            municipality_code="GM0193",
            notes="Houdt van korte lijnen.\nBel op dinsdag.",
            influence=4,
            phones=[("038 123 4567", "work")],
            emails=[("a.vanderberg@example.nl", "work")],
            themes=["Wmo", "vervoer"],
            organisation_id=organisation.id,
            role="beleidsmedewerker",
        )
        [stored] = list_signals(session)
        assert (stored.happened_on, stored.people_count, stored.withdrawn) == (
            date(2026, 11, 20),
            3,
            False,
        )
        assert [change.status for change in stored.history] == ["new", "in_progress"]


# -- the server's failures, one sentence each ----------------------------------------------------


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_an_unreachable_server_is_one_sentence(postgres_url: str, tmp_path: Path) -> None:
    url = make_url(postgres_url).set(host="127.0.0.1", port=unused_port())
    address = url.render_as_string(hide_password=False)
    with pytest.raises(ServerUnreachableError) as refused:
        Workspace.open(AppPaths(tmp_path, database_url=address))
    assert refused.value.message == (
        f"Advocaat cannot connect to the database server {masked_url(address)}. Check the"
        " address and the network connection, and that the server is running."
    )


def test_a_wrong_login_is_one_sentence_and_shows_no_password(
    postgres_url: str, tmp_path: Path
) -> None:
    # A user that does not exist fails under every authentication method, trust included.
    wrong = make_url(postgres_url).set(username="nobody_advocaat", password="s3cret-wrong")
    with pytest.raises(ServerLoginError, match="refused the user name or password") as refused:
        Workspace.open(AppPaths(tmp_path, database_url=wrong.render_as_string(False)))
    assert "s3cret-wrong" not in refused.value.message
    assert "nobody_advocaat:***@" in refused.value.message
    # The data folder is not left locked: the right address opens at once.
    Workspace.open(AppPaths(tmp_path, database_url=postgres_url)).close()


def test_a_missing_database_is_one_sentence(postgres_url: str, tmp_path: Path) -> None:
    missing = make_url(postgres_url).set(database="advocaat_no_such_database")
    with pytest.raises(MissingServerDatabaseError, match="has no database named in"):
        Workspace.open(AppPaths(tmp_path, database_url=missing.render_as_string(False)))


def test_a_user_without_rights_is_one_sentence(postgres_url: str) -> None:
    engine = create_server_engine(postgres_url)
    with pytest.raises(DBAPIError) as refused, engine.begin() as connection:
        connection.execute(text("CREATE TABLE pg_catalog.advocaat_test (id INTEGER)"))
    engine.dispose()
    explained = explain(refused.value, masked_url(postgres_url))
    assert isinstance(explained, ReadOnlyError)
    assert explained.message.startswith(
        f"The database user may not change the database {masked_url(postgres_url)}."
    )


def test_other_server_errors_stay_bugs(postgres_url: str) -> None:
    engine = create_server_engine(postgres_url)
    with pytest.raises(DBAPIError) as failed, engine.connect() as connection:
        connection.execute(text("SELECT no_such_column FROM pg_class"))
    engine.dispose()
    assert explain(failed.value, masked_url(postgres_url)) is None


@pytest.mark.parametrize(
    "url",
    [
        "sqlite:///advocaat.sqlite3",
        "postgresql://advocaat@server/advocaat",  # psycopg2, not psycopg 3
        "mysql+pymysql://advocaat@server/advocaat",
        "not an address",
        "postgresql+psycopg://advocaat@server:port/advocaat",
    ],
)
def test_only_postgresql_addresses_are_accepted(url: str, tmp_path: Path) -> None:
    message = (
        "Only PostgreSQL database addresses are supported"
        " (postgresql+psycopg://user@server/database)."
    )
    with pytest.raises(UnsupportedDatabaseUrlError) as refused:
        Workspace.open(AppPaths(tmp_path, database_url=url))
    assert refused.value.message == message
    with pytest.raises(UnsupportedDatabaseUrlError):
        remember_database(tmp_path / "preferences.ini", url)


# -- the remembered choice -----------------------------------------------------------------------


def test_the_chosen_address_is_remembered_beside_the_language(tmp_path: Path) -> None:
    preferences = tmp_path / "preferences.ini"
    preferences.write_text("[advocaat]\nlanguage = en\n", encoding="utf-8")
    url = "postgresql+psycopg://office@db.example.nl/advocaat?sslmode=require&x=%41"
    assert saved_database_url(preferences) is None
    save_database_url(preferences, url)
    assert saved_database_url(preferences) == url
    assert "language = en" in preferences.read_text(encoding="utf-8")
    save_database_url(preferences, None)
    assert saved_database_url(preferences) is None
    assert "language = en" in preferences.read_text(encoding="utf-8")


def test_command_line_then_environment_then_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    preferences = tmp_path / "preferences.ini"
    saved, environment, given = (
        f"postgresql+psycopg://office@{host}/advocaat" for host in ("saved", "env", "cli")
    )
    assert chosen_database_url(None, preferences, demo=False) is None
    save_database_url(preferences, saved)
    assert chosen_database_url(None, preferences, demo=False) == saved
    assert chosen_database_url(None, preferences, demo=True) is None  # the demo keeps to itself
    monkeypatch.setenv(DATABASE_URL_ENV, environment)
    assert chosen_database_url(None, preferences, demo=False) == environment
    assert chosen_database_url(None, preferences, demo=True) == environment
    assert chosen_database_url(given, preferences, demo=False) == given


def test_the_address_never_shows_its_password() -> None:
    paths = AppPaths(Path("data"), database_url="postgresql+psycopg://office:geheim@db/advocaat")
    assert "geheim" not in repr(paths)
    assert masked_url(paths.database_url or "") == "postgresql+psycopg://office:***@db/advocaat"
    assert not paths.uses_sqlite
    assert AppPaths(Path("data")).uses_sqlite


def test_a_contact_with_very_long_notes_is_saved_and_found(any_paths: AppPaths) -> None:
    notes = "Wethouder Zorg, spreekt graag over mantelzorg. " + "Lange aantekening. " * 400
    with Workspace.open(any_paths) as workspace, workspace.session() as session:
        create_person(session, PersonData(given_name="Joost", family_name="Ďurić", notes=notes))
    with Workspace.open(any_paths) as workspace, workspace.session() as session:
        refs = find_contacts(session, ContactFilter(text="mantelzorg durić"))
        assert [row.name for row in load_rows(session, refs)] == ["Joost Ďurić"]
