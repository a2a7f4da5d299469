"""Wmo and Awb deadlines under the Algemene termijnenwet, with the edge cases that matter."""

from __future__ import annotations

from datetime import date

import pytest

from advocaat.visits.deadlines import (
    RulesError,
    bundled_equal_days,
    bundled_rules,
    deadlines,
    holidays,
    is_working_day,
    kings_day,
    parse_equal_days,
    parse_rules,
    term_end,
)

pytestmark = pytest.mark.usefixtures("english")


def test_holidays_of_2026_include_good_friday_5_may_and_bridge_days() -> None:
    assert holidays(2026) == {
        date(2026, 1, 1),
        date(2026, 1, 2),  # Besluit gelijkstelling
        date(2026, 4, 3),  # Goede Vrijdag
        date(2026, 4, 6),  # tweede Paasdag
        date(2026, 4, 27),  # Koningsdag
        date(2026, 5, 5),  # every year
        date(2026, 5, 14),  # Hemelvaartsdag
        date(2026, 5, 15),  # Besluit gelijkstelling
        date(2026, 5, 25),  # tweede Pinksterdag
        date(2026, 12, 25),
        date(2026, 12, 26),
    }


def test_kings_day_moves_to_the_26th_when_the_27th_is_a_sunday() -> None:
    assert kings_day(2025) == date(2025, 4, 26)
    assert kings_day(2026) == date(2026, 4, 27)


@pytest.mark.parametrize(
    ("start", "days", "expected", "why"),
    [
        (date(2026, 3, 16), 42, date(2026, 4, 28), "ends on Koningsdag, a Monday"),
        (date(2026, 2, 23), 42, date(2026, 4, 7), "ends on Easter Monday, Good Friday before"),
        (date(2026, 4, 6), 6, date(2026, 4, 13), "ends on a Sunday: runs on to Monday"),
        (
            date(2026, 4, 21),
            14,
            date(2026, 5, 6),
            "ends on 5 May, also in a year not ending in 0 or 5",
        ),
        (date(2026, 5, 1), 14, date(2026, 5, 18), "ends on the bridge day after Ascension"),
        (date(2026, 11, 2), 14, date(2026, 11, 16), "an ordinary Monday stays"),
    ],
)
def test_term_ending_on_a_day_off_runs_on(start: date, days: int, expected: date, why: str) -> None:
    assert term_end(start, days) == expected, why


def test_a_short_term_holds_at_least_two_working_days() -> None:
    # Three days from Wednesday 24 December 2025: Christmas, Boxing Day and Saturday hold no
    # working day, so the term runs to the second working day, Tuesday 30 December (art. 2);
    # art. 1 alone would have stopped on Monday the 29th.
    assert term_end(date(2025, 12, 24), 3) == date(2025, 12, 30)


def test_deadlines_follow_from_the_dates_known_so_far() -> None:
    found = deadlines({"melding": date(2026, 3, 16)})
    assert [(d.rule.id, d.due, d.moved_by_atw) for d in found] == [
        ("personal_plan", date(2026, 3, 23), False),
        ("assessment", date(2026, 4, 28), True),
    ]
    later = deadlines({"melding": date(2026, 3, 16), "aanvraag": date(2026, 5, 1)})
    assert [d.rule.id for d in later] == ["personal_plan", "assessment", "decision"]
    assert later[-1].due == date(2026, 5, 18)


def test_every_rule_names_its_source_and_speaks_both_languages() -> None:
    rules = bundled_rules()
    assert {rule.id for rule in rules} == {"personal_plan", "assessment", "decision", "objection"}
    sources = {rule.id: rule.source for rule in rules}
    assert sources["objection"] == "Awb, art. 6:7 en 6:8"
    assert sources["assessment"] == "Wmo 2015, art. 2.3.2 lid 1"
    assert all(set(rule.labels) == {"nl", "en"} for rule in rules)
    assert rules[0].label().startswith("Hand in")


def test_the_office_can_ship_newer_equal_days() -> None:
    newer = parse_equal_days(
        b'{"format": 1, "equal_to_holidays": [{"date": "2029-05-11", "source": "x"}]}'
    )
    assert not is_working_day(date(2029, 5, 11), newer)
    assert is_working_day(date(2029, 5, 11), bundled_equal_days())


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"not json", "not valid JSON"),
        (b'{"format": 2, "rules": []}', "format this app does not know"),
        (b'{"format": 1, "rules": [{"id": "x"}]}', "incomplete rule"),
        (b"{" + b" " * 300_000 + b"}", "too large"),
    ],
)
def test_a_bad_rules_file_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(RulesError, match=message):
        parse_rules(data)


def test_a_bad_atw_file_is_refused() -> None:
    with pytest.raises(RulesError, match="not a date"):
        parse_equal_days(b'{"format": 1, "equal_to_holidays": [{"date": "31-12-2029"}]}')
