"""Coverage for the office: where volunteers are active and signals arrive, and where not
("witte vlekken").

Every current municipality of the reference list gets a row, also those nothing ever came from.
A volunteer is *active* for a municipality when the office accepted them, their latest export
names that municipality, and the office took in a file of theirs in the twelve months up to the
reference day. The last signal counts only signals that are not withdrawn. Signals and senders of
a merged municipality count under its successor.

Three grouped queries, whatever the number of signals: the municipalities, the last signal per
municipality, the accepted senders with their last file. The rows are put together in Python over
the ~350 municipalities.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from enum import IntEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advocaat.core.spreadsheet import csv_text
from advocaat.core.text import fold
from advocaat.db.models import Municipality
from advocaat.db.office_tables import ImportedFile, ReceivedSignal, Sender
from advocaat.i18n import _, format_date
from advocaat.organisation.municipalities import successor_of

MONTHS = 12
"""The window in which a volunteer counts as active and a municipality as heard from."""


class CoverageStatus(IntEnum):
    """Worst first: the order the office reads the list in."""

    NO_VOLUNTEER = 0
    NO_RECENT_SIGNAL = 1
    COVERED = 2

    @property
    def label(self) -> str:
        return {
            CoverageStatus.NO_VOLUNTEER: _("no volunteer"),
            CoverageStatus.NO_RECENT_SIGNAL: _("no signal in 12 months"),
            CoverageStatus.COVERED: _("covered"),
        }[self]


@dataclass(frozen=True)
class CoverageRow:
    code: str
    name: str
    province: str
    volunteers: int
    last_signal: date | None
    last_export: date | None
    status: CoverageStatus


@dataclass(frozen=True)
class ProvinceCoverage:
    province: str
    municipalities: int
    volunteers: int
    """Distinct active volunteers: one who covers two municipalities of the province counts once."""
    no_volunteer: int
    no_recent_signal: int
    covered: int
    last_signal: date | None
    last_export: date | None


@dataclass(frozen=True)
class Coverage:
    day: date
    since: date
    """The first day of the twelve months up to ``day``."""
    rows: list[CoverageRow]
    provinces: list[ProvinceCoverage]


def months_before(day: date, months: int = MONTHS) -> date:
    """The same day ``months`` earlier; the last day of that month when it has no such day."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    for last in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, last)
        except ValueError:
            continue
    raise AssertionError("every month has 28 days")


def _successors(session: Session) -> tuple[list[Municipality], dict[str, str]]:
    """The current municipalities, and for every code the current one it counts under."""
    everything = {row.cbs_code: row for row in session.scalars(select(Municipality))}
    current = [row for row in everything.values() if row.active]
    chains = {code: row.merged_into for code, row in everything.items() if row.merged_into}
    successor: dict[str, str] = {}
    for code in everything:
        target = successor_of(code, chains)
        if target in everything and everything[target].active:
            successor[code] = target
    return current, successor


def _last_signals(session: Session, successor: dict[str, str]) -> dict[str, date]:
    signal = ReceivedSignal
    query = (
        select(signal.municipality_code, func.max(signal.happened_on))
        .where(signal.withdrawn.is_(False), signal.municipality_code.is_not(None))
        .group_by(signal.municipality_code)
    )
    found: dict[str, date] = {}
    for code, last in session.execute(query):
        target = successor.get(code or "")
        if target is not None and (target not in found or last > found[target]):
            found[target] = last
    return found


def _senders(session: Session, successor: dict[str, str]) -> list[tuple[int, set[str], datetime]]:
    """(id, current municipalities, last file taken in) of every accepted sender with a file."""
    query = (
        select(Sender.id, Sender.municipalities, func.max(ImportedFile.imported_at))
        .join(ImportedFile, ImportedFile.sender_id == Sender.id)
        .where(Sender.accepted.is_(True))
        .group_by(Sender.id, Sender.municipalities)
    )
    return [
        (sender_id, {successor[c] for c in json.loads(codes) if c in successor}, last)
        for sender_id, codes, last in session.execute(query)
    ]


def _status(volunteers: int, last_signal: date | None, since: date) -> CoverageStatus:
    if not volunteers:
        return CoverageStatus.NO_VOLUNTEER
    if last_signal is None or last_signal < since:
        return CoverageStatus.NO_RECENT_SIGNAL
    return CoverageStatus.COVERED


def _latest(values: list[date | None]) -> date | None:
    known = [value for value in values if value is not None]
    return max(known) if known else None


def sort_key(row: CoverageRow) -> tuple[int, str, str]:
    """Witte vlekken first, then by province and name as a Dutch reader expects."""
    return row.status, fold(row.province), fold(row.name.lstrip("'"))


def coverage(session: Session, day: date) -> Coverage:
    """Every current municipality's coverage on ``day``, witte vlekken first, and per province."""
    since = months_before(day)
    current, successor = _successors(session)
    last_signal = _last_signals(session, successor)
    active: dict[str, set[int]] = defaultdict(set)
    last_export: dict[str, date] = {}
    for sender_id, codes, last_file in _senders(session, successor):
        for code in codes:
            if last_file.date() >= since:
                active[code].add(sender_id)
            last_export[code] = max(last_export.get(code, last_file.date()), last_file.date())
    rows = sorted(
        (
            CoverageRow(
                code=m.cbs_code,
                name=m.name,
                province=m.province,
                volunteers=len(active[m.cbs_code]),
                last_signal=last_signal.get(m.cbs_code),
                last_export=last_export.get(m.cbs_code),
                status=_status(len(active[m.cbs_code]), last_signal.get(m.cbs_code), since),
            )
            for m in current
        ),
        key=sort_key,
    )
    return Coverage(day, since, rows, _per_province(rows, active))


def _per_province(rows: list[CoverageRow], active: dict[str, set[int]]) -> list[ProvinceCoverage]:
    grouped: dict[str, list[CoverageRow]] = defaultdict(list)
    for row in rows:
        grouped[row.province].append(row)
    provinces = []
    for province in sorted(grouped, key=fold):
        members = grouped[province]
        statuses = [row.status for row in members]
        provinces.append(
            ProvinceCoverage(
                province=province,
                municipalities=len(members),
                volunteers=len(set().union(*(active[row.code] for row in members))),
                no_volunteer=statuses.count(CoverageStatus.NO_VOLUNTEER),
                no_recent_signal=statuses.count(CoverageStatus.NO_RECENT_SIGNAL),
                covered=statuses.count(CoverageStatus.COVERED),
                last_signal=_latest([row.last_signal for row in members]),
                last_export=_latest([row.last_export for row in members]),
            )
        )
    return provinces


CSV_HEADER = (
    "code", "municipality", "province", "volunteers", "last_signal", "last_export", "status",
)  # fmt: skip
"""Stable English column names, as the other lists for scripts have."""


def coverage_csv(found: Coverage) -> str:
    """One row per municipality, dates as YYYY-MM-DD, the status as a word a script can test."""
    rows = (
        [
            row.code, row.name, row.province, row.volunteers,
            _iso(row.last_signal), _iso(row.last_export), row.status.name.lower(),
        ]
        for row in found.rows
    )  # fmt: skip
    return csv_text(CSV_HEADER, rows)


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def active_meaning(found: Coverage) -> str:
    """What the volunteers column counts, for the reader of a file or a page."""
    return _(
        "A volunteer counts as active for a municipality when the office accepted them, their"
        " latest export names that municipality and a file of theirs came in since {since}."
    ).format(since=format_date(found.since))
