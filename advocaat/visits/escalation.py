"""When the municipality decides too late: the dwangsom (Awb 4:17) and the bezwaar track (Awb 6:7,
6:8, 7:10), from the rules in ``resources/rules/deadlines.json`` and on the Atw calendar.

As the app applies the Awb (every result is indicative, like every deadline of the app):

- the decision is overdue when its beslistermijn (the "decision" rule) has passed and no
  beschikking has been made known (advocaat.core.timing, as for every deadline);
- art. 4:17 lid 3: the dwangsom is owed from the day after two weeks have passed since the
  municipality received the ingebrekestelling; the two weeks run on by the Atw like every term
  here. An ingebrekestelling received before the beslistermijn passed is premature and starts
  nothing: it has to be sent again;
- the dwangsom is owed for every day until the beschikking is made known, at most for the days of
  its steps together (€ 23, € 35 and € 45 a day for 14 days each: 42 days, € 1,442);
- art. 7:10: the decision on bezwaar is due six weeks (twelve with an advisory committee, lid 1),
  plus six when the municipality extended it (lid 3), counted from the day after the bezwaar term
  ended (that term as the Atw moved it). The Atw moves the end of the whole term once.

The receipt date decides when the dwangsom starts. A member often knows only the day the letter
went out, so when the receipt is unknown the app assumes receipt on the second working day after
sending (ordinary post) and says so beside every result that depends on it; a known receipt date
always wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from advocaat.i18n import _, format_date, format_number
from advocaat.visits.deadlines import (
    Deadline,
    DeadlineRule,
    bundled_rules_file,
    is_working_day,
    rules_document,
    term_end,
)

POSTAL_WORKING_DAYS = 2
"""Working days a posted letter is assumed to take when its receipt date is unknown."""


@dataclass(frozen=True)
class DwangsomStep:
    days: int
    euros_per_day: int


@dataclass(frozen=True)
class DwangsomRule:
    grace_days: int
    steps: tuple[DwangsomStep, ...]
    source: str
    labels: dict[str, str]
    end_labels: dict[str, str]

    @property
    def max_days(self) -> int:
        return sum(step.days for step in self.steps)

    @property
    def max_amount(self) -> int:
        return self.amount(self.max_days)

    def amount(self, days: int) -> int:
        """Euros owed after ``days`` days of dwangsom; the days past the last step add nothing."""
        total, left = 0, max(days, 0)
        for step in self.steps:
            counted = min(left, step.days)
            total += counted * step.euros_per_day
            left -= counted
        return total


@dataclass(frozen=True)
class ObjectionDecisionRule:
    days: int
    committee_days: int
    extension_days: int
    source: str
    labels: dict[str, str]

    def term_days(self, *, committee: bool, extended: bool) -> int:
        return (self.committee_days if committee else self.days) + (
            self.extension_days if extended else 0
        )


@dataclass(frozen=True)
class EscalationRules:
    dwangsom: DwangsomRule | None
    objection_decision: ObjectionDecisionRule | None
    """Either may be missing from a rules file: the app then shows no such deadline."""


def _dwangsom(item: dict[str, Any]) -> DwangsomRule:
    return DwangsomRule(
        item["grace_days"],
        tuple(DwangsomStep(step["days"], step["euros_per_day"]) for step in item["steps"]),
        item["source"],
        item["label"],
        item["end_label"],
    )


def _objection_decision(item: dict[str, Any]) -> ObjectionDecisionRule:
    return ObjectionDecisionRule(
        item["days"], item["committee_days"], item["extension_days"], item["source"], item["label"]
    )


def parse_escalation_rules(data: bytes) -> EscalationRules:
    """The escalation rules of a deadline rules file (format 1); both parts are optional."""
    document = rules_document(data)
    dwangsom, objection = document.get("dwangsom"), document.get("objection_decision")
    return EscalationRules(
        _dwangsom(dwangsom) if dwangsom else None,
        _objection_decision(objection) if objection else None,
    )


@cache
def bundled_escalation_rules() -> EscalationRules:
    return parse_escalation_rules(bundled_rules_file())


def assumed_receipt(sent_on: date, equal_days: frozenset[date] | None = None) -> date:
    """The day a letter posted on ``sent_on`` is assumed to arrive: the second working day after."""
    day, working = sent_on, 0
    while working < POSTAL_WORKING_DAYS:
        day += timedelta(days=1)
        working += is_working_day(day, equal_days)
    return day


@dataclass(frozen=True)
class Dwangsom:
    rule: DwangsomRule
    received_on: date
    receipt_assumed: bool
    """``received_on`` is :func:`assumed_receipt` of the day it was sent, not a known date."""
    first_day: date
    """The first day the dwangsom is owed."""
    last_day: date
    """The last day it can be owed: the maximum is reached at its end."""
    moved_by_atw: bool

    def days(self, on: date, decided_on: date | None = None) -> int:
        """Days owed by the end of ``on``: none from the day the beschikking is made known."""
        until = on if decided_on is None else min(on, decided_on - timedelta(days=1))
        return min(max((until - self.first_day).days + 1, 0), self.rule.max_days)

    def amount(self, on: date, decided_on: date | None = None) -> int:
        """Euros owed by the end of ``on``, capped at the rule's maximum."""
        return self.rule.amount(self.days(on, decided_on))


