"""Visits as the GUI uses them: each call is one unit of work, plain values in and out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from advocaat.app.workspace import Workspace
from advocaat.core.files import read_file_safely, write_file_safely
from advocaat.core.timing import Timing
from advocaat.db.contact_tables import Person
from advocaat.db.visit_tables import Visit
from advocaat.i18n import _
from advocaat.organisation.setup import load_setup
from advocaat.visits.letter import ingebrekestelling
from advocaat.visits.service import (
    ItemState,
    UpcomingDeadline,
    VisitData,
    VisitError,
    VisitView,
    change_visit,
    checklist_language,
    create_visit,
    deadline_timing,
    deadlines_calendar,
    list_visits,
    open_deadlines,
    set_item,
    upcoming_deadlines,
    update_visit,
    visit_view,
)
from advocaat.visits.template_store import (
    all_templates,
    copy_template,
    import_template,
    save_template,
)
from advocaat.visits.templates import (
    MAX_TEMPLATE_BYTES,
    ChecklistTemplate,
    TemplateError,
    parse_template,
    template_to_json,
)


@dataclass(frozen=True)
class VisitSummary:
    """One visit in a list: how far its checklist is and which deadline comes next."""

    id: int
    member: str
    municipality: str
    planned_at: datetime | None
    template: str
    items_done: int
    items: int
    next_deadline: str | None
    next_deadline_on: date | None
    next_deadline_timing: Timing | None
    """Overdue or planned: the first deadline still open, even when its day has passed."""


def _summary(view: VisitView, today: date) -> VisitSummary:
    upcoming = open_deadlines(view.deadlines, view.dates, today)
    return VisitSummary(
        id=view.id,
        member=view.member_name,
        municipality=view.municipality,
        planned_at=view.planned_at,
        template=view.template_title,
        items_done=sum(item.state is ItemState.DONE for item in view.items),
        items=len(view.items),
        next_deadline=upcoming[0].rule.id if upcoming else None,
        next_deadline_on=upcoming[0].due if upcoming else None,
        next_deadline_timing=(
            deadline_timing(upcoming[0], view.dates, today) if upcoming else None
        ),
    )


def _organisation(session: Session) -> str:
    """The name the footer of a printed sheet gives."""
    setup = load_setup(session)
    return setup.organisation if setup else ""


class VisitBook:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def upcoming(self, today: date) -> list[UpcomingDeadline]:
        with self._workspace.session() as session:
            return upcoming_deadlines(session, today)

    def views(self) -> list[VisitView]:
        with self._workspace.session() as session:
            return [visit_view(session, visit.id) for visit in list_visits(session)]

    def view(self, visit_id: int) -> VisitView:
        with self._workspace.session() as session:
            return visit_view(session, visit_id)

    def summaries(self, today: date) -> list[VisitSummary]:
        with self._workspace.session() as session:
            return [
                _summary(visit_view(session, visit.id), today) for visit in list_visits(session)
            ]

    def templates(self) -> list[ChecklistTemplate]:
        with self._workspace.session() as session:
            return all_templates(session)

    def template(self, name: str) -> ChecklistTemplate:
        """A template by its id (shipped or kept in the app), or else a template file."""
        templates = self.templates()
        for template in templates:
            if template.id == name:
                return template
        path = Path(name)
        if not path.exists():
            known = ", ".join(template.id for template in templates)
            raise TemplateError(
                _("There is no template {name}. Known templates: {known}.").format(
                    name=name, known=known
                )
            )
        return parse_template(
            read_file_safely(path, MAX_TEMPLATE_BYTES, _("The template file is too large."))
        )

    def blank_sheet(self, template: ChecklistTemplate, *, large: bool, today: date) -> bytes:
        """A blank conversation sheet of ``template`` as PDF."""
        from advocaat.printing.sheets import conversation_sheet_pdf  # noqa: PLC0415 - reportlab loads only to print

        with self._workspace.session() as session:
            organisation = _organisation(session)
        return conversation_sheet_pdf(
            template, organisation=organisation, printed_on=today, large=large
        )

    def save_template(self, template: ChecklistTemplate) -> ChecklistTemplate:
        with self._workspace.session() as session:
            return save_template(session, template)

    def copy_template(self, template_id: str, title: str) -> ChecklistTemplate:
        with self._workspace.session() as session:
            return copy_template(session, template_id, title)

    def export_template(self, name: str, path: Path) -> ChecklistTemplate:
        """Write a template as its JSON file, to share it or keep it outside the app."""
        template = self.template(name)
        write_file_safely(path, template_to_json(template))
        return template

    def import_template(self, path: Path) -> ChecklistTemplate:
        """Take in a template file; a template the app has already is never changed by it."""
        template = parse_template(
            read_file_safely(path, MAX_TEMPLATE_BYTES, _("The template file is too large."))
        )
        with self._workspace.session() as session:
            return import_template(session, template)

    def consultants(self) -> list[tuple[int, str]]:
        """People of the contact book, as (id, name), to choose the consultant from."""
        with self._workspace.session() as session:
            people = session.scalars(select(Person).order_by(Person.sort_key))
            return [
                (p.id, " ".join(part for part in (p.given_name, p.infix, p.family_name) if part))
                for p in people
            ]

    def create(self, data: VisitData, template: ChecklistTemplate) -> int:
        with self._workspace.session() as session:
            return create_visit(session, data, template).id

    def save(self, visit_id: int, data: VisitData, items: list[tuple[int, ItemState, str]]) -> None:
        """Save the visit and its checklist together: all of it, or nothing."""
        with self._workspace.session() as session:
            visit = session.get(Visit, visit_id)
            if visit is None:
                raise VisitError(_("There is no visit number {number}.").format(number=visit_id))
            update_visit(session, visit, data)
            for item_id, state, note in items:
                set_item(session, item_id, state, note)

    def letter(self, visit_id: int, kind: str, *, today: date) -> bytes:
        """The ingebrekestelling of a visit as "pdf" or "docx"."""
        from advocaat.printing.letter import letter_docx, letter_pdf  # noqa: PLC0415 - reportlab loads only to print

        with self._workspace.session() as session:
            letter = ingebrekestelling(session, visit_id, today)
        return letter_pdf(letter, printed_on=today) if kind == "pdf" else letter_docx(letter)

    def change(
        self, visit_id: int, dates: dict[str, date | None], flags: dict[str, bool]
    ) -> VisitView:
        """Record some dates and facts of a visit (the escalation, headless); the rest stays."""
        with self._workspace.session() as session:
            change_visit(session, visit_id, dates, flags)
            return visit_view(session, visit_id)

    def delete(self, visit_id: int) -> None:
        with self._workspace.session() as session:
            visit = session.get(Visit, visit_id)
            if visit is not None:
                session.delete(visit)

    def calendar(self, today: date) -> bytes:
        with self._workspace.session() as session:
            return deadlines_calendar(session, today)

    def sheet(self, visit_id: int, sheet: str, *, large: bool, today: date) -> bytes:
        from advocaat.printing.sheets import visit_sheet_pdf  # noqa: PLC0415 - reportlab loads only to print

        with self._workspace.session() as session:  # one unit of work: the visit as it is now
            view = visit_view(session, visit_id)
            language = checklist_language(session, visit_id)
            organisation = _organisation(session)
        return visit_sheet_pdf(
            view,
            sheet,
            organisation=organisation,
            printed_on=today,
            large=large,
            language=language,
        )
