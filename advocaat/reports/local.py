"""The numbers behind a volunteer's local reports, computed from their own database.

Two questions a volunteer brings to a Wmo-raad meeting or a talk with the wethouder: what did
members run into here (:func:`signal_report`), and what did I do this year (:func:`year_overview`).
The answers are plain values with codes, not labels, so a report can be printed in any language.
Withdrawn signals are never counted; nothing about members is read, only anonymised signal texts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from advocaat.core.text import fold
from advocaat.core.timing import happened, last_past_day
from advocaat.db.contact_tables import ContactMoment, Person, Position
from advocaat.db.models import Municipality
from advocaat.db.signal_tables import Signal, SignalExport, SignalExported
from advocaat.db.visit_tables import Visit
from advocaat.errors import UserFacingError
from advocaat.i18n import _
from advocaat.organisation.municipalities import successor_of, successors_in_use
from advocaat.signals.cost import Cost
from advocaat.signals.service import signal_cost, signal_themes


class ReportError(UserFacingError):
    pass


@dataclass(frozen=True)
class Tally:
    """How many signals (and people) share a label: a theme, a law code or a month (YYYY-MM)."""

    label: str
    signals: int
    people: int
    yearly_cents: int = 0
    """The estimated total cost per year of the signals with an estimate (signals.cost)."""
    estimated: int = 0
    """How many of the signals had an estimate."""


@dataclass(frozen=True)
class ReportSignal:
    happened_on: date
    municipality: str
    themes: tuple[str, ...]
    law: str
    people: int
    text: str
    cost: Cost | None = None

    @property
    def yearly_cents(self) -> int:
        return self.cost.yearly_cents(self.people) if self.cost else 0


@dataclass(frozen=True)
class SignalReport:
    municipalities: tuple[str, ...]
    """Names of the chosen municipalities; empty means all of them."""
    date_from: date | None
    date_to: date | None
    signals: tuple[ReportSignal, ...]
    per_municipality: tuple[Tally, ...]
    per_theme: tuple[Tally, ...]
    """A signal with two themes counts for each of them."""
    per_law: tuple[Tally, ...]
    per_month: tuple[Tally, ...]
    """Every month from the first signal to the last, quiet months included."""

    @property
    def people(self) -> int:
        return sum(signal.people for signal in self.signals)


@dataclass(frozen=True)
class MunicipalityWork:
    municipality: str
    """The name; empty for contact moments with people of no known municipality."""
    contact_moments: int
    visits: int
    signals: int


@dataclass(frozen=True)
class YearOverview:
    year: int
    per_municipality: tuple[MunicipalityWork, ...]
    contact_moments: int
    """Each moment once, also when it involved several municipalities."""
    visits: int
    signals: int
    signals_sent: int
    """Of the year's signals, those that went to the national office in an export file."""
    export_files: int
    feedback: tuple[Tally, ...]
    """Signals the office answered this year, per office status code (people: those signals')."""

    @property
    def feedback_received(self) -> int:
        return sum(tally.signals for tally in self.feedback)


def check_period(date_from: date | None, date_to: date | None) -> None:
    if date_from and date_to and date_from > date_to:
        raise ReportError(_("The start of the period lies after its end."))


def _tallies(pairs: Iterable[tuple[str, int]]) -> tuple[Tally, ...]:
    """Count (label, people) pairs, the most signals first, then by name, no label last."""
    return _costed_tallies((label, count, None) for label, count in pairs)


def _costed_tallies(
    triples: Iterable[tuple[str, int, ReportSignal | None]],
) -> tuple[Tally, ...]:
    """Count (label, people, signal) triples as :func:`_tallies`, with the signals' estimates."""
    signals: Counter[str] = Counter()
    people: Counter[str] = Counter()
    cents: Counter[str] = Counter()
    estimated: Counter[str] = Counter()
    for label, count, signal in triples:
        signals[label] += 1
        people[label] += count
        if signal is not None and signal.cost is not None:
            cents[label] += signal.yearly_cents
            estimated[label] += 1
    order = sorted(signals, key=lambda label: (-signals[label], not label, fold(label)))
    return tuple(
        Tally(label, signals[label], people[label], cents[label], estimated[label])
        for label in order
    )