def dwangsom(
    rule: DwangsomRule,
    decision_due: date,
    *,
    received_on: date | None = None,
    sent_on: date | None = None,
    equal_days: frozenset[date] | None = None,
) -> Dwangsom | None:
    """The dwangsom an ingebrekestelling starts, or ``None``: none sent, or it came too early."""
    assumed = received_on is None
    if received_on is None:
        if sent_on is None:
            return None
        received_on = assumed_receipt(sent_on, equal_days)
    if received_on <= decision_due:
        return None  # premature: the beslistermijn had not passed yet
    grace_end = term_end(received_on, rule.grace_days, equal_days)
    first = grace_end + timedelta(days=1)
    return Dwangsom(
        rule,
        received_on,
        assumed,
        first,
        first + timedelta(days=rule.max_days - 1),
        grace_end != received_on + timedelta(days=rule.grace_days),
    )


def premature(decision_due: date, received_on: date | None, sent_on: date | None) -> bool:
    """The ingebrekestelling reached (or went out to) the municipality before the term passed."""
    known = received_on or sent_on
    return known is not None and known <= decision_due


def objection_decision_due(
    rule: ObjectionDecisionRule,
    objection_term_end: date,
    *,
    committee: bool,
    extended: bool,
    equal_days: frozenset[date] | None = None,
) -> Deadline:
    """The last day for the decision on bezwaar, from the last day of the bezwaar term."""
    days = rule.term_days(committee=committee, extended=extended)
    due = term_end(objection_term_end, days, equal_days)
    as_rule = DeadlineRule("objection_decision", "bezwaartermijn", days, rule.source, rule.labels)
    return Deadline(
        as_rule, objection_term_end, due, due != objection_term_end + timedelta(days=days)
    )


def dwangsom_deadlines(found: Dwangsom) -> list[Deadline]:
    """The dwangsom's first and last day, as deadlines for Start, the form and the calendar."""
    rule = found.rule
    start = DeadlineRule(
        "dwangsom_start", "ingebrekestelling", rule.grace_days, rule.source, rule.labels
    )
    end = DeadlineRule(
        "dwangsom_end",
        "ingebrekestelling",
        rule.grace_days + rule.max_days,
        rule.source,
        rule.end_labels,
    )
    return [
        Deadline(start, found.received_on, found.first_day, found.moved_by_atw),
        Deadline(end, found.received_on, found.last_day, found.moved_by_atw),
    ]


def euros(amount: int) -> str:
    return "€ " + format_number(amount)


def dwangsom_summary(found: Dwangsom, on: date, decided_on: date | None = None) -> list[str]:
    """The dwangsom in sentences for the form, the command line and the letter's reader."""
    lines = [
        _(
            "Dwangsom from {first} to {last} at the most: {days} days so far, {amount} "
            "(at most {maximum}). Source: {source}."
        ).format(
            first=format_date(found.first_day),
            last=format_date(found.last_day),
            days=found.days(on, decided_on),
            amount=euros(found.amount(on, decided_on)),
            maximum=euros(found.rule.max_amount),
            source=found.rule.source,
        )
    ]
    if found.receipt_assumed:
        lines.append(
            _(
                "Assuming the municipality received the ingebrekestelling on {date}, two working "
                "days after it was sent; fill in the day it was received when you know it."
            ).format(date=format_date(found.received_on))
        )
    return lines


def premature_notice(decision_due: date) -> str:
    return _(
        "The ingebrekestelling reached the municipality before the beslistermijn ended on "
        "{date}: it starts no dwangsom. Send it again."
    ).format(date=format_date(decision_due))
