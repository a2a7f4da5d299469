"""Every list the command line prints can be read by a script: `--format json` on each of them.

The lists are found by walking the parser, so a list command added later is checked too.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

import pytest
from office_kit import set_up_office
from picture_kit import feed, signal
from test_cli import advocaat

from advocaat.app.workspace import Workspace
from advocaat.cli import build_parser
from advocaat.db.signal_tables import SignalExport
from advocaat.examples.service import ExampleData, save_example
from advocaat.i18n import set_language
from advocaat.office.examples import merge_examples
from advocaat.paths import AppPaths
from advocaat.questionnaires.questionnaire import read_questionnaire
from advocaat.questionnaires.store import store_questionnaire
from advocaat.sync.export_reader import IncomingExample

QUESTIONNAIRE = read_questionnaire(
    (Path(__file__).resolve().parents[2] / "docs" / "examples" / "questionnaire.json").read_bytes()
)


def leaf_commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], str, argparse.ArgumentParser]]:
    """Every command that does something, with its help text and its parser."""
    found = []
    for action in parser._actions:  # argparse offers no public walk
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help or "" for choice in action._choices_actions}
            for name, child in action.choices.items():
                children = leaf_commands(child, (*path, name))
                found += children or [((*path, name), helps.get(name, ""), child)]
    return found


def listing_commands() -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """The commands that list something: named "list", or helped as "list the …"."""
    set_language("en")
    return [
        (path, parser)
        for path, help_text, parser in leaf_commands(build_parser())
        if path[-1] == "list" or help_text.startswith("list ")
    ]


LISTINGS = listing_commands()


def test_the_walk_finds_the_lists_we_know() -> None:
    found = {" ".join(path) for path, _parser in LISTINGS}
    assert {
        "signals list",
        "signals history",
        "visits list",
        "templates list",
        "office senders",
    } <= found


@pytest.fixture(scope="module")
def volunteer(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The demo database (contacts, visits, signals) with an export made."""
    root = tmp_path_factory.mktemp("volunteer")
    with Workspace.open(AppPaths(root, demo=True)) as workspace, workspace.session() as session:
        session.add(SignalExport(sequence=1, record_count=3, file_name="export-0001.advocaat"))
        save_example(session, ExampleData("GM0193", "inform", "Loket weer open", "Het verhaal.",
                                          "Wmo-raad", date(2026, 3, 2)))  # fmt: skip
        store_questionnaire(session, QUESTIONNAIRE)  # as a profile brings it
    return ["--data-dir", str(root), "--demo"]


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """An office database with a sender and its signals."""
    root = tmp_path_factory.mktemp("office")
    set_up_office(AppPaths(root))
    with Workspace.open(AppPaths(root)) as workspace, workspace.session() as session:
        sender = feed(
            session, "afdeling-zwolle", [signal("1", "GM0193", "Zwolle", date(2026, 3, 2), ())]
        )
        example = IncomingExample("urn:uuid:1", 1, date(2026, 3, 2), "GM0193", "Zwolle", "inform",
                                  "Loket weer open", "Het verhaal.", "Wmo-raad")  # fmt: skip
        merge_examples(session, sender, [example], {"GM0193"})
        store_questionnaire(session, QUESTIONNAIRE)  # as `office questionnaire define` does
    return ["--data-dir", str(root)]


@pytest.mark.parametrize(
    ("path", "parser"), LISTINGS, ids=[" ".join(path) for path, _parser in LISTINGS]
)
def test_every_list_gives_valid_json(
    path: tuple[str, ...],
    parser: argparse.ArgumentParser,
    volunteer: list[str],
    office: list[str],
    tmp_path: Path,
) -> None:
    formats = [a for a in parser._actions if "--format" in a.option_strings]
    assert formats, f"{' '.join(path)} has no --format option"
    assert "json" in formats[0].choices
    listed = []
    for data_dir in (volunteer, office):
        result = advocaat(*data_dir, *path, "--format", "json", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        rows = json.loads(result.stdout)
        assert isinstance(rows, list)
        assert all(isinstance(row, dict) for row in rows)
        listed += rows
    assert listed, "neither profile has anything to list: the test would prove nothing"
