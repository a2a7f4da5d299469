"""Templates the user keeps: copies of the shipped ones, changed in the app.

A stored template with the id of a shipped one replaces it; every change raises its version, so
a visit always shows which wording it used. The shipped templates themselves never change.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from advocaat.db.visit_tables import StoredTemplate
from advocaat.i18n import _
from advocaat.visits.templates import (
    ChecklistTemplate,
    TemplateError,
    bundled_template,
    bundled_templates,
    parse_template,
    template_to_json,
)


def all_templates(session: Session) -> list[ChecklistTemplate]:
    """The shipped templates, replaced by stored ones of the same id, then the user's own."""
    stored = {
        row.template_id: parse_template(row.body.encode("utf-8"))
        for row in session.scalars(select(StoredTemplate).order_by(StoredTemplate.id))
    }
    shipped = [stored.pop(template.id, template) for template in bundled_templates()]
    return shipped + list(stored.values())


def find_template(session: Session, template_id: str) -> ChecklistTemplate:
    """The template of ``template_id`` as :func:`all_templates` holds it, reading only that one."""
    row = _row(session, template_id)
    if row is not None:
        return parse_template(row.body.encode("utf-8"))
    template = bundled_template(template_id)
    if template is not None:
        return template
    raise TemplateError(_("There is no template {name}.").format(name=template_id))


OFFICE_VERSION_SUFFIX = "bureau"
"""Added to a template's id for the office's new version kept beside the user's changed one."""


def save_template(session: Session, template: ChecklistTemplate) -> ChecklistTemplate:
    """Store a template the user changed, its version raised by one; it is checked like a file.
    From now on it is the user's: a profile import no longer replaces it."""
    try:
        current = find_template(session, template.id)
    except TemplateError:
        current = None
    version = (current.version + 1) if current else template.version
    checked = parse_template(template_to_json(replace(template, version=version)))
    if current is not None and template_to_json(replace(current, version=version)) == (
        template_to_json(checked)
    ):
        return current  # nothing changed: the version stays
    _store(session, checked, from_office=False)
    return checked


def _row(session: Session, template_id: str) -> StoredTemplate | None:
    return session.scalar(select(StoredTemplate).where(StoredTemplate.template_id == template_id))


def _store(session: Session, template: ChecklistTemplate, *, from_office: bool) -> None:
    row = _row(session, template.id)
    if row is None:
        row = StoredTemplate(template_id=template.id, body="")
        session.add(row)
    row.body = template_to_json(template).decode("utf-8")
    row.updated_at = datetime.now()
    row.from_office = from_office
    session.flush()


def _same_wording(one: ChecklistTemplate, other: ChecklistTemplate) -> bool:
    """The same template apart from its version number and where it came from."""
    return template_to_json(replace(one, version=0, origin="")) == template_to_json(
        replace(other, version=0, origin="")
    )


def take_office_template(session: Session, template: ChecklistTemplate) -> ChecklistTemplate:
    """A template from the national office's profile. It replaces the office's earlier version,
    never one the user changed: the office's version then arrives beside it, marked as new, and
    the user chooses which to use."""
    checked = parse_template(template_to_json(template))
    row = _row(session, checked.id)
    if row is None or row.from_office:
        _store(session, checked, from_office=True)
        return checked
    mine = parse_template(row.body.encode("utf-8"))
    if _same_wording(mine, checked):
        row.from_office = True  # not changed after all: the office's next version may replace it
        return mine
    beside_id = f"{checked.id}-{OFFICE_VERSION_SUFFIX}"
    beside_row = _row(session, beside_id)
    if beside_row is not None and not beside_row.from_office:
        beside_id = _free_id(session, beside_id)
    beside = replace(
        checked,
        id=beside_id,
        origin=_("new version {version} from the national office").format(version=checked.version),
    )
    _store(session, beside, from_office=True)
    return beside


def _free_id(session: Session, wanted: str) -> str:
    """``wanted`` made fit for an id, with a number added when a template has it already."""
    base = re.sub(r"[^a-z0-9-]+", "-", wanted.lower()).strip("-")[:50] or "sjabloon"
    taken = {template.id for template in all_templates(session)}
    new_id, number = base, 2
    while new_id in taken:
        new_id, number = f"{base}-{number}", number + 1
    return new_id


def copy_template(session: Session, template_id: str, title: str) -> ChecklistTemplate:
    """A variant of a template under a new id, for example for one condition."""
    source = find_template(session, template_id)
    new_id = _free_id(session, title)
    copy = replace(
        parse_template(template_to_json(source)),
        id=new_id,
        version=1,
        title=title.strip() or source.title,
        origin=_("own copy of {title}").format(title=source.title),
    )
    return save_template(session, copy)


def import_template(session: Session, template: ChecklistTemplate) -> ChecklistTemplate:
    """Take in a template from a file. It never changes a template the app has already: when the
    id is taken by a different template, the file's template is kept beside it under a free id."""
    try:
        current = find_template(session, template.id)
    except TemplateError:
        return save_template(session, template)
    if template_to_json(replace(template, version=current.version)) == template_to_json(current):
        return current  # the same template: nothing to take in
    return save_template(session, replace(template, id=_free_id(session, template.id), version=1))
