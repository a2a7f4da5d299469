"""`advocaat signals add|list` with the privacy guard, as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from test_cli import advocaat
from test_cli_office_import import make_office, make_volunteer, ok, run


def test_a_clean_signal_is_recorded_and_listed(tmp_path: Path) -> None:
    data_dir = ["--data-dir", str(tmp_path)]
    added = advocaat(
        *data_dir, "signals", "add", "--municipality", "Den Haag", "--theme", "parkeerkaart",
        "--text", "Parkeerkaart geweigerd bij Parkinson.", "--people", "4", cwd=tmp_path,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "vastgelegd voor 's-Gravenhage" in added.stdout
    listed = json.loads(advocaat(*data_dir, "signals", "list", cwd=tmp_path).stdout)
    assert [(s["municipality"], s["themes"], s["people"]) for s in listed] == [
        ("GM0518", ["parkeerkaart"], 4)
    ]


def test_personal_data_needs_explicit_confirmation(tmp_path: Path) -> None:
    data_dir = ["--data-dir", str(tmp_path)]
    text = ["--text", "Mevrouw (BSN 111222333) kreeg geen hulp."]
    base = [*data_dir, "signals", "add", "--municipality", "GM0193", "--theme", "thuiszorg", *text]
    refused = advocaat(*base, cwd=tmp_path)
    assert refused.returncode == 1
    assert "burgerservicenummer (BSN): 111222333" in refused.stderr
    assert json.loads(advocaat(*data_dir, "signals", "list", cwd=tmp_path).stdout) == []
    accepted = advocaat(*base, "--confirm-private-data-ok", cwd=tmp_path)
    assert accepted.returncode == 0, accepted.stderr


def test_unknown_municipality_is_one_sentence(tmp_path: Path) -> None:
    result = advocaat(
        "--data-dir", str(tmp_path), "signals", "add", "--municipality", "Atlantis",
        "--theme", "vervoer", "--text", "x", cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.strip() == "advocaat: Atlantis is geen Nederlandse gemeente."


def test_export_needs_a_profile_first(tmp_path: Path) -> None:
    result = advocaat(
        "--data-dir", str(tmp_path), "signals", "export", "--output", str(tmp_path), cwd=tmp_path
    )
    assert result.returncode == 1
    assert "organisatieprofiel" in result.stderr
    assert list(tmp_path.glob("*.advocaat-export")) == []


def test_export_with_nothing_new_says_so_and_writes_nothing(tmp_path: Path) -> None:
    _office, profile = make_office(tmp_path)
    volunteer = make_volunteer(tmp_path, "Afdeling Zwolle", "GM0193", profile)
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    export = [*volunteer, "signals", "export", "--output", str(outbox)]
    nothing = ok(run(*export, cwd=tmp_path))
    assert nothing.strip() == (
        "No signal is new or changed since the last export, so no file was written."
    )
    assert list(outbox.iterdir()) == []
    ok(run(*volunteer, "signals", "add", "--municipality", "Zwolle", "--theme", "vervoer",
           "--text", "De regiotaxi komt vaak te laat.", cwd=tmp_path))  # fmt: skip
    assert "Export 1 written" in ok(run(*export, cwd=tmp_path))
    assert "no file was written" in ok(run(*export, cwd=tmp_path))
    assert "Export 2 written" in ok(run(*export, "--full", cwd=tmp_path))
    assert len(list(outbox.iterdir())) == 2
