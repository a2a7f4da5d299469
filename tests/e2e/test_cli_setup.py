"""`advocaat setup`: the first-run setup from a script, idempotent, with the window's checks."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from test_cli import advocaat

from advocaat.app.workspace import Workspace
from advocaat.core.preferences import read_language_preference
from advocaat.organisation.setup import OrganisationSetup, Role, load_setup
from advocaat.paths import AppPaths


def setup(data_dir: Path, *arguments: str):  # type: ignore[no-untyped-def]
    return advocaat(
        "--lang", "en", "--data-dir", str(data_dir), "setup", *arguments, cwd=data_dir.parent
    )


def stored(data_dir: Path) -> OrganisationSetup | None:
    with Workspace.open(AppPaths(data_dir)) as workspace, workspace.session() as session:
        return load_setup(session)


def digest(data_dir: Path) -> str:
    return hashlib.sha256((data_dir / "advocaat.sqlite3").read_bytes()).hexdigest()


def test_setup_is_saved_then_unchanged_then_updated(tmp_path: Path) -> None:
    data = tmp_path / "data"
    arguments = [
        "--organisation", "Vereniging Proef, afdeling Twente", "--role", "volunteer",
        "--municipality", "Hengelo", "--municipality", "GM0153", "--municipality", "nuenen",
    ]  # fmt: skip
    first = setup(data, *arguments)
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines() == [
        "Setup saved.",
        "Organisation: Vereniging Proef, afdeling Twente",
        "Role: Volunteer (local advocate)",
        "Municipalities: Hengelo (O.), Enschede, Nuenen, Gerwen en Nederwetten",
    ]
    expected = OrganisationSetup(
        "Vereniging Proef, afdeling Twente", ("GM0164", "GM0153", "GM0820"), Role.VOLUNTEER
    )
    assert stored(data) == expected
    before = digest(data)

    again = setup(data, *arguments)
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("Nothing changed: the setup was already like this.\n")
    assert digest(data) == before  # not a byte written

    changed = setup(
        data, "--organisation", "Landelijk Bureau Proef", "--role", "office", "--language", "en"
    )
    assert changed.returncode == 0, changed.stderr
    assert changed.stdout.startswith("Setup saved.\n")
    assert stored(data) == OrganisationSetup("Landelijk Bureau Proef", (), Role.NATIONAL_OFFICE)
    assert read_language_preference(AppPaths(data).preferences_file) == "en"
    info = advocaat("--data-dir", str(data), "info", cwd=tmp_path)
    assert "Role: National office" in info.stdout  # the chosen language holds from now on


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--organisation", "  ", "--role", "volunteer"], "Fill in the name of your organisation."),
        (
            ["--organisation", "X", "--role", "volunteer", "--municipality", "Atlantis"],
            "Atlantis is not a Dutch municipality.",
        ),
        (
            ["--organisation", "X", "--role", "volunteer", "--municipality", "GM9999"],
            "GM9999 is not a Dutch municipality.",
        ),
        (
            ["--organisation", "X", "--role", "volunteer", "--municipality", "Bergen"],
            "Bergen is ambiguous: Bergen (L.) or Bergen (NH.)?",
        ),
    ],
)
def test_a_refusal_is_one_sentence_and_keeps_the_old_setup(
    tmp_path: Path, arguments: list[str], message: str
) -> None:
    data = tmp_path / "data"
    assert setup(data, "--organisation", "Oud", "--role", "office").returncode == 0
    before = digest(data)
    result = setup(data, *arguments, "--language", "en")
    assert result.returncode == 1
    assert result.stderr == f"advocaat: {message}\n"
    assert result.stdout == ""
    assert digest(data) == before
    assert read_language_preference(AppPaths(data).preferences_file) is None


def test_a_wrong_role_is_refused_by_the_parser(tmp_path: Path) -> None:
    result = setup(tmp_path / "data", "--organisation", "X", "--role", "boss")
    assert result.returncode == 2
    assert "volunteer" in result.stderr
    assert "office" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_info_command_shows_what_setup_stored(tmp_path: Path) -> None:
    data = tmp_path / "data"
    setup(data, "--organisation", "Proef", "--role", "volunteer", "--municipality", "Den Haag")
    info = advocaat("--lang", "en", "--data-dir", str(data), "info", cwd=tmp_path)
    assert "Municipalities: 's-Gravenhage" in info.stdout
