"""The `advocaat` command run as a user runs it: a separate process, the installed package."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from advocaat import __version__
from advocaat.app.workspace import Workspace
from advocaat.core.preferences import write_language_preference
from advocaat.paths import DATA_DIR_ENV, AppPaths


def advocaat(
    *arguments: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key != DATA_DIR_ENV}
    environment.update({"QT_QPA_PLATFORM": "offscreen", **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "advocaat", *arguments],
        cwd=cwd,  # not the source tree: the installed package is what runs
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_version(tmp_path: Path) -> None:
    result = advocaat("--version", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"advocaat {__version__}"


def test_help_lists_the_global_options_and_commands(tmp_path: Path) -> None:
    result = advocaat("--help", cwd=tmp_path)
    assert result.returncode == 0
    for option in ("--data-dir", "--demo", "--lang", "--version", "info"):
        assert option in result.stdout
    assert "demodatabase" in result.stdout  # the help is Dutch by default


def test_info_in_a_chosen_data_folder_in_dutch(tmp_path: Path) -> None:
    result = advocaat("--data-dir", str(tmp_path / "d"), "info", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"Gegevensmap: {tmp_path / 'd'}" in result.stdout
    assert "Organisatie: nog niet ingesteld" in result.stdout
    assert (tmp_path / "d" / "advocaat.sqlite3").exists()


def test_environment_variable_picks_the_data_folder(tmp_path: Path) -> None:
    result = advocaat("info", cwd=tmp_path, env={DATA_DIR_ENV: str(tmp_path / "env")})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "env" / "advocaat.sqlite3").exists()


def test_demo_is_filled_and_leaves_own_data_alone(tmp_path: Path) -> None:
    result = advocaat("--data-dir", str(tmp_path), "--demo", "--lang", "en", "info", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Organisation: Vereniging Samen Sterk (demo)" in result.stdout
    assert "Municipalities: Zwolle, Deventer, Kampen" in result.stdout
    assert (tmp_path / "demo" / "advocaat.sqlite3").exists()
    assert not (tmp_path / "advocaat.sqlite3").exists()


def test_language_from_settings_and_command_line(tmp_path: Path) -> None:
    write_language_preference(AppPaths(tmp_path).preferences_file, "en")
    english = advocaat("--data-dir", str(tmp_path), "info", cwd=tmp_path)
    dutch = advocaat("--data-dir", str(tmp_path), "--lang", "nl", "info", cwd=tmp_path)
    assert "Language: English" in english.stdout
    assert "Taal: Nederlands" in dutch.stdout


def test_unknown_language_is_a_usage_error(tmp_path: Path) -> None:
    result = advocaat("--lang", "fr", "info", cwd=tmp_path)
    assert result.returncode == 2
    assert "--lang" in result.stderr


def test_second_copy_is_refused_in_one_sentence(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path)
    with Workspace.open(paths):
        result = advocaat("--data-dir", str(tmp_path), "info", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "al geopend" in result.stderr
    assert "Traceback" not in result.stderr


def test_newer_database_is_refused_and_untouched(tmp_path: Path) -> None:
    with Workspace.open(AppPaths(tmp_path)):
        pass
    database = tmp_path / "advocaat.sqlite3"
    connection = sqlite3.connect(database)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    result = advocaat("--data-dir", str(tmp_path), "info", cwd=tmp_path)
    assert result.returncode == 1
    assert "nieuwere versie van Advocaat" in result.stderr
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("demo", [False, True])
def test_the_app_opens_offscreen_and_closes_cleanly(tmp_path: Path, demo: bool) -> None:
    arguments = ["--data-dir", str(tmp_path), "--quit-after", "0.5"]
    result = advocaat(*arguments, *(["--demo"] if demo else []), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_a_reader_that_stops_early_gives_no_traceback(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "advocaat", "--data-dir", str(tmp_path), "info"]
    with subprocess.Popen(
        command, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as p:
        assert p.stdout is not None
        p.stdout.close()  # like `| head -0`
        _out, errors = p.communicate(timeout=60)
    assert b"Traceback" not in errors
    assert b"BrokenPipeError" not in errors


def test_info_names_the_municipality_list_and_its_date(tmp_path: Path) -> None:
    result = advocaat("--data-dir", str(tmp_path), "--lang", "en", "info", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Municipality list of 1 January 2023, 342 municipalities" in result.stdout
