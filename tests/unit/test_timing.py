"""Done, overdue, planned and past: the one place that decides, and the domain rules built on it."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy.orm import Session

from advocaat.contacts.moments import MomentData, follow_up_timing, log_moment
from advocaat.contacts.people import PersonData, create_person
from advocaat.core.timing import Timing, due_timing, event_timing, happened, last_past_day
from advocaat.visits.deadlines import Deadline, DeadlineRule, bundled_rules
from advocaat.visits.escalation import (
    bundled_escalation_rules,
    dwangsom,
    dwangsom_deadlines,
    objection_decision_due,
)
from advocaat.visits.service import ANSWERED_BY, deadline_timing, open_deadlines

TODAY = date(2026, 11, 23)
DAY = timedelta(days=1)

DUE_CASES = [
    # (name, due, done, expected)
    ("done-past", TODAY - DAY, True, Timing.DONE),
    ("done-today", TODAY, True, Timing.DONE),
    ("done-future", TODAY + DAY, True, Timing.DONE),
    ("open-past", TODAY - DAY, False, Timing.OVERDUE),
    ("open-long-past", TODAY - 400 * DAY, False, Timing.OVERDUE),
    ("open-today", TODAY, False, Timing.PLANNED),
    ("open-future", TODAY + DAY, False, Timing.PLANNED),
]
EVENT_CASES = [
    ("past", TODAY - DAY, Timing.PAST),
    ("today", TODAY, Timing.PAST),
    ("future", TODAY + DAY, Timing.PLANNED),
]


@pytest.mark.parametrize(("name", "due", "done", "expected"), DUE_CASES)
def test_a_due_thing_is_done_overdue_or_planned(
    name: str, due: date, done: bool, expected: Timing
) -> None:
    assert due_timing(due, done, TODAY) is expected, name


@pytest.mark.parametrize(("name", "day", "expected"), EVENT_CASES)
def test_a_moment_is_past_from_its_own_day_on(name: str, day: date, expected: Timing) -> None:
    assert event_timing(day, TODAY) is expected, name
    assert happened(day, TODAY) is (expected is Timing.PAST)
    assert (day <= last_past_day(TODAY)) is (expected is Timing.PAST)  # what queries compare


def test_no_day_has_not_happened() -> None:
    assert not happened(None, TODAY)


def _deadline(rule_id: str, due: date) -> Deadline:
    rules = (*bundled_rules(), *escalation_rules())
    rule = next(rule for rule in rules if rule.id == rule_id)
    return Deadline(rule, due - timedelta(days=rule.days), due, moved_by_atw=False)


@pytest.mark.parametrize("rule_id", sorted(ANSWERED_BY))
@pytest.mark.parametrize(
    ("answered", "due", "expected"),
    [
        (TODAY - DAY, TODAY - DAY, Timing.DONE),  # done-past
        (TODAY, TODAY + 5 * DAY, Timing.DONE),  # done-future: the step came early
        (None, TODAY - DAY, Timing.OVERDUE),
        (None, TODAY, Timing.PLANNED),
        (None, TODAY + DAY, Timing.PLANNED),
        (TODAY + DAY, TODAY - DAY, Timing.OVERDUE),  # the step is only planned: not done yet
        (TODAY + DAY, TODAY + 5 * DAY, Timing.PLANNED),
    ],
)
def test_a_deadline_is_done_once_its_step_has_happened(
    rule_id: str, answered: date | None, due: date, expected: Timing
) -> None:
    found = _deadline(rule_id, due)
    dates = {ANSWERED_BY[rule_id]: answered}
    assert deadline_timing(found, dates, TODAY) is expected
    assert (found in open_deadlines([found], dates, TODAY)) is (expected is not Timing.DONE)


def test_the_term_to_object_stays_open_until_the_bezwaar_is_lodged() -> None:
    """The decision does not end the term to object: past its day it is overdue until lodged."""
    objection = _deadline("objection", TODAY - DAY)
    assert deadline_timing(objection, {"decision_on": TODAY - 50 * DAY}, TODAY) is Timing.OVERDUE
    assert deadline_timing(objection, {"objection_on": TODAY - 2 * DAY}, TODAY) is Timing.DONE


def escalation_rules() -> list[DeadlineRule]:
    """The rules of the escalation's deadlines, as a visit with every date of it shows them."""
    rules = bundled_escalation_rules()
    assert rules.dwangsom is not None
    assert rules.objection_decision is not None
    running = dwangsom(rules.dwangsom, TODAY - 40 * DAY, received_on=TODAY - 30 * DAY)
    assert running is not None
    found = [
        *dwangsom_deadlines(running),
        objection_decision_due(rules.objection_decision, TODAY, committee=False, extended=False),
    ]
    return [deadline.rule for deadline in found]


@pytest.mark.parametrize(("name", "due", "done", "expected"), DUE_CASES)
def test_a_follow_up_of_a_moment_is_timed_alike(
    session: Session, name: str, due: date, done: bool, expected: Timing
) -> None:
    person = create_person(session, PersonData(given_name="Sanne", family_name="Mulder")).id
    moment = log_moment(session, MomentData(
        happened_on=TODAY - 30 * DAY, summary="Gebeld", person_ids=[person],
        follow_up="Terugbellen", follow_up_due=due,
    ))  # fmt: skip
    if done:
        moment.follow_up_done_at = datetime(2026, 11, 20, 9, 0)
    assert follow_up_timing(moment, TODAY) is expected, name
    moment.follow_up, moment.follow_up_due = "", None
    assert follow_up_timing(moment, TODAY) is None
