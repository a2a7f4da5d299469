"""`advocaat --database-url … info` on a real PostgreSQL server (see tests/conftest.py)."""

from __future__ import annotations

import socket
from pathlib import Path

from sqlalchemy import make_url
from test_cli import advocaat

from advocaat.core.preferences import save_database_url
from advocaat.db.engine import masked_url
from advocaat.db.migrate import head_revision
from advocaat.paths import DATABASE_URL_ENV, AppPaths


def unreachable(url: str) -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return make_url(url).set(host="127.0.0.1", port=port).render_as_string(hide_password=False)


def test_info_on_a_server_database(postgres_url: str, tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = advocaat(
        "--data-dir",
        str(data),
        "--database-url",
        postgres_url,
        "--lang",
        "en",
        "info",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert f"Database: {masked_url(postgres_url)}\n" in result.stdout
    assert f"Schema version: {head_revision()}" in result.stdout
    if make_url(postgres_url).password:
        assert ":***@" in result.stdout
        assert postgres_url not in result.stdout
    assert not (data / "advocaat.sqlite3").exists()  # the data folder keeps no database then


def test_the_environment_wins_over_settings_and_a_bad_server_is_one_sentence(
    postgres_url: str, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    save_database_url(AppPaths(data).preferences_file, unreachable(postgres_url))
    refused = advocaat("--data-dir", str(data), "--lang", "en", "info", cwd=tmp_path)
    assert refused.returncode == 1
    assert refused.stderr.startswith("advocaat: Advocaat cannot connect to the database server")
    assert refused.stderr.count("\n") == 1  # one sentence, no traceback
    given = advocaat(
        "--data-dir",
        str(data),
        "--lang",
        "en",
        "info",
        cwd=tmp_path,
        env={DATABASE_URL_ENV: postgres_url},
    )
    assert given.returncode == 0, given.stderr
    assert f"Database: {masked_url(postgres_url)}\n" in given.stdout


def test_the_demo_does_not_follow_the_saved_server(tmp_path: Path) -> None:
    save_database_url(AppPaths(tmp_path).preferences_file, "postgresql+psycopg://office@db/a")
    result = advocaat("--data-dir", str(tmp_path), "--demo", "--lang", "en", "info", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"Database: {tmp_path / 'demo' / 'advocaat.sqlite3'}" in result.stdout


def test_an_address_that_is_not_postgresql_is_refused(tmp_path: Path) -> None:
    result = advocaat(
        "--data-dir",
        str(tmp_path),
        "--database-url",
        "sqlite:///x.db",
        "--lang",
        "en",
        "info",
        cwd=tmp_path,
    )
    assert result.returncode == 1
    assert result.stderr == (
        "advocaat: Only PostgreSQL database addresses are supported"
        " (postgresql+psycopg://user@server/database).\n"
    )