def _months(signals: tuple[ReportSignal, ...]) -> tuple[Tally, ...]:
    """Signals per month from the first to the last (``signals`` come oldest first)."""
    counted = {t.label: t for t in _tallies((f"{s.happened_on:%Y-%m}", s.people) for s in signals)}
    if not counted:
        return ()
    first, last = signals[0].happened_on, signals[-1].happened_on
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        label = f"{year:04d}-{month:02d}"
        months.append(counted.get(label, Tally(label, 0, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(months)


def _names(session: Session) -> dict[str, str]:
    return dict(session.execute(select(Municipality.cbs_code, Municipality.name)).all())


def signal_report(
    session: Session,
    municipalities: tuple[str, ...],
    date_from: date | None = None,
    date_to: date | None = None,
) -> SignalReport:
    """The user's own signals about ``municipalities`` (CBS codes; none: all) in the period."""
    check_period(date_from, date_to)
    names = _names(session)
    successors = successors_in_use(session)
    query = select(Signal).where(Signal.withdrawn.is_(False))
    if municipalities:  # a municipality's own signals and those of the ones merged into it
        wanted = [code for code in names if successor_of(code, successors) in municipalities]
        query = query.where(Signal.municipality_code.in_(wanted))
    if date_from:
        query = query.where(Signal.happened_on >= date_from)
    if date_to:
        query = query.where(Signal.happened_on <= date_to)
    found = session.scalars(query.order_by(Signal.happened_on, Signal.id)).all()
    signals = tuple(
        ReportSignal(
            happened_on=signal.happened_on,
            municipality=names.get(signal.municipality_code or "", ""),
            themes=tuple(signal_themes(signal)),
            law=signal.law,
            people=signal.people_count,
            text=signal.text,
            cost=signal_cost(signal),
        )
        for signal in found
    )
    now_under = (names.get(successor_of(s.municipality_code or "", successors), "") for s in found)
    return SignalReport(
        municipalities=tuple(names.get(code, code) for code in municipalities),
        date_from=date_from,
        date_to=date_to,
        signals=signals,
        per_municipality=_costed_tallies(
            (place, s.people, s) for place, s in zip(now_under, signals, strict=True)
        ),
        per_theme=_costed_tallies(
            (theme, s.people, s) for s in signals for theme in s.themes or ("",)
        ),
        per_law=_tallies((s.law, s.people) for s in signals),
        per_month=_months(signals),
    )


def _moment_municipalities(moment: ContactMoment) -> set[str]:
    """Where a moment took place: the municipalities of its organisations and people, where a
    person without one counts for the organisations they work at now."""
    codes = {o.municipality_code for o in moment.organisations if o.municipality_code}
    for person in moment.people:
        if person.municipality_code:
            codes.add(person.municipality_code)
        else:
            codes |= {
                p.organisation.municipality_code
                for p in person.positions
                if p.ended_on is None and p.organisation and p.organisation.municipality_code
            }
    return codes or {""}


def _visit_day(visit: Visit) -> date | None:
    """The day of the conversation, else the day it was planned, else the melding."""
    planned = visit.planned_at.date() if visit.planned_at else None
    return visit.conversation_on or planned or visit.melding_on


def _moments(session: Session, first: date, last: date) -> tuple[int, Counter[str]]:
    """How many contact moments there were, and how many touched each municipality."""
    moments = session.scalars(
        select(ContactMoment)
        .where(ContactMoment.happened_on.between(first, last))
        .options(
            selectinload(ContactMoment.organisations),
            selectinload(ContactMoment.people)
            .selectinload(Person.positions)
            .selectinload(Position.organisation),
        )
    ).all()
    return len(moments), Counter(code for m in moments for code in _moment_municipalities(m))


def _visits(session: Session, first: date, last: date, today: date) -> Counter[str]:
    """Per municipality, the visits of the period that have taken place by ``today``."""
    return Counter(
        visit.municipality_code or ""
        for visit in session.scalars(select(Visit))
        if (day := _visit_day(visit)) and happened(day, today) and first <= day <= last
    )


def _exports(session: Session, year: int) -> int:
    created = SignalExport.created_at
    return (
        session.scalar(
            select(func.count(SignalExport.id)).where(
                created >= datetime(year, 1, 1), created < datetime(year + 1, 1, 1)
            )
        )
        or 0
    )


def _feedback(session: Session, year: int) -> tuple[Tally, ...]:
    answered = session.execute(
        select(Signal.office_status, Signal.people_count).where(
            Signal.office_status.is_not(None),
            Signal.office_updated_at >= datetime(year, 1, 1),
            Signal.office_updated_at < datetime(year + 1, 1, 1),
        )
    )
    return _tallies((status or "", people) for status, people in answered)


def _signals(session: Session, first: date, last: date) -> tuple[Counter[str], int]:
    """Per municipality, the signals of the period not withdrawn; and how many of them went to
    the office in an export file. Counted by the database: a year may hold 100,000 signals."""
    counted = (Signal.withdrawn.is_(False), Signal.happened_on.between(first, last))
    per_code: Counter[str] = Counter()
    grouped = select(Signal.municipality_code, func.count()).where(*counted)
    for code, count in session.execute(grouped.group_by(Signal.municipality_code)):
        per_code[code or ""] += count
    sent = select(func.count()).where(*counted, Signal.id.in_(select(SignalExported.signal_id)))
    return per_code, session.scalar(sent) or 0


def _under_successors(counted: Counter[str], successors: dict[str, str]) -> Counter[str]:
    """The counts of merged municipalities added to their successors'."""
    now_under: Counter[str] = Counter()
    for code, count in counted.items():
        now_under[successor_of(code, successors)] += count
    return now_under


def year_overview(session: Session, year: int, *, today: date) -> YearOverview:
    """The volunteer's own work in calendar ``year``, per municipality and in all.

    Contact moments and visits count once they have taken place: a planned one is no work yet.
    """
    first, last = date(year, 1, 1), date(year, 12, 31)
    moment_count, moments = _moments(session, first, min(last, last_past_day(today)))
    signals, signals_sent = _signals(session, first, last)
    successors = successors_in_use(session)
    moment_codes, visit_codes, signal_codes = (
        _under_successors(counted, successors)
        for counted in (moments, _visits(session, first, last, today), signals)
    )
    names = _names(session)
    places: set[str] = {*moment_codes, *visit_codes, *signal_codes}
    codes = sorted(places, key=lambda code: (not code, fold(names.get(code) or code)))
    return YearOverview(
        year=year,
        per_municipality=tuple(
            MunicipalityWork(
                names.get(code, code), moment_codes[code], visit_codes[code], signal_codes[code]
            )
            for code in codes
        ),
        contact_moments=moment_count,
        visits=visit_codes.total(),
        signals=signal_codes.total(),
        signals_sent=signals_sent,
        export_files=_exports(session, year),
        feedback=_feedback(session, year),
    )
