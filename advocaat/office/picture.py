"""The national picture: the signals of all senders, filtered, counted and listed page by page.

Every question is one indexed query that runs the same on SQLite and PostgreSQL, so the overview
stays quick at a hundred thousand signals. Withdrawn signals are listed (marked) but never counted.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Row,
    Select,
    and_,
    case,
    cast,
    extract,
    func,
    select,
)
from sqlalchemy.orm import Session

from advocaat.db.models import Municipality
from advocaat.db.office_tables import ReceivedSignal, ReceivedSignalTheme, Sender
from advocaat.organisation.municipalities import successor_of, successors_in_use
from advocaat.signals.cost import YEARLY_FACTORS

PAGE = 200


@dataclass(frozen=True)
class PictureFilter:
    """What the office looks at; an empty field means "all"."""

    municipalities: tuple[str, ...] = ()
    provinces: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    laws: tuple[str, ...] = ()
    senders: tuple[int, ...] = ()
    statuses: tuple[str, ...] = ()
    """The office's own statuses."""
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True)
class PictureRow:
    id: int
    happened_on: date
    municipality: str
    province: str
    themes: tuple[str, ...]
    law: str
    people: int
    urgency: str
    sender: str
    sender_status: str
    office_status: str
    office_comment: str
    withdrawn: bool
    text: str
    uid: str


def _conditions(wanted: PictureFilter) -> list[ColumnElement[bool]]:
    signal = ReceivedSignal
    conditions: list[ColumnElement[bool]] = []
    if wanted.municipalities:
        conditions.append(signal.municipality_code.in_(wanted.municipalities))
    if wanted.provinces:
        conditions.append(
            signal.municipality_code.in_(
                select(Municipality.cbs_code).where(Municipality.province.in_(wanted.provinces))
            )
        )
    if wanted.themes:
        conditions.append(
            signal.id.in_(
                select(ReceivedSignalTheme.signal_id).where(
                    ReceivedSignalTheme.theme.in_(wanted.themes)
                )
            )
        )
    if wanted.laws:
        conditions.append(signal.law.in_(wanted.laws))
    if wanted.senders:
        conditions.append(signal.sender_id.in_(wanted.senders))
    if wanted.statuses:
        conditions.append(signal.office_status.in_(wanted.statuses))
    if wanted.date_from:
        conditions.append(signal.happened_on >= wanted.date_from)
    if wanted.date_to:
        conditions.append(signal.happened_on <= wanted.date_to)
    return conditions


def _counted(wanted: PictureFilter) -> list[ColumnElement[bool]]:
    return [ReceivedSignal.withdrawn.is_(False), *_conditions(wanted)]


def count_listed(session: Session, wanted: PictureFilter) -> int:
    """How many signals the list shows (withdrawn ones included, marked)."""
    query = select(func.count()).select_from(ReceivedSignal).where(*_conditions(wanted))
    return session.scalar(query) or 0


def _rows_query(wanted: PictureFilter) -> Select[ReceivedSignal, str, str]:
    signal = ReceivedSignal
    return (
        select(signal, Municipality.province, Sender.name)
        .join(Sender, Sender.id == signal.sender_id)
        .outerjoin(Municipality, Municipality.cbs_code == signal.municipality_code)
        .where(*_conditions(wanted))
        .order_by(signal.happened_on.desc(), signal.id.desc())
    )


def _themes_of(session: Session, ids: list[int]) -> dict[int, list[str]]:
    themes: dict[int, list[str]] = {signal_id: [] for signal_id in ids}
    query = (
        select(ReceivedSignalTheme.signal_id, ReceivedSignalTheme.theme)
        .where(ReceivedSignalTheme.signal_id.in_(ids))
        .order_by(ReceivedSignalTheme.theme)
    )
    for signal_id, theme in session.execute(query):
        themes[signal_id].append(theme)
    return themes


def _page(session: Session, query: Select[ReceivedSignal, str, str]) -> list[PictureRow]:
    return _rows(session, session.execute(query).all())


def _rows(session: Session, found: Sequence[Row[ReceivedSignal, str, str]]) -> list[PictureRow]:
    themes = _themes_of(session, [signal.id for signal, _province, _sender in found])
    return [
        PictureRow(
            id=signal.id,
            happened_on=signal.happened_on,
            municipality=signal.municipality_name,
            province=province or "",
            themes=tuple(themes[signal.id]),
            law=signal.law,
            people=signal.people_count,
            urgency=signal.urgency,
            sender=sender,
            sender_status=signal.sender_status,
            office_status=signal.office_status,
            office_comment=signal.office_comment,
            withdrawn=signal.withdrawn,
            text=signal.text,
            uid=signal.uid,
        )
        for signal, province, sender in found
    ]


def listed(
    session: Session, wanted: PictureFilter, offset: int = 0, limit: int = PAGE
) -> list[PictureRow]:
    """One page of the list, newest first."""
    return _page(session, _rows_query(wanted).offset(offset).limit(limit))


def all_listed(session: Session, wanted: PictureFilter) -> Iterator[PictureRow]:
    """Every listed row in one pass, a chunk at a time (for exports of 100,000 rows)."""
    result = session.execute(_rows_query(wanted).execution_options(yield_per=2000))
    for chunk in result.partitions():
        yield from _rows(session, chunk)


