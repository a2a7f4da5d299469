"""Visits: prepare one from a template, record what happens, and see the deadlines that follow."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from advocaat.core.calendar_file import DayEvent, calendar_file
from advocaat.core.timing import Timing, due_timing, happened
from advocaat.db.contact_tables import Person
from advocaat.db.models import Municipality
from advocaat.db.visit_tables import Visit, VisitItem
from advocaat.errors import UserFacingError
from advocaat.i18n import N_, _
from advocaat.visits.deadlines import Deadline, deadlines
from advocaat.visits.escalation import (
    Dwangsom,
    bundled_escalation_rules,
    dwangsom,
    dwangsom_deadlines,
    dwangsom_summary,
    objection_decision_due,
    premature,
    premature_notice,
)
from advocaat.visits.kinds import DATE_COLUMNS, FLAGS
from advocaat.visits.template_store import find_template
from advocaat.visits.templates import ChecklistTemplate, TemplateError

PROCEDURE_EVENTS = {
    "melding": "melding_on",
    "aanvraag": "application_on",
    "beschikking": "decision_on",
}


class ItemState(StrEnum):
    OPEN = "open"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"

    @property
    def label(self) -> str:
        return _(_STATE_LABELS[self])


_STATE_LABELS = {
    ItemState.OPEN: N_("to do"),
    ItemState.DONE: N_("done"),
    ItemState.NOT_APPLICABLE: N_("not applicable"),
}


class VisitError(UserFacingError):
    pass


@dataclass
class VisitData:
    member_name: str = ""
    member_contact: str = ""
    municipality_code: str | None = None
    planned_at: datetime | None = None
    place: str = ""
    consulent_id: int | None = None
    consulent_name: str = ""
    client_supporter: str = ""
    volunteer: str = ""
    help_question: str = ""
    goals: str = ""
    outcome: str = ""
    dates: dict[str, date | None] = field(default_factory=dict)
    """Procedure dates by column name: melding_on, conversation_on, report_received_on, …"""
    objection_committee: bool = False
    objection_extended: bool = False


def _check(session: Session, data: VisitData) -> None:
    if not data.member_name.strip():
        raise VisitError(_("Fill in the member's name or initials."))
    if data.municipality_code and session.get(Municipality, data.municipality_code) is None:
        raise VisitError(
            _("{code} is not a known municipality.").format(code=data.municipality_code)
        )
    if data.consulent_id is not None and session.get(Person, data.consulent_id) is None:
        raise VisitError(_("The chosen consultant is no longer in the contact book."))
    unknown = set(data.dates) - set(DATE_COLUMNS)
    if unknown:
        raise ValueError(f"unknown visit dates {sorted(unknown)}")
    known = {name: day for name, day in data.dates.items() if day}
    for earlier, later, message in (
        (
            "melding_on",
            "application_on",
            _("The application cannot be earlier than the notification."),
        ),
        (
            "application_on",
            "decision_on",
            _("The decision cannot be earlier than the application."),
        ),
        (
            "application_on",
            "notice_sent_on",
            _("The ingebrekestelling cannot be earlier than the application."),
        ),
        (
            "notice_sent_on",
            "notice_received_on",
            _("The municipality cannot receive the ingebrekestelling before it was sent."),
        ),
        (
            "decision_on",
            "objection_on",
            _("The bezwaar cannot be earlier than the decision."),
        ),
        (
            "objection_on",
            "objection_decided_on",
            _("The decision on the bezwaar cannot be earlier than the bezwaar."),
        ),
    ):
        if earlier in known and later in known and known[later] < known[earlier]:
            raise VisitError(message)


def _apply(visit: Visit, data: VisitData) -> None:
    for name in (
        "member_name",
        "member_contact",
        "place",
        "consulent_name",
        "client_supporter",
        "volunteer",
        "help_question",
        "goals",
        "outcome",
    ):
        setattr(visit, name, getattr(data, name).strip())
    visit.municipality_code = data.municipality_code
    visit.planned_at = data.planned_at
    visit.consulent_id = data.consulent_id
    for name in FLAGS:
        setattr(visit, name, getattr(data, name))
    for name, day in data.dates.items():
        setattr(visit, name, day)
    visit.updated_at = datetime.now()


def create_visit(session: Session, data: VisitData, template: ChecklistTemplate) -> Visit:
    """A new visit with a copy of ``template``'s checklist, every item still to do."""
    _check(session, data)
    visit = Visit(
        template_id=template.id,
        template_version=template.version,
        template_title=template.title,
    )
    _apply(visit, data)
    position = 0
    for section in template.sections:
        for item in section.items:
            visit.items.append(
                VisitItem(position=position, section=section.title, text=item.text, help=item.help)
            )
            position += 1
    session.add(visit)
    session.flush()
    return visit


