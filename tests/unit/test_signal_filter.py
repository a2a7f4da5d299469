"""The list of signals is filtered, counted and paged by the database: every combination of the
filters the view offers gives exactly the signals a plain Python filter would, page after page."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from sqlalchemy.orm import Session

from advocaat.app.signals import SignalBook
from advocaat.app.workspace import Workspace
from advocaat.db.signal_tables import Signal
from advocaat.paths import AppPaths
from advocaat.signals.service import SignalFilter, Status, count_signals, signal_page

CODES = ("GM0193", "GM0150", "GM0363", "GM0344", None)
STATUSES = list(Status)
COUNT = 3000
PAGE = 200


def fill(session: Session) -> list[Signal]:
    """Fictional signals spread over statuses, municipalities and days; some withdrawn."""
    start = date(2024, 1, 1)
    signals = [
        Signal(
            uid=f"proef-{number:05}",
            text=f"Proefsignaal {number}",
            municipality_code=CODES[number % len(CODES)],
            happened_on=start + timedelta(days=number * 7 % 900),
            status=STATUSES[number // len(CODES) % len(STATUSES)].value,
            withdrawn=number % 11 == 0,
        )
        for number in range(COUNT)
    ]
    session.add_all(signals)
    session.flush()
    return signals


def expected(signals: list[Signal], criteria: SignalFilter) -> list[int]:
    chosen = [
        s
        for s in signals
        if (criteria.include_withdrawn or not s.withdrawn)
        and (criteria.status is None or s.status == criteria.status.value)
        and (
            criteria.municipality_code is None or s.municipality_code == criteria.municipality_code
        )
    ]
    chosen.sort(key=lambda s: (s.happened_on, s.id), reverse=True)
    return [s.id for s in chosen]


def every_filter() -> list[SignalFilter]:
    return [
        SignalFilter(status=status, municipality_code=code, include_withdrawn=withdrawn)
        for status, code, withdrawn in itertools.product(
            [None, *STATUSES], [None, *CODES[:-1], "GM9999"], [False, True]
        )
    ]


def test_every_filter_counts_and_pages_exactly_the_matching_signals(session: Session) -> None:
    signals = fill(session)
    for criteria in every_filter():
        wanted = expected(signals, criteria)
        assert count_signals(session, criteria) == len(wanted), criteria
        paged: list[int] = []
        while page := signal_page(session, criteria, len(paged), PAGE):
            assert len(page) <= PAGE
            paged.extend(signal.id for signal in page)
        assert paged == wanted, criteria
    assert count_signals(session, SignalFilter(municipality_code="GM9999")) == 0


@pytest.mark.usefixtures("english")
def test_the_book_pages_rows_with_their_municipality_names(paths: AppPaths) -> None:
    with Workspace.open(paths) as workspace:
        with workspace.session() as session:
            signals = fill(session)
        book = SignalBook(workspace)
        criteria = SignalFilter(status=Status.NEW, municipality_code="GM0150")
        wanted = expected(signals, criteria)
        assert book.count(criteria) == len(wanted)
        assert len(wanted) > 2 * 50
        rows = book.page(criteria, 50, 50)
        assert [row.id for row in rows] == wanted[50:100]
        assert {row.municipality for row in rows} == {"Deventer"}
        assert {row.status for row in rows} == {Status.NEW}
        unnamed = book.page(SignalFilter(), 0, COUNT)
        assert {row.municipality for row in unnamed if row.data.municipality_code is None} == {""}
        assert [row.id for row in book.recent(3)] == expected(signals, SignalFilter())[:3]