@dataclass(frozen=True)
class Count:
    label: str
    signals: int
    people: int
    group: str = ""
    yearly_cents: int = 0
    """The estimated total cost per year of the signals with an estimate (signals.cost)."""
    estimated: int = 0
    """How many of the signals had an estimate."""


def _yearly_cents() -> ColumnElement[int]:
    """The sum of the yearly estimates, by the one method of :data:`YEARLY_FACTORS`; in 64
    bits, since cents times people times twelve outgrow an SQL integer."""
    signal = ReceivedSignal
    factor = case(
        {period.value: factor for period, factor in YEARLY_FACTORS.items()},
        value=signal.cost_period,
        else_=0,
    )
    each = cast(signal.cost_cents, BigInteger) * signal.people_count * factor
    return func.coalesce(func.sum(each), 0)


def _estimated() -> ColumnElement[int]:
    return func.count(ReceivedSignal.cost_cents)


def totals(session: Session, wanted: PictureFilter) -> tuple[int, int]:
    """How many signals count, and how many people they concern."""
    query = select(func.count(), func.sum(ReceivedSignal.people_count)).where(*_counted(wanted))
    signals, people = session.execute(query).one()
    return signals, people or 0


_Sums = tuple[int, int, int, int]
"""Signals, people, estimated yearly cents and signals with an estimate."""


def _per_current_municipality(
    session: Session, wanted: PictureFilter
) -> dict[tuple[str, str], _Sums]:
    """Signals, people and cost estimates per (name, province) of the municipality they count
    under now: a merged municipality's under its successor; a place unknown to the list under
    its name as sent. The database groups by code (100,000 signals), the few groups are mapped
    here."""
    signal = ReceivedSignal
    query = (
        select(
            signal.municipality_code,
            signal.municipality_name,
            func.count(),
            func.sum(signal.people_count),
            _yearly_cents(),
            _estimated(),
        )
        .where(*_counted(wanted))
        .group_by(signal.municipality_code, signal.municipality_name)
    )
    successors = successors_in_use(session)
    places = {
        code: (name, province)
        for code, name, province in session.execute(
            select(Municipality.cbs_code, Municipality.name, Municipality.province)
        )
    }
    counted: dict[tuple[str, str], _Sums] = {}
    for code, name, *sums in session.execute(query):
        place = places.get(successor_of(code, successors), (name, "")) if code else (name, "")
        counted[place] = _added(counted.get(place, (0, 0, 0, 0)), sums)
    return counted


def _added(before: _Sums, more: Sequence[int | None]) -> _Sums:
    signals, people, cents, estimated = (int(value or 0) for value in more)
    return (before[0] + signals, before[1] + people, before[2] + cents, before[3] + estimated)


def _ranked(counts: list[Count]) -> list[Count]:
    return sorted(counts, key=lambda count: (-count.signals, count.label))


def per_municipality(session: Session, wanted: PictureFilter) -> list[Count]:
    counted = _per_current_municipality(session, wanted)
    return _ranked([Count(name, *sums[:2], province, *sums[2:])
                    for (name, province), sums in counted.items()])  # fmt: skip


def per_province(session: Session, wanted: PictureFilter) -> list[Count]:
    provinces: dict[str, _Sums] = {}
    for (_name, province), sums in _per_current_municipality(session, wanted).items():
        provinces[province] = _added(provinces.get(province, (0, 0, 0, 0)), sums)
    return _ranked([Count(name, *sums[:2], "", *sums[2:]) for name, sums in provinces.items()])


def per_theme(session: Session, wanted: PictureFilter) -> list[Count]:
    theme = ReceivedSignalTheme
    query = (
        select(
            theme.theme,
            func.count(),
            func.sum(ReceivedSignal.people_count),
            _yearly_cents(),
            _estimated(),
        )
        .join(ReceivedSignal, ReceivedSignal.id == theme.signal_id)
        .where(*_counted(wanted))
        .group_by(theme.theme)
        .order_by(func.count().desc(), theme.theme)
    )
    return [Count(name, count, people or 0, "", int(cents), estimated)
            for name, count, people, cents, estimated in session.execute(query)]  # fmt: skip


def per_month(session: Session, wanted: PictureFilter) -> list[Count]:
    """Signals per month (``YYYY-MM``), oldest first: the trend over time."""
    year = extract("year", ReceivedSignal.happened_on)
    month = extract("month", ReceivedSignal.happened_on)
    query = (
        select(year, month, func.count(), func.sum(ReceivedSignal.people_count))
        .where(and_(*_counted(wanted)))
        .group_by(year, month)
        .order_by(year, month)
    )
    return [
        Count(f"{int(y):04d}-{int(m):02d}", count, people or 0)
        for y, m, count, people in session.execute(query)
    ]


def themes_in_use(session: Session) -> list[str]:
    """Every theme of a received signal, in order: one index seek per theme (a skip scan), not
    a read of all themes of all signals (30 ms at 100,000 signals, for a filter's choices)."""
    theme = ReceivedSignalTheme.theme
    found = select(func.min(theme).label("theme")).cte("found", recursive=True)
    following = select(func.min(theme)).where(theme > found.c.theme).scalar_subquery()
    found = found.union_all(select(following).where(found.c.theme.is_not(None)))
    return list(session.scalars(select(found.c.theme).where(found.c.theme.is_not(None))))


def senders(session: Session) -> list[Sender]:
    return list(session.scalars(select(Sender).order_by(Sender.name, Sender.id)))
