"""The one writer of iCalendar files: every event whole-day, with every field a calendar app
needs, texts kept exactly (commas, line breaks, accents) and read back by a standard parser."""

from __future__ import annotations

from datetime import date, timedelta

from icalendar import Calendar

from advocaat.core.calendar_file import PRODUCT_ID, DayEvent, calendar_file


def test_every_event_lasts_its_whole_day_and_carries_every_field() -> None:
    events = [
        DayEvent("urn:uuid:1-follow-up", "Bellen, nogmaals", date(2026, 12, 31), "Özlem\n\nja;"),
        DayEvent("urn:uuid:2", "Besluit (Mw. K.)", date(2027, 1, 4), ""),
    ]  # fmt: skip
    calendar = Calendar.from_ical(calendar_file(events))
    assert str(calendar["prodid"]) == PRODUCT_ID
    assert str(calendar["version"]) == "2.0"
    read = calendar.walk("VEVENT")
    assert len(read) == len(events)
    for event, written in zip(read, events, strict=True):
        assert str(event["uid"]) == written.uid
        assert str(event["summary"]) == written.summary
        assert str(event["description"]) == written.description
        assert event.decoded("dtstart") == written.day
        assert event.decoded("dtend") == written.day + timedelta(days=1)
        assert event.decoded("dtstamp").tzinfo is not None


def test_no_event_makes_an_empty_calendar() -> None:
    calendar = Calendar.from_ical(calendar_file([]))
    assert calendar.walk("VEVENT") == []
