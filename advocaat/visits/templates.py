"""Checklist templates for the keukentafelgesprek: sections of items, each with a short help text.

A template is a readable JSON file (documented in docs/checklist-templates.md), so the national
office can write one and send it in its organisation profile. :func:`parse_template` reads one
from bytes with size limits, a declared shape and typed errors; :func:`template_to_json` writes
it back unchanged.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, cast

from advocaat.core.checked_json import (
    Integer,
    ListOf,
    Record,
    Shape,
    ShapeError,
    Text,
    check,
    load_json,
)
from advocaat.errors import UserFacingError
from advocaat.i18n import N_, _

FORMAT = 1
MAX_TEMPLATE_BYTES = 500_000
MAX_ITEMS = 500
MAX_TEXT = 2_000
MAX_VALUES = 20_000
_IDENTIFIER = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
BUNDLED = ("wmo-nl.json", "wmo-en.json")


class TemplateError(UserFacingError):
    """A template that cannot be used; nothing of it is taken over."""


@dataclass
class ChecklistItem:
    text: str
    help: str = ""


@dataclass
class ChecklistSection:
    title: str
    items: list[ChecklistItem] = field(default_factory=list)


@dataclass
class ChecklistTemplate:
    id: str
    version: int
    language: str
    title: str
    origin: str
    """Who made it: "Advocaat", the national office's name, or the user."""
    sections: list[ChecklistSection] = field(default_factory=list)

    def item_count(self) -> int:
        return sum(len(section.items) for section in self.sections)


_ITEM = Record({"text": Text(MAX_TEXT, required=True), "help": Text(MAX_TEXT)}, {"help": ""})
_SECTION = Record({"title": Text(MAX_TEXT, required=True), "items": ListOf(_ITEM, MAX_ITEMS)})
_TEMPLATE = Record(
    {
        "id": Text(64, strip=False, pattern=_IDENTIFIER),
        "version": Integer(1),
        "language": Text(20, required=True),
        "title": Text(MAX_TEXT, required=True),
        "origin": Text(MAX_TEXT),
        "sections": ListOf(_SECTION, MAX_ITEMS, required=True),
    },
    {"origin": ""},
)


_FIELD_NAMES = {
    "id": N_("id"),
    "version": N_("version number"),
    "language": N_("language"),
    "title": N_("title"),
    "origin": N_("origin"),
    "sections": N_("list of sections"),
    "sections.title": N_("section title"),
    "sections.items": N_("list of items"),
    "sections.items.text": N_("item text"),
    "sections.items.help": N_("help text"),
}


def field_name(error: ShapeError) -> str:
    """The wrong field in the user's words, with its place for whoever wrote the file."""
    kind = re.sub(r"\[\d+\]", "", error.where).removeprefix("templates.")
    name = _(_FIELD_NAMES.get(kind, kind))
    return name if kind == error.where else f"{name} ({error.where})"


class _TemplateShape(Shape):
    """A whole template, in a file of its own or inside an organisation profile."""

    def check(self, value: object, where: str) -> ChecklistTemplate:
        prefix = f"{where}." if where else ""
        if not isinstance(value, dict) or value.get("format") != FORMAT:
            raise ShapeError(f"{prefix}format")
        checked = cast(dict[str, Any], _TEMPLATE.check(value, where))
        template = ChecklistTemplate(
            id=checked["id"],
            version=checked["version"],
            language=checked["language"],
            title=checked["title"],
            origin=checked["origin"],
            sections=[
                ChecklistSection(
                    section["title"],
                    [ChecklistItem(item["text"], item["help"]) for item in section["items"]],
                )
                for section in checked["sections"]
            ],
        )
        if template.item_count() > MAX_ITEMS:
            raise ShapeError(f"{prefix}sections")
        return template


TEMPLATE = _TemplateShape()


def parse_template(data: bytes) -> ChecklistTemplate:
    """A checklist template from its JSON file (format 1)."""
    document = load_json(
        data,
        max_bytes=MAX_TEMPLATE_BYTES,
        max_values=MAX_VALUES,
        refuse=lambda: TemplateError(
            _("The template file is too large.")
            if len(data) > MAX_TEMPLATE_BYTES
            else _("The template file is not valid JSON.")
        ),
        encoding="utf-8-sig",
    )
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise TemplateError(_("The template file has a format this app does not know."))
    try:
        return cast(ChecklistTemplate, check(TEMPLATE, document))
    except ShapeError as error:
        raise TemplateError(
            _("The template has an empty, too long or invalid {what}.").format(
                what=field_name(error)
            )
        ) from error


def template_to_json(template: ChecklistTemplate) -> bytes:
    """The template as its JSON file, readable and diff-friendly (UTF-8, indented)."""
    document = {
        "format": FORMAT,
        "id": template.id,
        "version": template.version,
        "language": template.language,
        "title": template.title,
        "origin": template.origin,
        "sections": [
            {
                "title": section.title,
                "items": [
                    {"text": item.text, "help": item.help} if item.help else {"text": item.text}
                    for item in section.items
                ],
            }
            for section in template.sections
        ],
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def bundled_templates() -> list[ChecklistTemplate]:
    """The sound default templates shipped with the app, Dutch first."""
    folder = resources.files("advocaat.resources.templates")
    return [parse_template((folder / name).read_bytes()) for name in BUNDLED]
