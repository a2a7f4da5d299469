"""`advocaat contacts add|list|merge` as scripts and servers run them, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from test_cli import advocaat

from advocaat.app.workspace import Workspace
from advocaat.db.contact_tables import Person
from advocaat.paths import AppPaths

Run = Callable[..., subprocess.CompletedProcess[str]]


def _runner(paths: AppPaths, cwd: Path) -> Run:
    """Run `advocaat contacts` on this database, in English (the catalogs are the i18n tests')."""
    where = ["--data-dir", str(paths.root)]
    if paths.database_url:
        where += ["--database-url", paths.database_url]

    def run(*arguments: str) -> subprocess.CompletedProcess[str]:
        return advocaat(*where, "--lang", "en", "contacts", *arguments, cwd=cwd)

    return run


@pytest.fixture
def run(any_paths: AppPaths, tmp_path: Path) -> Run:
    return _runner(any_paths, tmp_path)


def _listed(run: Run, *filters: str) -> list[dict[str, str]]:
    result = run("list", "--format", "json", *filters)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_add_list_with_filters_and_merge(run: Run, any_paths: AppPaths) -> None:
    added = run(
        "add", "organisation", "--name", "Gemeente Zwolle", "--kind", "municipality",
        "--municipality", "Zwolle", "--phone", "038-4982000",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert added.stdout == "Gemeente Zwolle added as organisation:1.\n"
    anouk = run(
        "add", "person", "--given-name", "Anouk", "--family-name", "van der Berg",
        "--organisation", "organisation:1", "--role", "beleidsmedewerker", "--portfolio", "Wmo",
        "--email", "Anouk@example.nl", "--mobile", "06-12345678", "--theme", "Vervoer",
        "--municipality", "GM0193", "--attitude", "-1",
    )  # fmt: skip
    assert anouk.stdout == "Anouk van der Berg added as person:1.\n", anouk.stderr
    other = run(
        "add", "person", "--given-name", "A.", "--family-name", "Berg", "--email",
        "anouk@example.nl", "--influence", "4", "--notes", "Kent de wethouder goed.",
    )  # fmt: skip
    assert other.returncode == 0, other.stderr
    run("add", "organisation", "--name", "Thuiszorg De Linde", "--kind", "care_provider")
    everyone = _listed(run)
    assert [row["name"] for row in everyone] == [
        "A. Berg",
        "Anouk van der Berg",
        "Gemeente Zwolle",
        "Thuiszorg De Linde",
    ]
    assert everyone[1] == {
        "id": "person:1",
        "type": "person",
        "name": "Anouk van der Berg",
        "role": "beleidsmedewerker",
        "organisation": "Gemeente Zwolle",
        "kind": "",
        "municipality": "Zwolle",
    }
    assert everyone[3]["kind"] == "care_provider"
    filters = {
        ("--text", "berg"): ["person:1", "person:2"],
        ("--text", "anouk@example"): ["person:1", "person:2"],
        ("--municipality", "zwolle"): ["person:1", "organisation:1"],
        ("--kind", "municipality"): ["person:1", "organisation:1"],
        ("--kind", "care_provider"): ["organisation:2"],
        ("--role", "Beleidsmedewerker"): ["person:1"],
        ("--theme", "Vervoer"): ["person:1"],
        ("--type", "organisation"): ["organisation:1", "organisation:2"],
    }
    for given, expected in filters.items():
        assert sorted(row["id"] for row in _listed(run, *given)) == sorted(expected), given
    text = run("list", "--text", "zwolle")
    assert text.stdout.splitlines() == [
        "person:1\tAnouk van der Berg\tbeleidsmedewerker, Gemeente Zwolle, Zwolle",
        "organisation:1\tGemeente Zwolle\tMunicipality, Zwolle",
    ]

    merged = run("merge", "person:1", "person:2")
    assert merged.returncode == 0, merged.stderr
    assert merged.stdout == "person:2 merged into person:1 (Anouk van der Berg).\n"
    assert [row["id"] for row in _listed(run, "--type", "person")] == ["person:1"]
    with Workspace.open(any_paths) as workspace, workspace.session() as session:
        person = session.get(Person, 1)
        assert person.influence == 4
        assert person.attitude == -1
        assert [email.address for email in person.emails] == ["anouk@example.nl"]
        assert person.notes.startswith("Kent de wethouder goed.\nMerged with A. Berg on ")


def test_bad_input_is_one_sentence_and_nothing_is_written(paths: AppPaths, tmp_path: Path) -> None:
    run = _runner(paths, tmp_path)
    assert run("add", "person", "--given-name", "Piet").returncode == 0
    assert run("add", "organisation", "--name", "Wijkteam Noord").returncode == 0
    refused = {
        ("add", "person", "--family-name", ""): "Fill in at least a first name or a surname.",
        ("add", "person", "--given-name", "Jan", "--email", "jan@"): (
            "jan@ is not a valid e-mail address."
        ),
        ("add", "person", "--given-name", "Jan", "--influence", "7"): (
            "Influence must be between 1 and 5."
        ),
        ("add", "person", "--given-name", "Jan", "--municipality", "Atlantis"): (
            "Atlantis is not a Dutch municipality."
        ),
        ("add", "person", "--given-name", "Jan", "--organisation", "organisation:99"): (
            "The chosen organisation no longer exists."
        ),
        ("add", "person", "--given-name", "Jan", "--organisation", "person:1"): (
            "person:1 is not a contact id such as organisation:12 (see contacts list)."
        ),
        ("add", "organisation", "--name", " "): "Fill in the name of the organisation.",
        ("add", "organisation", "--name", "X", "--email", "x@y"): (
            "x@y is not a valid e-mail address."
        ),
        ("list", "--municipality", "Atlantis"): "Atlantis is not a Dutch municipality.",
        ("merge", "person:1", "person:1"): "Choose two different people to merge.",
        ("merge", "person:1", "person:9"): "person:9 is not in the contact book.",
        ("merge", "person:1", "organisation:1"): "A person and an organisation cannot be merged.",
        ("merge", "1", "2"): "1 is not a contact id such as person:12 (see contacts list).",
    }
    for arguments, message in refused.items():
        result = run(*arguments)
        assert result.returncode == 1, arguments
        assert result.stderr == f"advocaat: {message}\n", arguments
        assert result.stdout == "", arguments
    assert [row["id"] for row in _listed(run)] == ["person:1", "organisation:1"]
