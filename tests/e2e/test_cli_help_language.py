"""The Dutch help of every command is Dutch: argparse's own English never shows through."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from advocaat.cli import build_parser
from advocaat.cli.arguments import translate_argparse
from advocaat.i18n import set_language
from advocaat.paths import DATA_DIR_ENV

ARGPARSE_ENGLISH = (
    "usage:",
    "show this help message and exit",
    "show program's version number and exit",
    "positional arguments",
    "options:",
)


def every_parser(
    parser: argparse.ArgumentParser, name: str = "advocaat"
) -> list[tuple[str, argparse.ArgumentParser]]:
    """The parser and every command and command group under it."""
    found = [(name, parser)]
    for action in parser._actions:  # argparse offers no public walk
        if isinstance(action, argparse._SubParsersAction):
            for child_name, child in action.choices.items():
                found += every_parser(child, f"{name} {child_name}")
    return found


def test_every_help_text_is_dutch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(argparse, "_", argparse._)  # undone after the test
    monkeypatch.setattr(argparse, "ngettext", argparse.ngettext)
    translate_argparse()
    set_language("nl")
    parsers = every_parser(build_parser())
    assert len(parsers) > 30
    for name, parser in parsers:
        text = parser.format_help()
        english = [phrase for phrase in ARGPARSE_ENGLISH if phrase in text]
        assert english == [], f"{name}: {english}"
        assert "gebruik:" in text, name


def test_every_option_and_argument_of_every_command_has_help() -> None:
    set_language("en")
    parsers = every_parser(build_parser())
    missing = []
    for name, parser in parsers:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                told = {choice.dest for choice in action._choices_actions if choice.help}
                missing += [
                    f"{name} {command}" for command in action.choices if command not in told
                ]
            elif not action.help:  # a hidden option is SUPPRESSed on purpose
                missing.append(f"{name} {'/'.join(action.option_strings) or action.dest}")
    assert missing == []


@pytest.mark.parametrize("command", [[], ["office"], ["office", "rotate-keys"], ["signals", "add"]])
def test_the_help_of_the_installed_command_is_dutch(tmp_path: Path, command: list[str]) -> None:
    environment = {key: value for key, value in os.environ.items() if key != DATA_DIR_ENV}
    result = subprocess.run(
        [sys.executable, "-m", "advocaat", *command, "--help"],
        cwd=tmp_path,  # not the source tree: the installed package is what runs
        env={**environment, DATA_DIR_ENV: str(tmp_path / "data"), "LANG": "C.UTF-8"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    text = result.stdout
    english = [phrase for phrase in (*ARGPARSE_ENGLISH, "usage", "options") if phrase in text]
    assert english == []
    assert text.startswith("gebruik: advocaat")
    assert "opties:" in text
