"""Checklist templates for the keukentafelgesprek: sections of items, each with a short help text.

A template is a readable JSON file (documented in docs/checklist-templates.md), so the national
office can write one and send it in its organisation profile. :func:`parse_template` reads one
from bytes with size limits and typed errors; :func:`template_to_json` writes it back unchanged.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources

from advocaat.errors import UserFacingError
from advocaat.i18n import _

FORMAT = 1
MAX_TEMPLATE_BYTES = 500_000
MAX_ITEMS = 500
MAX_TEXT = 2_000
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


def _text(value: object, what: str, *, required: bool = True) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()) or len(value) > MAX_TEXT:
        raise TemplateError(_("The template has an empty or too long {what}.").format(what=what))
    return value.strip()


def parse_template(data: bytes) -> ChecklistTemplate:
    """A checklist template from its JSON file (format 1)."""
    if len(data) > MAX_TEMPLATE_BYTES:
        raise TemplateError(_("The template file is too large."))
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise TemplateError(_("The template file is not valid JSON.")) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise TemplateError(_("The template file has a format this app does not know."))
    identifier = document.get("id")
    if not isinstance(identifier, str) or not _IDENTIFIER.fullmatch(identifier):
        raise TemplateError(_("The template has no valid id (lower case letters, digits, -)."))
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise TemplateError(_("The template has no valid version number."))
    sections_data = document.get("sections")
    if not isinstance(sections_data, list) or not sections_data:
        raise TemplateError(_("The template has no sections."))
    template = ChecklistTemplate(
        id=identifier,
        version=version,
        language=_text(document.get("language"), _("language")),
        title=_text(document.get("title"), _("title")),
        origin=_text(document.get("origin"), _("origin"), required=False),
    )
    for section_data in sections_data:
        if not isinstance(section_data, dict) or not isinstance(section_data.get("items"), list):
            raise TemplateError(_("A section of the template has no list of items."))
        section = ChecklistSection(_text(section_data.get("title"), _("section title")))
        for item_data in section_data["items"]:
            if not isinstance(item_data, dict):
                raise TemplateError(_("An item of the template is not an item."))
            section.items.append(
                ChecklistItem(
                    _text(item_data.get("text"), _("item text")),
                    _text(item_data.get("help"), _("help text"), required=False),
                )
            )
        template.sections.append(section)
    if template.item_count() > MAX_ITEMS:
        raise TemplateError(_("The template has more than {count} items.").format(count=MAX_ITEMS))
    return template


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
