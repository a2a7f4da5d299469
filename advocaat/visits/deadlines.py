"""Wmo and Awb deadlines, computed with the Algemene termijnenwet (Atw), from rules kept as data.

The rules (which term, counted from which event, its source article) live in
``resources/rules/deadlines.json``; the days a Besluit gelijkstelling makes equal to holidays live
in ``resources/rules/atw.json``. Both are read by pure functions over bytes with size limits, their
schemas (resources/schemas/) and typed errors, because the national office can ship newer
versions. Every result is indicative: the app says so wherever it shows one.

Atw, as the app applies it:

- art. 1: a term that ends on a Saturday, Sunday or holiday runs on to the next day that is none;
- art. 2: a term of three days or more holds at least two such working days;
- art. 3: the holidays are New Year's Day, Good Friday, Easter Monday, King's Day (27 April, or 26
  April when the 27th is a Sunday), 5 May every year, Ascension Day, Whit Monday and both
  Christmas days, plus the days of the Besluit gelijkstelling.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any

from dateutil.easter import easter

from advocaat.core.schemas import SchemaError, load_json, validate
from advocaat.errors import UserFacingError
from advocaat.i18n import _, current_language

FORMAT = 1
RULES_SCHEMA = "deadline-rules"
CALENDAR_SCHEMA = "atw-calendar"
MAX_RULES_BYTES = 200_000
MAX_VALUES = 20_000
SATURDAY = 5


class RulesError(UserFacingError):
    """A rules file that cannot be used; the rules in use stay as they were."""


@dataclass(frozen=True)
class DeadlineRule:
    id: str
    after: str
    """The event the term counts from: "melding", "aanvraag" or "beschikking"; the escalation's
    terms (advocaat.visits.escalation) count from "ingebrekestelling" or "bezwaartermijn"."""
    days: int
    source: str
    labels: dict[str, str]

    def label(self) -> str:
        return self.labels.get(current_language().code) or next(iter(self.labels.values()))


@dataclass(frozen=True)
class Deadline:
    rule: DeadlineRule
    starts_from: date
    due: date
    """The last day of the term, after the Atw."""
    moved_by_atw: bool


def _document(data: bytes, schema: str, what: str) -> dict[str, Any]:
    """The rules file validated against its schema; :class:`SchemaError` names the wrong field."""
    if len(data) > MAX_RULES_BYTES:
        raise RulesError(_("The {what} file is too large.").format(what=what))
    document = load_json(
        data,
        max_bytes=MAX_RULES_BYTES,
        max_values=MAX_VALUES,
        refuse=lambda: RulesError(_("The {what} file is not valid JSON.").format(what=what)),
    )
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise RulesError(
            _("The {what} file has a format this app does not know.").format(what=what)
        )
    validate(document, schema, FORMAT)
    return document


def rules_document(data: bytes) -> dict[str, Any]:
    """A rules file (format 1) validated against its schema, for every reader of its parts."""
    try:
        return _document(data, RULES_SCHEMA, _("deadline rules"))
    except SchemaError as error:
        raise RulesError(
            _("The deadline rules file has an incomplete rule (at {field}).").format(
                field=error.where
            )
        ) from error


def parse_rules(data: bytes) -> list[DeadlineRule]:
    """The deadline rules of a rules file (format 1)."""
    document = rules_document(data)
    return [
        DeadlineRule(item["id"], item["after"], item["days"], item["source"], item["label"])
        for item in document["rules"]
    ]


def parse_equal_days(data: bytes) -> frozenset[date]:
    """The days made equal to holidays (Atw art. 3 lid 3) of an Atw file (format 1)."""
    try:
        document = _document(data, CALENDAR_SCHEMA, _("Atw calendar"))
    except SchemaError as error:
        raise RulesError(
            _("The Atw calendar file has a day that is not a date (at {field}).").format(
                field=error.where
            )
        ) from error
    return frozenset(date.fromisoformat(item["date"]) for item in document["equal_to_holidays"])


def bundled_rules_file() -> bytes:
    return (resources.files("advocaat.resources.rules") / "deadlines.json").read_bytes()


@cache
def bundled_rules() -> tuple[DeadlineRule, ...]:
    return tuple(parse_rules(bundled_rules_file()))


@cache
def bundled_equal_days() -> frozenset[date]:
    folder = resources.files("advocaat.resources.rules")
    return parse_equal_days((folder / "atw.json").read_bytes())


def kings_day(year: int) -> date:
    day = date(year, 4, 27)
    return day - timedelta(days=1) if day.weekday() == 6 else day


def holidays(year: int, equal_days: frozenset[date] | None = None) -> set[date]:
    """The Atw holidays of ``year`` (art. 3), with the days made equal to them."""
    easter_sunday = easter(year)
    fixed = {
        date(year, 1, 1),
        easter_sunday - timedelta(days=2),  # Goede Vrijdag (lid 2)
        easter_sunday + timedelta(days=1),  # tweede Paasdag
        kings_day(year),
        date(year, 5, 5),  # every year, not only every fifth
        easter_sunday + timedelta(days=39),  # Hemelvaartsdag
        easter_sunday + timedelta(days=50),  # tweede Pinksterdag
        date(year, 12, 25),
        date(year, 12, 26),
    }
    extra = bundled_equal_days() if equal_days is None else equal_days
    return fixed | {day for day in extra if day.year == year}


def is_working_day(day: date, equal_days: frozenset[date] | None = None) -> bool:
    return day.weekday() < SATURDAY and day not in holidays(day.year, equal_days)


def term_end(start: date, days: int, equal_days: frozenset[date] | None = None) -> date:
    """The last day of a term of ``days`` counted from ``start``, under Atw art. 1 and 2."""
    end = start + timedelta(days=days)
    if days >= 3:
        working = sum(
            is_working_day(start + timedelta(days=offset), equal_days)
            for offset in range(1, days + 1)
        )
        while working < 2:
            end += timedelta(days=1)
            working += is_working_day(end, equal_days)
    while not is_working_day(end, equal_days):
        end += timedelta(days=1)
    return end


def deadlines(
    events: dict[str, date],
    rules: tuple[DeadlineRule, ...] | None = None,
    equal_days: frozenset[date] | None = None,
) -> list[Deadline]:
    """The deadlines that follow from the procedure dates known so far, earliest first."""
    found = []
    for rule in bundled_rules() if rules is None else rules:
        start = events.get(rule.after)
        if start is None:
            continue
        due = term_end(start, rule.days, equal_days)
        found.append(Deadline(rule, start, due, due != start + timedelta(days=rule.days)))
    return sorted(found, key=lambda deadline: deadline.due)
