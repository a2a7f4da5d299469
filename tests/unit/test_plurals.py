"""A number next to a noun goes through ngettext, and every plural message reads right for 1 and 2.

The messages come from the code (what the user can see), their translations from the catalogs
(translations/*.po) plus the translations still waiting to be merged (translations/pending).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{(\w*)\}")

COUNTS = {"count", "number", "n", "total", "limit", "people", "organisations", "visits"}
COUNTS |= {"signals", "moments", "sent", "counted", "matches", "files", "contacts", "pages"}
"""Placeholder names that stand for a number of things."""

IRREGULAR_PLURALS = {"people", "children", "keukentafelgesprekken"}
NOT_PLURAL = {"was", "has", "does", "this", "its", "always", "perhaps"}

COUNT_BEFORE_NOUN = re.compile(r"\{(\w+)\}\s+(?:(?:contact|new|old|other|open)\s+)?([a-z]+)\b")
"""A placeholder, perhaps a word that tells the noun apart ("contact moments"), then the noun."""


def _plural_noun(word: str) -> bool:
    if word in IRREGULAR_PLURALS:
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in NOT_PLURAL


def counted_nouns(text: str) -> list[str]:
    """Every "{count} nouns" in a message (a number placeholder before a plural noun), and every
    "file(s)" that leaves the number to the reader."""
    return [
        match.group(0)
        for match in COUNT_BEFORE_NOUN.finditer(text)
        if match.group(1) in COUNTS and _plural_noun(match.group(2))
    ] + re.findall(r"\w+\(s\)", text)


def code_messages() -> list[tuple[str, str | tuple[str, str]]]:
    """(where, message) of every translatable message in the code."""
    return [
        (f"{filename}:{line}", message)
        for filename, line, message, _comments, _context in extract_from_dir(
            str(ROOT / "advocaat"), method_map=[("**.py", "python")], keywords=DEFAULT_KEYWORDS
        )
        if message
    ]


def wrongly_counted(messages: list[tuple[str, str | tuple[str, str]]]) -> list[str]:
    """Messages where a number meets a plural noun that does not follow the number."""
    found = []
    for where, message in messages:
        if isinstance(message, str):
            found += [f"{where}: {pair}" for pair in counted_nouns(message)]
        else:
            singular, plural = message[0], message[1]
            # The noun of the number n changes; a noun that stays the same in both forms
            # belongs to another number, which needs a plural message of its own.
            found += [f"{where}: {pair}" for pair in counted_nouns(singular) if pair in plural]
    return found


def test_no_number_meets_a_plural_noun_outside_ngettext() -> None:
    messages = code_messages()
    assert len(messages) > 500
    assert wrongly_counted(messages) == []


@pytest.mark.parametrize(
    ("message", "flagged"),
    [
        ("{count} files read", True),
        ("Top {count} municipalities", True),
        ("In {year}: {moments} contact moments", True),
        ("Choose a passphrase of at least {count} characters.", True),
        ("{count} keukentafelgesprekken", True),
        ("from {people} people", True),
        ("Warning: {count} file(s) came in.", True),
        ("{name} sends a file for the first time.", False),
        ("{file} holds no contacts.", False),
        ("{size} kB", False),
        ("Signal {number} saved.", False),
        ("File {number} of {total}: {name}", False),
        (("{count} signal, from {people} people.", "{count} signals, from {people} people."), True),
        (("{count} signal", "{count} signals"), False),
        (("{count} person", "{count} people"), False),
    ],
)
def test_the_check_tells_a_counted_noun(message: str | tuple[str, str], flagged: bool) -> None:
    assert bool(wrongly_counted([("example", message)])) is flagged


def translations(language: str) -> dict[tuple[str, str], list[str]]:
    """The plural translations of a language: the catalog, then what waits to be merged."""
    with (ROOT / "translations" / language / "LC_MESSAGES" / "advocaat.po").open("rb") as handle:
        catalog = read_po(handle, locale=language)
    found = {
        (message.id[0], message.id[1]): list(message.string)
        for message in catalog
        if message.pluralizable and all(message.string)
    }
    if language == "nl":
        for pending in sorted((ROOT / "translations" / "pending").glob("*.json")):
            for entry in json.loads(pending.read_text(encoding="utf-8")):
                if "msgid_plural" in entry:
                    found[(entry["msgid"], entry["msgid_plural"])] = entry["nl"]
    return found


def plural_messages() -> list[tuple[str, str]]:
    return sorted(
        {
            (message[0], message[1])
            for _where, message in code_messages()
            if isinstance(message, tuple)
        }
    )


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_plural_message_reads_right_for_one_and_two(language: str) -> None:
    known = translations(language)
    messages = plural_messages()
    assert len(messages) > 20
    for singular, plural in messages:
        if language == "en":
            forms = known.get((singular, plural), [singular, plural])
        else:
            assert (singular, plural) in known, f"no Dutch for {singular!r}"
            forms = known[(singular, plural)]
        assert len(forms) == 2, singular
        names = set(PLACEHOLDER.findall(plural))
        one, two = (
            form.format(**{name: str(n) if name == "count" else f"<{name}>" for name in names})
            for form, n in zip(forms, (1, 2), strict=True)
        )
        assert one != two.replace("2", "1"), f"{language}: one and two read alike in {one!r}"
        for text in (one, two):
            assert not re.search(r"[{}]", text), text
            assert all(f"<{name}>" in text for name in names - {"count"}), text
        if "count" in names:
            assert ("1" in one, "2" in two) == (True, True), (one, two)
