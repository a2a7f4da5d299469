"""Contact moments: logged with a check, follow-ups due this week, done in one step, and .ics."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from icalendar import Calendar
from sqlalchemy.orm import Session

from advocaat.contacts.kinds import MomentChannel
from advocaat.contacts.moments import (
    MomentData,
    calendar_of,
    follow_ups_due,
    log_moment,
    mark_follow_up_done,
    moments_of_person,
)
from advocaat.contacts.people import ContactError, PersonData, create_person

pytestmark = pytest.mark.usefixtures("english")
TODAY = date(2026, 11, 23)


def person(session: Session, name: str = "Sanne") -> int:
    return create_person(session, PersonData(given_name=name, family_name="Mulder")).id


def moment(session: Session, person_id: int, due: date | None, **changes) -> int:  # type: ignore[no-untyped-def]
    data = MomentData(
        happened_on=TODAY,
        channel=MomentChannel.PHONE.value,
        summary="Gebeld over de regiotaxi",
        person_ids=[person_id],
        follow_up="Cijfers opsturen" if due else "",
        follow_up_due=due,
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return log_moment(session, data).id


def test_follow_ups_due_this_week_most_urgent_first(session: Session) -> None:
    someone = person(session)
    overdue = moment(session, someone, date(2026, 11, 20))
    this_week = moment(session, someone, date(2026, 11, 30))
    moment(session, someone, date(2026, 12, 15))  # later: not yet shown
    moment(session, someone, None)  # no follow-up
    assert [m.id for m in follow_ups_due(session, TODAY)] == [overdue, this_week]
    mark_follow_up_done(session, overdue, datetime(2026, 11, 23, 10, 0))
    assert [m.id for m in follow_ups_due(session, TODAY)] == [this_week]


def test_moments_of_a_person_newest_first(session: Session) -> None:
    someone = person(session)
    older = moment(session, someone, None, happened_on=date(2026, 1, 5))
    newer = moment(session, someone, None)
    assert [m.id for m in moments_of_person(session, someone)] == [newer, older]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"summary": "  "}, "what the contact was about"),
        ({"channel": "pigeon"}, "not a known kind of contact"),
        ({"person_ids": []}, "at least one person or organisation"),
        ({"person_ids": [999]}, "no longer exists"),
        ({"follow_up": "", "follow_up_due": TODAY}, "what has to be done"),
    ],
)
def test_bad_moment_is_refused(session: Session, changes: dict, message: str) -> None:
    someone = person(session)
    with pytest.raises(ContactError, match=message):
        moment(session, someone, None, **changes)


def test_calendar_holds_open_follow_ups_and_planned_moments(session: Session) -> None:
    someone = person(session, "Özlem")
    moment(session, someone, date(2026, 11, 25))
    done = moment(session, someone, date(2026, 11, 24))
    mark_follow_up_done(session, done)
    moment(session, someone, None, happened_on=date(2026, 12, 2), summary="Afspraak wijkteam")
    calendar = Calendar.from_ical(calendar_of(session, TODAY))
    events = sorted(
        (event.decoded("dtstart"), str(event["summary"])) for event in calendar.walk("VEVENT")
    )
    assert events == [
        (date(2026, 11, 25), "Follow up: Cijfers opsturen"),
        (date(2026, 12, 2), "Phone call with Özlem Mulder"),
    ]
