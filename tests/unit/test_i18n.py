"""Languages: gettext catalogs, Dutch plural forms, Babel formats, and the remembered choice."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from advocaat.core.preferences import (
    choose_language,
    read_language_preference,
    write_language_preference,
)
from advocaat.i18n import _, format_date, format_number, ngettext, set_language


def test_dutch_is_the_default_and_english_is_there() -> None:
    assert _("Settings") == "Instellingen"
    set_language("en")
    assert _("Settings") == "Settings"


@pytest.mark.parametrize(
    ("count", "dutch"),
    [(0, "0 gemeenten gekozen"), (1, "1 gemeente gekozen"), (2, "2 gemeenten gekozen")],
)
def test_dutch_plural_forms(count: int, dutch: str) -> None:
    text = ngettext(
        "{count} municipality chosen: {names}", "{count} municipalities chosen: {names}", count
    ).format(count=count, names="")
    assert text.startswith(dutch)


def test_dates_and_numbers_follow_the_language() -> None:
    day = date(2026, 4, 27)
    assert format_date(day, "long") == "27 april 2026"
    assert format_number(1234.5) == "1.234,5"
    set_language("en")
    assert format_date(day, "long") == "27 April 2026"
    assert format_number(1234.5) == "1,234.5"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        set_language("fr")


def test_language_choice_is_remembered(tmp_path: Path) -> None:
    preferences = tmp_path / "sub" / "preferences.ini"
    assert read_language_preference(preferences) is None
    assert choose_language(None, preferences) == "nl"
    write_language_preference(preferences, "en")
    assert read_language_preference(preferences) == "en"
    assert choose_language(None, preferences) == "en"
    assert choose_language("nl", preferences) == "nl"  # the command line wins


def test_damaged_preferences_count_as_no_choice(tmp_path: Path) -> None:
    preferences = tmp_path / "preferences.ini"
    preferences.write_bytes(b"\xff\xfe[[[not ini")
    assert read_language_preference(preferences) is None
    write_language_preference(preferences, "en")  # and can be written over
    assert read_language_preference(preferences) == "en"
