"""Visits as the GUI uses them: each call is one unit of work, plain values in and out."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from advocaat.app.workspace import Workspace
from advocaat.db.contact_tables import Person
from advocaat.db.visit_tables import Visit
from advocaat.i18n import _
from advocaat.organisation.setup import load_setup
from advocaat.printing.sheets import visit_sheet_pdf
from advocaat.visits.service import (
    ItemState,
    UpcomingDeadline,
    VisitData,
    VisitError,
    VisitView,
    create_visit,
    deadlines_calendar,
    list_visits,
    set_item,
    upcoming_deadlines,
    update_visit,
    visit_view,
)
from advocaat.visits.template_store import all_templates, copy_template, save_template
from advocaat.visits.templates import ChecklistTemplate


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

    def templates(self) -> list[ChecklistTemplate]:
        with self._workspace.session() as session:
            return all_templates(session)

    def save_template(self, template: ChecklistTemplate) -> ChecklistTemplate:
        with self._workspace.session() as session:
            return save_template(session, template)

    def copy_template(self, template_id: str, title: str) -> ChecklistTemplate:
        with self._workspace.session() as session:
            return copy_template(session, template_id, title)

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

    def delete(self, visit_id: int) -> None:
        with self._workspace.session() as session:
            visit = session.get(Visit, visit_id)
            if visit is not None:
                session.delete(visit)

    def calendar(self) -> bytes:
        with self._workspace.session() as session:
            return deadlines_calendar(session)

    def sheet(self, visit_id: int, sheet: str, *, large: bool, today: date) -> bytes:
        with self._workspace.session() as session:
            view = visit_view(session, visit_id)
            setup = load_setup(session)
        return visit_sheet_pdf(
            view,
            sheet,
            organisation=setup.organisation if setup else "",
            printed_on=today,
            large=large,
        )