def visit_data(visit: Visit) -> VisitData:
    """The visit as the form would send it back unchanged: the start of a partial change."""
    return VisitData(
        member_name=visit.member_name,
        member_contact=visit.member_contact,
        municipality_code=visit.municipality_code,
        planned_at=visit.planned_at,
        place=visit.place,
        consulent_id=visit.consulent_id,
        consulent_name=visit.consulent_name,
        client_supporter=visit.client_supporter,
        volunteer=visit.volunteer,
        help_question=visit.help_question,
        goals=visit.goals,
        outcome=visit.outcome,
        dates=_dates(visit),
        **{name: getattr(visit, name) for name in FLAGS},
    )


def update_visit(session: Session, visit: Visit, data: VisitData) -> Visit:
    _check(session, data)
    _apply(visit, data)
    session.flush()
    return visit


def change_visit(
    session: Session, visit_id: int, dates: dict[str, date | None], flags: dict[str, bool]
) -> Visit:
    """Change only the given dates and yes/no facts of a visit, with the form's checks."""
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise VisitError(_("There is no visit number {number}.").format(number=visit_id))
    data = visit_data(visit)
    data.dates |= dates
    for name, value in flags.items():
        setattr(data, name, value)
    return update_visit(session, visit, data)


def set_item(session: Session, item_id: int, state: ItemState, note: str = "") -> None:
    item = session.get(VisitItem, item_id)
    if item is None:
        raise VisitError(_("This checklist item no longer exists."))
    item.state = state.value
    item.note = note.strip()


def visit_deadlines(visit: Visit) -> list[Deadline]:
    """The deadlines that follow from the dates recorded for this visit."""
    events = {
        event: getattr(visit, column)
        for event, column in PROCEDURE_EVENTS.items()
        if getattr(visit, column)
    }
    found = deadlines(events)
    running = visit_dwangsom(visit, due_of(found, "decision"))
    if running is not None:
        found += dwangsom_deadlines(running)
    objection_rule = bundled_escalation_rules().objection_decision
    objection_end = due_of(found, "objection")
    if objection_rule and visit.objection_on and objection_end:
        found.append(
            objection_decision_due(
                objection_rule,
                objection_end,
                committee=visit.objection_committee,
                extended=visit.objection_extended,
            )
        )
    return sorted(found, key=lambda deadline: deadline.due)


def due_of(found: list[Deadline], rule_id: str) -> date | None:
    return next((deadline.due for deadline in found if deadline.rule.id == rule_id), None)


def visit_dwangsom(visit: Visit, decision_due: date | None) -> Dwangsom | None:
    """The dwangsom the visit's ingebrekestelling started, if any (Awb 4:17)."""
    rule = bundled_escalation_rules().dwangsom
    if rule is None or decision_due is None:
        return None
    return dwangsom(
        rule, decision_due, received_on=visit.notice_received_on, sent_on=visit.notice_sent_on
    )


def _premature(visit: Visit, decision_due: date | None) -> bool:
    return decision_due is not None and premature(
        decision_due, visit.notice_received_on, visit.notice_sent_on
    )


# A deadline no longer needs watching once the step it waits for has happened.
ANSWERED_BY = {
    "personal_plan": "conversation_on",
    "assessment": "report_received_on",
    "decision": "decision_on",
    "dwangsom_start": "decision_on",
    "dwangsom_end": "decision_on",
    "objection": "objection_on",
    "objection_decision": "objection_decided_on",
}


def _dates(visit: Visit) -> dict[str, date | None]:
    return {column: getattr(visit, column) for column in DATE_COLUMNS}


def deadline_timing(deadline: Deadline, dates: dict[str, date | None], today: date) -> Timing:
    """Done once the step it waits for has happened (by ``today``), else overdue or planned."""
    done = happened(dates.get(ANSWERED_BY.get(deadline.rule.id, "")), today)
    return due_timing(deadline.due, done, today)


def open_deadlines(
    found: list[Deadline], dates: dict[str, date | None], today: date
) -> list[Deadline]:
    """The deadlines whose step has not happened yet, overdue or not."""
    return [d for d in found if deadline_timing(d, dates, today) is not Timing.DONE]


@dataclass(frozen=True)
class UpcomingDeadline:
    visit_id: int
    member_name: str
    deadline: Deadline
    timing: Timing
    """Overdue or planned: a done deadline is never listed."""


LOOK_BACK_DAYS = 7
"""How long an overdue deadline stays on Start: a term that has run out cannot be met later."""

AWAITS_DECISION = frozenset({"decision", "objection_decision"})
"""Deadlines of the municipality: overdue, they stay on Start until it decides, because the
member can act on them (an ingebrekestelling, Awb 4:17)."""


