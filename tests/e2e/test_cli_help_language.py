"""The Dutch help of every command is Dutch: argparse's own English never shows through."""

from __future__ import annotations

import argparse

import pytest

from advocaat.cli import build_parser
from advocaat.cli.arguments import translate_argparse
from advocaat.i18n import set_language

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
