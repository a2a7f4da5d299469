"""The dwangsom (Awb 4:17) and the bezwaar track (Awb 6:7, 6:8, 7:10), against worked examples.

Every example is worked out by hand in its comment, on the Atw calendar of 2026/2027.
"""

from __future__ import annotations

import contextlib
import json
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advocaat.visits.deadlines import RulesError, bundled_rules_file, term_end
from advocaat.visits.escalation import (
    EscalationRules,
    assumed_receipt,
    bundled_escalation_rules,
    dwangsom,
    dwangsom_deadlines,
    objection_decision_due,
    parse_escalation_rules,
    premature,
)

pytestmark = pytest.mark.usefixtures("english")

RULES = bundled_escalation_rules()
DWANGSOM = RULES.dwangsom
OBJECTION = RULES.objection_decision
assert DWANGSOM is not None
assert OBJECTION is not None


def test_the_rules_are_data_with_their_article() -> None:
    assert DWANGSOM.source == "Awb, art. 4:17"
    assert DWANGSOM.grace_days == 14
    assert [(step.days, step.euros_per_day) for step in DWANGSOM.steps] == [
        (14, 23),
        (14, 35),
        (14, 45),
    ]
    assert DWANGSOM.max_days == 42
    assert DWANGSOM.max_amount == 14 * 23 + 14 * 35 + 14 * 45 == 1442
    assert OBJECTION.source == "Awb, art. 7:10 lid 1 en 3"
    assert (OBJECTION.days, OBJECTION.committee_days, OBJECTION.extension_days) == (42, 84, 42)
    for labels in (DWANGSOM.labels, DWANGSOM.end_labels, OBJECTION.labels):
        assert set(labels) == {"nl", "en"}


# Application on Monday 2 November 2026: the beslistermijn (2 weeks, Wmo 2.3.5) ends on Monday
# 16 November. The ingebrekestelling reaches the municipality on Tuesday 17 November; two weeks
# later is Tuesday 1 December, a working day; the dwangsom is owed from Wednesday 2 December.
# Day 1 is 2 December, day 14 is 15 December, day 28 is 29 December, day 42 (the last) is
# 12 January 2027.
DUE = term_end(date(2026, 11, 2), 14)
RUNNING = dwangsom(DWANGSOM, DUE, received_on=date(2026, 11, 17))
FIRST = date(2026, 12, 2)


def test_worked_example_start_and_end() -> None:
    assert date(2026, 11, 16) == DUE
    assert RUNNING is not None
    assert (RUNNING.first_day, RUNNING.last_day) == (FIRST, date(2027, 1, 12))
    assert not RUNNING.receipt_assumed
    assert not RUNNING.moved_by_atw


@pytest.mark.parametrize(
    ("day_number", "amount"),
    [
        (0, 0),  # 1 December: still within the two weeks
        (1, 23),
        (14, 14 * 23),  # 322
        (15, 322 + 35),  # 357
        (28, 322 + 14 * 35),  # 812
        (29, 812 + 45),  # 857
        (42, 812 + 14 * 45),  # 1,442
        (43, 1442),  # capped
        (200, 1442),
    ],
)
def test_worked_example_amounts(day_number: int, amount: int) -> None:
    assert RUNNING is not None
    on = FIRST + timedelta(days=day_number - 1)
    assert RUNNING.amount(on) == amount
    assert RUNNING.days(on) == min(day_number, 42)


def test_before_the_ingebrekestelling_nothing_is_owed() -> None:
    assert RUNNING is not None
    assert RUNNING.amount(date(2026, 11, 1)) == 0


def test_the_dwangsom_stops_when_the_decision_is_made_known() -> None:
    # Decided on 10 December: owed for 2 to 9 December, 8 days of € 23; later days add nothing.
    assert RUNNING is not None
    assert RUNNING.days(date(2027, 3, 1), decided_on=date(2026, 12, 10)) == 8
    assert RUNNING.amount(date(2027, 3, 1), decided_on=date(2026, 12, 10)) == 184
    assert RUNNING.amount(date(2027, 3, 1), decided_on=FIRST) == 0


def test_the_two_weeks_run_on_over_ascension_and_its_bridge_day() -> None:
    # Application on Monday 13 April 2026: the beslistermijn ends on Koningsdag (Monday 27 April)
    # and runs on to Tuesday 28 April. Received on Thursday 30 April: two weeks later is Ascension
    # Day (14 May), then the bridge day (15 May, Besluit gelijkstelling) and the weekend, so the
    # two weeks end on Monday 18 May; the dwangsom runs from Tuesday 19 May to Monday 29 June.
    due = term_end(date(2026, 4, 13), 14)
    assert due == date(2026, 4, 28)
    found = dwangsom(DWANGSOM, due, received_on=date(2026, 4, 30))
    assert found is not None
    assert (found.first_day, found.last_day, found.moved_by_atw) == (
        date(2026, 5, 19),
        date(2026, 6, 29),
        True,
    )
    assert found.amount(date(2026, 5, 18)) == 0
    assert found.amount(date(2026, 5, 19)) == 23


def test_an_ingebrekestelling_before_the_term_passed_starts_nothing() -> None:
    assert dwangsom(DWANGSOM, DUE, received_on=DUE) is None
    assert premature(DUE, DUE, None)
    assert premature(DUE, None, DUE - timedelta(days=3))
    assert not premature(DUE, DUE + timedelta(days=1), None)
    assert not premature(DUE, None, None)
    assert dwangsom(DWANGSOM, DUE) is None


