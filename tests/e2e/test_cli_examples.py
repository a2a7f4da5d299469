"""`advocaat examples add|edit|list|print` as a user runs them, with the privacy guard."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

from test_cli import advocaat
from test_cli_office_import import make_office, make_volunteer, ok
from test_cli_office_import import run as office_run
from test_cli_reports import pdf_text

ADD = [
    "examples", "add", "--municipality", "Zwolle", "--strategy", "cooperation",
    "--title", "Parkeerkaart zonder keuring", "--partners", "Wmo-raad, MEE IJssel-Vecht",
    "--story", "Samen met de Wmo-raad kreeg de gemeente zover dat de keuring vervalt.",
    "--date", "2026-10-01",
]  # fmt: skip


def run(tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return advocaat("--data-dir", str(tmp_path / "data"), "--lang", "en", *arguments, cwd=tmp_path)


def listed(tmp_path: Path, *options: str) -> list[dict[str, object]]:
    result = run(tmp_path, "examples", "list", *options)
    assert result.returncode == 0, result.stderr
    return list(json.loads(result.stdout))


def test_an_example_is_recorded_listed_changed_and_printed(tmp_path: Path) -> None:
    added = run(tmp_path, *ADD)
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "Good example 1 recorded for Zwolle."
    [example] = listed(tmp_path)
    assert {key: example[key] for key in example if key != "uid"} == {
        "id": 1,
        "revision": 1,
        "date": "2026-10-01",
        "municipality": "GM0193",
        "municipality_name": "Zwolle",
        "strategy": "cooperation",
        "title": "Parkeerkaart zonder keuring",
        "partners": "Wmo-raad, MEE IJssel-Vecht",
        "story": "Samen met de Wmo-raad kreeg de gemeente zover dat de keuring vervalt.",
    }
    edited = run(tmp_path, "examples", "edit", "1", "--title", "Keuring vervalt",
                 "--strategy", "collective")  # fmt: skip
    assert edited.stdout.strip() == "Example 1 saved."
    [example] = listed(tmp_path)
    assert (example["title"], example["strategy"], example["revision"]) == (
        "Keuring vervalt", "collective", 2
    )  # fmt: skip
    again = run(tmp_path, "examples", "edit", "1", "--title", "Keuring vervalt")
    assert "nothing changed" in again.stdout
    as_csv = run(tmp_path, "examples", "list", "--format", "csv").stdout
    [row] = list(csv.DictReader(io.StringIO(as_csv)))
    assert (row["title"], row["partners"]) == ("Keuring vervalt", "Wmo-raad, MEE IJssel-Vecht")

    bundle = tmp_path / "bundel.pdf"
    printed = run(tmp_path, "examples", "print", "--output", str(bundle))
    assert printed.returncode == 0, printed.stderr
    assert "1 example" in printed.stdout
    text = pdf_text(bundle)
    for expected in ("Good examples", "Advocate collectively", "Keuring vervalt", "Zwolle",
                     "With Wmo-raad, MEE IJssel-Vecht", "keuring vervalt."):  # fmt: skip
        assert expected in text


def test_personal_data_needs_explicit_confirmation_in_every_text(tmp_path: Path) -> None:
    for option in ("--title", "--story", "--partners"):
        leaky = [*ADD, option, "Met mevrouw Jansen, 06-12345678"]
        refused = run(tmp_path, *leaky)
        assert refused.returncode == 1
        assert "mevrouw Jansen; phone number: 06-12345678" in refused.stderr
        assert "Traceback" not in refused.stderr
    assert listed(tmp_path) == []
    accepted = run(tmp_path, *ADD, "--partners", "06-12345678", "--confirm-private-data-ok")
    assert accepted.returncode == 0, accepted.stderr
    # The confirmation stays with the example: a later change of another field needs no new yes.
    assert run(tmp_path, "examples", "edit", "1", "--title", "Nieuw").returncode == 0


def test_bad_input_is_one_sentence(tmp_path: Path) -> None:
    for arguments, message in (
        ([*ADD, "--municipality", "Atlantis"], "Atlantis"),
        ([*ADD, "--date", "gisteren"], "not a date"),
        (["examples", "edit", "7", "--title", "x"], "There is no example 7."),
        (["examples", "print", "3", "--output", str(tmp_path / "x.pdf")], "no example 3"),
    ):
        result = run(tmp_path, *arguments)
        assert result.returncode == 1, arguments
        assert message in result.stderr
        assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_the_round_trip_volunteer_office_selection_and_back(tmp_path: Path) -> None:
    office, profile = make_office(tmp_path)
    zwolle = make_volunteer(tmp_path, "Afdeling Zwolle", "GM0193", profile)
    for title in ("Parkeerkaart zonder keuring", "Alleen voor Zwolle"):
        ok(office_run(*zwolle, *ADD, "--title", title, cwd=tmp_path))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    exported = ok(office_run(*zwolle, "signals", "export", "--output", str(inbox), cwd=tmp_path))
    assert "0 signals" in exported
    assert "2 good examples went along." in exported
    office_run(*office, "office", "import", str(inbox), cwd=tmp_path)  # a new sender: refused
    key = ok(office_run(*office, "office", "senders", cwd=tmp_path)).split("\t")[0]
    ok(office_run(*office, "office", "accept", key, cwd=tmp_path))
    imported = ok(office_run(*office, "office", "import", str(inbox), cwd=tmp_path))
    assert "2 good examples new or changed." in imported

    received = json.loads(
        ok(office_run(*office, "office", "examples", "list", "--format", "json", cwd=tmp_path))
    )
    assert [(row["sender"], row["selected"]) for row in received] == [
        ("Afdeling Zwolle", False), ("Afdeling Zwolle", False)
    ]  # fmt: skip
    chosen = next(row["id"] for row in received if row["title"] == "Parkeerkaart zonder keuring")
    selected = ok(office_run(*office, "office", "examples", "select", str(chosen), cwd=tmp_path))
    assert "is in the selection" in selected
    missing = office_run(*office, "office", "examples", "select", "99", cwd=tmp_path)
    assert missing.returncode == 1
    assert missing.stderr.strip() == "advocaat: There is no received example 99."
    text = ok(office_run(*office, "office", "examples", "list", "--selected", cwd=tmp_path))
    assert text.count("\n") == 1
    assert "in the selection" in text
    ok(office_run(*office, "office", "profile", "--output", str(profile), cwd=tmp_path))
    assert b"Afdeling Zwolle" not in profile.read_bytes()

    utrecht = make_volunteer(tmp_path, "Afdeling Utrecht", "GM0344", profile)
    shared = json.loads(ok(office_run(*utrecht, "examples", "list", "--from-office",
                                      cwd=tmp_path)))  # fmt: skip
    assert shared == [
        {
            "date": "2026-10-01",
            "municipality": "GM0193",
            "municipality_name": "Zwolle",
            "strategy": "cooperation",
            "title": "Parkeerkaart zonder keuring",
            "partners": "Wmo-raad, MEE IJssel-Vecht",
            "story": "Samen met de Wmo-raad kreeg de gemeente zover dat de keuring vervalt.",
        }
    ]
    assert json.loads(ok(office_run(*utrecht, "examples", "list", cwd=tmp_path))) == []
    bundle = tmp_path / "bundel.pdf"
    ok(office_run(*utrecht, "examples", "print", "--output", str(bundle), cwd=tmp_path))
    printed = pdf_text(bundle)
    assert "Parkeerkaart zonder keuring" in printed
    assert "Shared by the national office" in printed
    assert "Afdeling Zwolle" not in printed
    ok(office_run(*utrecht, "examples", "print", "--without-office", "--output", str(bundle),
                  cwd=tmp_path))  # fmt: skip
    assert "Parkeerkaart" not in pdf_text(bundle)

    unselected = ok(office_run(*office, "office", "examples", "unselect", str(chosen),
                               cwd=tmp_path))  # fmt: skip
    assert "out of the selection" in unselected
