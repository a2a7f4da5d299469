"""Visits: a checklist copied from the template, checks on the input, deadlines and sheets."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy.orm import Session

from advocaat.core.timing import Timing
from advocaat.db.visit_tables import Visit
from advocaat.printing.sheets import visit_sheet_pdf
from advocaat.visits.service import (
    ItemState,
    VisitData,
    VisitError,
    create_visit,
    open_deadlines,
    set_item,
    upcoming_deadlines,
    update_visit,
    visit_data,
    visit_view,
)
from advocaat.visits.templates import bundled_templates


def visit(session: Session, **dates: date) -> int:
    data = VisitData(
        member_name="Mw. K.",
        municipality_code="GM0193",
        planned_at=datetime(2026, 11, 25, 10, 0),
        help_question="Hulp bij het douchen",
        goals="Zelf blijven wonen",
        dates=dict(dates),
    )
    return create_visit(session, data, bundled_templates()[0]).id


def test_a_visit_copies_the_checklist_and_remembers_the_template(session: Session) -> None:
    view = visit_view(session, visit(session))
    assert len(view.items) == 22
    assert {item.state for item in view.items} == {ItemState.OPEN}
    assert (view.template_title, view.template_version) == ("Keukentafelgesprek Wmo", 1)
    assert view.items[0].section == "Voor het gesprek"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (VisitData(), "naam of de voorletters"),
        (VisitData(member_name="X", municipality_code="GM9999"), "geen bekende gemeente"),
        (VisitData(member_name="X", consulent_id=999), "consulent"),
        (
            VisitData(
                member_name="X",
                dates={"melding_on": date(2026, 5, 1), "application_on": date(2026, 4, 1)},
            ),
            "aanvraag kan niet eerder",
        ),
    ],
)
def test_bad_input_is_one_sentence(session: Session, data: VisitData, message: str) -> None:
    with pytest.raises(VisitError, match=message):
        create_visit(session, data, bundled_templates()[0])


def test_deadlines_follow_the_dates_and_stop_when_answered(session: Session) -> None:
    identifier = visit(session, melding_on=date(2026, 11, 13), application_on=date(2026, 11, 20))
    view = visit_view(session, identifier)
    assert [(d.rule.id, d.due) for d in view.deadlines] == [
        ("personal_plan", date(2026, 11, 20)),
        ("decision", date(2026, 12, 4)),
        ("assessment", date(2026, 12, 28)),  # 25 Dec + Christmas, Boxing Day and a Sunday
    ]
    upcoming = upcoming_deadlines(session, date(2026, 11, 23))
    assert [u.deadline.rule.id for u in upcoming] == ["personal_plan", "decision"]
    answered = dict(view.dates, conversation_on=date(2026, 11, 19))
    assert [d.rule.id for d in open_deadlines(view.deadlines, answered, date(2026, 11, 23))] == [
        "decision",
        "assessment",
    ]


def test_an_overdue_decision_stays_on_start_until_it_comes(session: Session) -> None:
    """Other terms leave Start a week after they ran out; the municipality's decision stays,
    because the member can still act on it (an ingebrekestelling)."""
    identifier = visit(session, melding_on=date(2026, 9, 1), application_on=date(2026, 9, 14))
    today = date(2026, 11, 23)  # the decision was due on 28 September
    assert [(u.deadline.rule.id, u.timing) for u in upcoming_deadlines(session, today)] == [
        ("decision", Timing.OVERDUE)
    ]
    decided = visit_view(session, identifier).dates | {"decision_on": date(2026, 11, 20)}
    record = session.get(Visit, identifier)
    assert record is not None
    data = visit_data(record)
    data.dates = decided
    update_visit(session, record, data)
    assert upcoming_deadlines(session, today) == []  # the bezwaar term ends 1 January 2027


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_sheets_carry_the_visit_its_checklist_and_deadlines(session: Session) -> None:
    identifier = visit(session, melding_on=date(2026, 11, 13))
    view = visit_view(session, identifier)
    set_item(session, view.items[0].id, ItemState.DONE, "Gemeld op 13 november")
    set_item(session, view.items[21].id, ItemState.NOT_APPLICABLE)
    view = visit_view(session, identifier)
    printed = {
        sheet: text_of(
            visit_sheet_pdf(
                view, sheet, organisation="Vereniging Proef", printed_on=date(2026, 11, 23)
            )
        )
        for sheet in ("preparation", "conversation", "followup")
    }
    preparation = printed["preparation"]
    assert "Voorbereiding keukentafelgesprek" in preparation
    assert "Hulp bij het douchen" in preparation
    assert "Gemeld op 13 november" in preparation
    assert "Persoonlijk plan inleveren (7 dagen na de melding) 20 nov 2026" in preparation
    assert "Wmo 2015, art. 2.3.2 lid 2" in preparation
    assert "indicatie" in preparation
    assert "Bezwaar gemaakt als het niet klopt" not in printed["conversation"]  # not applicable
    assert "Mw. K." in printed["conversation"]
    assert "Nog te doen" in printed["followup"]
    assert "De melding is gedaan bij de gemeente" not in printed["followup"]  # done


def test_open_deadlines_export_to_a_calendar(session: Session) -> None:
    from icalendar import Calendar

    from advocaat.visits.service import deadlines_calendar

    visit(session, melding_on=date(2026, 11, 13), conversation_on=date(2026, 11, 18))
    events = sorted(
        (event.decoded("dtstart"), str(event["summary"]))
        for event in Calendar.from_ical(deadlines_calendar(session, date(2026, 11, 23))).walk(
            "VEVENT"
        )
    )
    assert events == [
        (date(2026, 12, 28), "Onderzoek van de gemeente klaar (6 weken na de melding) (Mw. K.)")
    ]


def test_the_follow_up_sheet_leaves_out_deadlines_whose_step_happened(session: Session) -> None:
    identifier = visit(
        session,
        melding_on=date(2026, 11, 13),
        conversation_on=date(2026, 11, 18),
        report_received_on=date(2026, 12, 1),
    )
    text = text_of(
        visit_sheet_pdf(
            visit_view(session, identifier),
            "followup",
            organisation="Vereniging Proef",
            printed_on=date(2026, 12, 2),
        )
    )
    assert "Persoonlijk plan inleveren" not in text
    assert "Elke stap tot nu toe kwam op tijd" in text


def test_the_escalation_deadlines_export_to_the_calendar(session: Session) -> None:
    """The dwangsom's first and last day and the decision on bezwaar (worked out in
    tests/unit/test_escalation.py) are events; a decision made known ends the dwangsom's and the
    lodged bezwaar ends the bezwaar term's."""
    from icalendar import Calendar

    from advocaat.visits.service import deadlines_calendar

    waiting = visit(
        session, application_on=date(2026, 11, 2), notice_received_on=date(2026, 11, 17)
    )
    objected = visit(
        session,
        application_on=date(2026, 11, 2),
        notice_received_on=date(2026, 11, 17),
        decision_on=date(2026, 12, 10),
        objection_on=date(2027, 1, 5),
    )
    first, second = session.get(Visit, waiting), session.get(Visit, objected)
    assert first is not None
    assert second is not None
    second.objection_committee = True
    uids = {first.uid: "waiting", second.uid: "objected"}
    calendar = Calendar.from_ical(deadlines_calendar(session, date(2027, 1, 10)))
    events = {}
    for event in calendar.walk("VEVENT"):
        uid, rule = next(
            (uid, str(event["uid"])[len(uid) + 1 :])
            for uid in uids
            if str(event["uid"]).startswith(uid)
        )
        events[uids[uid], rule] = (event.decoded("dtstart"), str(event["summary"]))
        assert "Indicatieve termijn" in str(event["description"])
    assert events == {
        ("waiting", "decision"): (
            date(2026, 11, 16),
            "Beschikking van de gemeente (2 weken na de aanvraag) (Mw. K.)",
        ),
        ("waiting", "dwangsom_start"): (
            date(2026, 12, 2),
            "Dwangsom begint (2 weken na ontvangst van de ingebrekestelling) (Mw. K.)",
        ),
        ("waiting", "dwangsom_end"): (
            date(2027, 1, 12),
            "Laatste dag van de dwangsom (het maximum) (Mw. K.)",
        ),
        # The bezwaar term ended on 21 January 2027; twelve weeks with the committee.
        ("objected", "objection_decision"): (
            date(2027, 4, 15),
            "Beslissing op bezwaar (6 weken na het einde van de bezwaartermijn, 12 met een"
            " adviescommissie) (Mw. K.)",
        ),
    }
