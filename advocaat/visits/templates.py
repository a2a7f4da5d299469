"""Checklist templates for the keukentafelgesprek: sections of items, each with a short help text.

A template is a readable JSON file (documented in docs/checklist-templates.md), so the national
office can write one and send it in its organisation profile. :func:`parse_template` reads one
from bytes with size limits, its schema (resources/schemas/checklist-template-1.schema.json) and
typed errors; :func:`template_to_json` writes it back unchanged.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from advocaat.core.schemas import SchemaError, load_json, stripped, validate
from advocaat.errors import UserFacingError
from advocaat.i18n import N_, _

FORMAT = 1
SCHEMA = "checklist-template"
"""A template follows resources/schemas/checklist-template-<FORMAT>.schema.json."""
MAX_TEMPLATE_BYTES = 500_000
MAX_ITEMS = 500
"""Items in all sections together: the one limit the schema cannot state."""
MAX_VALUES = 20_000
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


def field_name(error: SchemaError) -> str:
    """The wrong field in the user's words, with its place for whoever wrote the file."""
    kind = re.sub(r"\[\d+\]", "", error.where).removeprefix("templates.")
    name = _(_FIELD_NAMES.get(kind, kind))
    return name if kind == error.where else f"{name} ({error.where})"


def template_from_document(document: dict[str, Any], where: str = "") -> ChecklistTemplate:
    """A template from its document, already validated against the schema and stripped; at
    ``where`` in a larger document (an organisation profile)."""
    template = ChecklistTemplate(
        id=document["id"],
        version=document["version"],
        language=document["language"],
        title=document["title"],
        origin=document.get("origin") or "",
        sections=[
            ChecklistSection(
                section["title"],
                [ChecklistItem(item["text"], item.get("help") or "") for item in section["items"]],
            )
            for section in document["sections"]
        ],
    )
    if template.item_count() > MAX_ITEMS:
        raise SchemaError(f"{where}.sections" if where else "sections")
    return template


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
        validate(document, SCHEMA, FORMAT)
        return template_from_document(stripped(document))
    except SchemaError as error:
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
    """The sound default templates shipped with the app, Dutch first: copies, free to change."""
    return copy.deepcopy(_parsed_bundled_templates())


def bundled_template(template_id: str) -> ChecklistTemplate | None:
    """The shipped template of ``template_id``, as a copy free to change; ``None`` if none is."""
    for template in _parsed_bundled_templates():
        if template.id == template_id:
            return copy.deepcopy(template)
    return None


@cache
def _parsed_bundled_templates() -> list[ChecklistTemplate]:
    """The shipped files never change while the app runs: read and checked once."""
    folder = resources.files("advocaat.resources.templates")
    return [parse_template((folder / name).read_bytes()) for name in BUNDLED]