def upcoming_deadlines(session: Session, today: date, days: int = 21) -> list[UpcomingDeadline]:
    """Open deadlines of all visits, overdue ones of the last week first, then up to ``days`` ahead.

    A deadline stops showing once the event it waits for has happened (the report, the decision);
    an overdue decision of the municipality stays until it comes.
    """
    first, last = today - timedelta(days=LOOK_BACK_DAYS), today + timedelta(days=days)
    found = []
    for visit in session.scalars(select(Visit)):
        dates = _dates(visit)
        for deadline in visit_deadlines(visit):
            timing = deadline_timing(deadline, dates, today)
            overdue_decision = timing is Timing.OVERDUE and deadline.rule.id in AWAITS_DECISION
            if (
                timing is not Timing.DONE
                and (first <= deadline.due or overdue_decision)
                and (deadline.due <= last)
            ):
                found.append(UpcomingDeadline(visit.id, visit.member_name, deadline, timing))
    return sorted(found, key=lambda upcoming: (upcoming.deadline.due, upcoming.visit_id))


def list_visits(session: Session) -> list[Visit]:
    """All visits, the most recent first."""
    return list(
        session.scalars(
            select(Visit).order_by(Visit.planned_at.desc().nulls_last(), Visit.id.desc())
        )
    )


@dataclass(frozen=True)
class ItemView:
    id: int
    section: str
    text: str
    help: str
    state: ItemState
    note: str


@dataclass(frozen=True)
class VisitView:
    """A visit as sheets and lists show it: plain values, no database objects."""

    id: int
    member_name: str
    member_contact: str
    municipality: str
    planned_at: datetime | None
    place: str
    consulent: str
    client_supporter: str
    volunteer: str
    help_question: str
    goals: str
    outcome: str
    template_title: str
    template_version: int
    dates: dict[str, date | None]
    items: list[ItemView]
    deadlines: list[Deadline]
    objection_committee: bool = False
    objection_extended: bool = False
    dwangsom: Dwangsom | None = None
    """The dwangsom the ingebrekestelling started; its amount depends on the day asked."""
    notice_premature: bool = False
    """The ingebrekestelling came before the beslistermijn ended: it has to be sent again."""

    def decision_due(self) -> date | None:
        return due_of(self.deadlines, "decision")


def escalation_lines(view: VisitView, on: date) -> list[str]:
    """What the ingebrekestelling did, in sentences: the dwangsom so far, or why there is none."""
    due = view.decision_due()
    if view.notice_premature and due is not None:
        return [premature_notice(due)]
    if view.dwangsom is None:
        return []
    return dwangsom_summary(view.dwangsom, on, view.dates.get("decision_on"))


def visit_view(session: Session, visit_id: int) -> VisitView:
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise VisitError(_("There is no visit number {number}.").format(number=visit_id))
    municipality = (
        session.get(Municipality, visit.municipality_code) if visit.municipality_code else None
    )
    consulent = session.get(Person, visit.consulent_id) if visit.consulent_id else None
    found = visit_deadlines(visit)
    consulent_name = (
        " ".join(p for p in (consulent.given_name, consulent.infix, consulent.family_name) if p)
        if consulent
        else visit.consulent_name
    )
    return VisitView(
        id=visit.id,
        member_name=visit.member_name,
        member_contact=visit.member_contact,
        municipality=municipality.name if municipality else "",
        planned_at=visit.planned_at,
        place=visit.place,
        consulent=consulent_name,
        client_supporter=visit.client_supporter,
        volunteer=visit.volunteer,
        help_question=visit.help_question,
        goals=visit.goals,
        outcome=visit.outcome,
        template_title=visit.template_title,
        template_version=visit.template_version,
        dates=_dates(visit),
        items=[
            ItemView(item.id, item.section, item.text, item.help, ItemState(item.state), item.note)
            for item in visit.items
        ],
        deadlines=found,
        objection_committee=visit.objection_committee,
        objection_extended=visit.objection_extended,
        dwangsom=visit_dwangsom(visit, due_of(found, "decision")),
        notice_premature=_premature(visit, due_of(found, "decision")),
    )


def checklist_language(session: Session, visit_id: int) -> str:
    """The language the visit's checklist is written in, for the frame of its sheets; "" when
    its template is gone."""
    visit = session.get(Visit, visit_id)
    try:
        return find_template(session, visit.template_id).language if visit else ""
    except TemplateError:
        return ""


def deadlines_calendar(session: Session, today: date) -> bytes:
    """Every open deadline of every visit (overdue or not) as an iCalendar file, as indicative."""
    return calendar_file(
        DayEvent(
            f"{visit.uid}-{deadline.rule.id}",
            _("{what} ({member})").format(what=deadline.rule.label(), member=visit.member_name),
            deadline.due,
            _(
                "Indicative deadline, counted by the Algemene termijnenwet. Source: {source}."
            ).format(source=deadline.rule.source),
        )
        for visit in session.scalars(select(Visit))
        for deadline in open_deadlines(visit_deadlines(visit), _dates(visit), today)
    )
