"""The catalogs are complete, their placeholders match, and what ships is what was translated."""

from __future__ import annotations

import gettext
import importlib.util
import io
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def i18n_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return i18n_script()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_catalog_has_every_string_of_the_code(script: ModuleType, language: str) -> None:
    in_code = {message.id for message in script.extract() if message.id}
    in_catalog = {message.id for message in script.read_catalog(language) if message.id}
    assert in_code - in_catalog == set(), "run scripts/i18n.py and translate the new strings"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_string_is_translated_with_the_same_placeholders(
    script: ModuleType, language: str
) -> None:
    assert script.problems(script.read_catalog(language), language) == []


def test_placeholder_check_catches_a_renamed_placeholder(script: ModuleType) -> None:
    from babel.messages.catalog import Catalog

    catalog = Catalog(locale="nl")
    catalog.add("Database: {path}", "Database: {pad}")
    catalog.add("Untranslated", "")
    found = script.problems(catalog, "nl")
    assert len(found) == 2


def messages(translations: gettext.GNUTranslations) -> dict[object, str]:
    """The translated messages, without the header (msgid "")."""
    return {key: value for key, value in translations._catalog.items() if key != ""}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_shipped_mo_matches_the_po(script: ModuleType, language: str) -> None:
    shipped = resources.files("advocaat.translations") / language / "LC_MESSAGES" / "advocaat.mo"
    compiled = gettext.GNUTranslations(io.BytesIO(shipped.read_bytes()))
    expected = gettext.GNUTranslations(
        io.BytesIO(script.to_bytes(script.read_catalog(language), mo=True))
    )
    # The messages are what matters; the header names the Babel that compiled it, which may differ.
    assert messages(compiled) == messages(expected)
    assert len(messages(compiled)) > 100
    assert compiled.plural(1) == 0
    assert compiled.plural(2) == 1
