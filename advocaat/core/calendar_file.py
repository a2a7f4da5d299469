"""The iCalendar files (``.ics``) the app writes: whole-day events for the user's calendar app.

Advocaat writes this format and never reads it back; every ``.ics`` it makes goes through
:func:`calendar_file`, so all of them carry the same product id, version and event fields.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

PRODUCT_ID = "-//Advocaat//Advocaat//NL"


@dataclass(frozen=True)
class DayEvent:
    uid: str
    """Stable across exports, so a calendar app updates the event instead of doubling it."""
    summary: str
    day: date
    description: str


def calendar_file(events: Iterable[DayEvent]) -> bytes:
    """The events as one iCalendar file, each lasting its whole day."""
    from icalendar import Calendar, Event  # noqa: PLC0415 - loads for a file, not at start

    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    stamp = datetime.now().astimezone()
    for day_event in events:
        event = Event()
        event.add("uid", day_event.uid)
        event.add("summary", day_event.summary)
        event.add("dtstart", day_event.day)
        event.add("dtend", day_event.day + timedelta(days=1))
        event.add("description", day_event.description)
        event.add("dtstamp", stamp)
        calendar.add_component(event)
    return calendar.to_ical()  # type: ignore[no-any-return]  # icalendar types to_ical() loosely