@pytest.mark.parametrize(
    ("sent", "assumed"),
    [
        (date(2026, 11, 20), date(2026, 11, 24)),  # Friday: Monday and Tuesday
        (date(2026, 12, 24), date(2026, 12, 29)),  # Christmas, Boxing Day, weekend
        (date(2026, 11, 17), date(2026, 11, 19)),  # Tuesday: Thursday
    ],
)
def test_an_unknown_receipt_is_assumed_two_working_days_after_sending(
    sent: date, assumed: date
) -> None:
    assert assumed_receipt(sent) == assumed
    found = dwangsom(DWANGSOM, DUE, sent_on=sent)
    assert found is not None
    assert found.receipt_assumed
    assert found.received_on == assumed
    known = dwangsom(DWANGSOM, DUE, received_on=sent, sent_on=sent)
    assert known is not None
    assert not known.receipt_assumed
    assert known.received_on == sent


def test_the_dwangsom_days_become_deadlines() -> None:
    assert RUNNING is not None
    start, end = dwangsom_deadlines(RUNNING)
    assert (start.rule.id, start.due, start.rule.source) == (
        "dwangsom_start",
        FIRST,
        "Awb, art. 4:17",
    )
    assert (end.rule.id, end.due) == ("dwangsom_end", date(2027, 1, 12))
    assert start.rule.label().startswith("Penalty starts")


# The beschikking is made known on Thursday 1 October 2026; the bezwaar term (6 weeks, Awb 6:7,
# counted from the day after, 6:8) ends on Thursday 12 November. Awb 7:10 counts from the day
# after: 6 weeks is Thursday 24 December; 12 weeks (advisory committee) Thursday 4 February 2027;
# each extended by 6 weeks: 4 February and 18 March 2027.
@pytest.mark.parametrize(
    ("committee", "extended", "due"),
    [
        (False, False, date(2026, 12, 24)),
        (True, False, date(2027, 2, 4)),
        (False, True, date(2027, 2, 4)),
        (True, True, date(2027, 3, 18)),
    ],
)
def test_decision_on_bezwaar(committee: bool, extended: bool, due: date) -> None:
    term = term_end(date(2026, 10, 1), 42)
    assert term == date(2026, 11, 12)
    found = objection_decision_due(OBJECTION, term, committee=committee, extended=extended)
    assert (found.rule.id, found.due, found.moved_by_atw) == ("objection_decision", due, False)
    assert found.rule.source == "Awb, art. 7:10 lid 1 en 3"


def test_decision_on_bezwaar_ending_at_christmas_runs_on() -> None:
    # Made known Friday 2 October: the bezwaar term ends Friday 13 November; six weeks later is
    # Christmas Day, then Boxing Day and the weekend: Monday 28 December.
    term = term_end(date(2026, 10, 2), 42)
    assert term == date(2026, 11, 13)
    found = objection_decision_due(OBJECTION, term, committee=False, extended=False)
    assert (found.due, found.moved_by_atw) == (date(2026, 12, 28), True)


def test_decision_on_bezwaar_counts_from_the_term_as_the_atw_moved_it() -> None:
    # Made known Monday 16 March: the bezwaar term would end on Koningsdag (27 April) and runs on
    # to Tuesday 28 April; six weeks after that is Tuesday 9 June.
    term = term_end(date(2026, 3, 16), 42)
    assert term == date(2026, 4, 28)
    found = objection_decision_due(OBJECTION, term, committee=False, extended=False)
    assert found.due == date(2026, 6, 9)


def test_a_rules_file_without_the_escalation_reads_as_before() -> None:
    document = json.loads(bundled_rules_file())
    del document["dwangsom"], document["objection_decision"]
    assert parse_escalation_rules(json.dumps(document).encode()) == EscalationRules(None, None)


@pytest.mark.parametrize(
    ("part", "change"),
    [
        ("dwangsom", {"steps": []}),
        ("dwangsom", {"grace_days": 0}),
        ("dwangsom", {"steps": [{"days": 14, "euros_per_day": -1}]}),
        ("objection_decision", {"committee_days": "12 weeks"}),
        ("objection_decision", {"source": " "}),
    ],
)
def test_a_bad_escalation_rule_is_refused(part: str, change: dict[str, object]) -> None:
    document = json.loads(bundled_rules_file())
    document[part] |= change
    with pytest.raises(RulesError, match="incomplete rule"):
        parse_escalation_rules(json.dumps(document).encode())


@given(st.binary(max_size=2000))
def test_any_bytes_are_read_or_refused_in_one_sentence(data: bytes) -> None:
    with contextlib.suppress(RulesError):
        parse_escalation_rules(data)


@given(
    st.lists(st.tuples(st.integers(1, 60), st.integers(0, 500)), min_size=1, max_size=5),
    st.integers(-5, 400),
)
def test_the_amount_never_passes_the_maximum(steps: list[tuple[int, int]], days: int) -> None:
    document = json.loads(bundled_rules_file())
    document["dwangsom"]["steps"] = [{"days": d, "euros_per_day": e} for d, e in steps]
    rule = parse_escalation_rules(json.dumps(document).encode()).dwangsom
    assert rule is not None
    assert 0 <= rule.amount(days) <= rule.max_amount == sum(d * e for d, e in steps)
