"""Where a deadline, follow-up, contact moment or visit stands on a given day.

Start, the network, the year overview, the reports, the command line and the calendar files all
ask here, so none of them can call a done deadline "upcoming" or count a planned moment as had.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum


class Timing(StrEnum):
    DONE = "done"
    """A deadline or follow-up whose step has happened (whenever it was due)."""
    OVERDUE = "overdue"
    """Open, and its last day lies before today."""
    PLANNED = "planned"
    """Open and due today or later; or a moment or visit after today."""
    PAST = "past"
    """A moment or visit on or before today: it has happened and counts."""


def last_past_day(today: date) -> date:
    """The last day that counts as had: today itself (what happens today has happened).

    Queries that filter in the database compare with this day, so they draw the line where
    :func:`happened` does.
    """
    return today


def happened(day: date | None, today: date) -> bool:
    """Whether something on ``day`` has taken place by ``today`` (no day: it has not)."""
    return day is not None and day <= last_past_day(today)


def due_timing(due: date, done: bool, today: date) -> Timing:
    """A deadline or follow-up: done, overdue (its last day has passed) or planned."""
    if done:
        return Timing.DONE
    return Timing.OVERDUE if due < today else Timing.PLANNED


def event_timing(day: date, today: date) -> Timing:
    """A contact moment or visit: past once its day has come, planned before that."""
    return Timing.PAST if happened(day, today) else Timing.PLANNED
