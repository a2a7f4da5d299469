"""Extract, update and compile the gettext catalogs with Babel.

    python scripts/i18n.py          # extract the .pot, update nl and en .po, compile the .mo files
    python scripts/i18n.py --check  # fail when a catalog is out of date or incomplete (CI)

English is the language of the source code, so the English catalog starts as a copy of the
source strings (to be polished where the wording should differ); Dutch is translated by hand. The
compiled .mo files are committed, so a plain ``pip install .`` ships them; the tests check that
they match the .po files.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "advocaat"
CATALOGS = ROOT / "translations"
DOMAIN = "advocaat"
LANGUAGES = ("nl", "en")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
WIDTH = 100


def extract() -> Catalog:
    template = Catalog(project="Advocaat", domain=DOMAIN, charset="utf-8")
    method_map = [("**.py", "python")]
    for filename, lineno, message, comments, context in extract_from_dir(
        str(SOURCE), method_map=method_map, keywords=DEFAULT_KEYWORDS
    ):
        template.add(
            message,
            None,
            [(f"advocaat/{filename}", lineno)],
            auto_comments=comments,
            context=context,
        )
    return template


def po_path(language: str) -> Path:
    return CATALOGS / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_catalog(language: str) -> Catalog:
    path = po_path(language)
    if not path.exists():
        return Catalog(locale=language, domain=DOMAIN, project="Advocaat")
    with path.open("rb") as handle:
        return read_po(handle, locale=language, domain=DOMAIN)


def updated(language: str, template: Catalog) -> Catalog:
    catalog = read_catalog(language)
    catalog.update(template, no_fuzzy_matching=True)
    catalog.fuzzy = False  # a fuzzy header would be left out of the .mo, plural forms and all
    catalog.project = "Advocaat"
    catalog.copyright_holder = "The Advocaat developers"
    catalog.last_translator = "The Advocaat developers"
    catalog.language_team = "Advocaat"
    if language == "en":
        for message in catalog:
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if message.id and not all(strings):
                message.string = message.id
    return catalog


def to_bytes(catalog: Catalog, *, mo: bool = False) -> bytes:
    buffer = io.BytesIO()
    if mo:
        write_mo(buffer, catalog)
    else:
        write_po(buffer, catalog, width=WIDTH, ignore_obsolete=True, omit_header=False)
    return buffer.getvalue()


def problems(catalog: Catalog, language: str) -> list[str]:
    """Untranslated or fuzzy strings, and translations whose {placeholders} differ."""
    found = []
    for message in catalog:
        if not message.id:
            continue
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        targets = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(targets):
            found.append(f"{language}: untranslated {sources[0]!r}")
            continue
        wanted = set(PLACEHOLDER.findall(sources[-1]))
        for target in targets:
            if set(PLACEHOLDER.findall(target)) != wanted:
                found.append(f"{language}: placeholders differ in {target!r}")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing, report problems")
    arguments = parser.parse_args()
    template = extract()
    issues: list[str] = []
    pot = CATALOGS / f"{DOMAIN}.pot"
    for language in LANGUAGES:
        catalog = updated(language, template)
        issues += problems(catalog, language)
        if arguments.check:
            if {m.id for m in catalog if m.id} != {m.id for m in read_catalog(language) if m.id}:
                issues.append(f"{language}: the .po is out of date; run scripts/i18n.py")
            continue
        po_path(language).parent.mkdir(parents=True, exist_ok=True)
        po_path(language).write_bytes(to_bytes(catalog))
        po_path(language).with_suffix(".mo").write_bytes(to_bytes(catalog, mo=True))
    if not arguments.check:
        pot.write_bytes(to_bytes(template))
    for issue in issues:
        print(issue, file=sys.stderr)
    return 1 if issues and arguments.check else 0


if __name__ == "__main__":
    raise SystemExit(main())
