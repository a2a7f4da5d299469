"""Contact moments and their follow-ups: log them, see what is due, mark done, export to .ics."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from advocaat.contacts.kinds import MomentChannel
from advocaat.contacts.people import ContactError, person_name
from advocaat.core.calendar_file import DayEvent, calendar_file
from advocaat.core.timing import Timing, due_timing, last_past_day
from advocaat.db.contact_tables import ContactMoment, Organisation, Person
from advocaat.i18n import _

DUE_SOON_DAYS = 7


@dataclass
class MomentData:
    happened_on: date
    channel: str = MomentChannel.CONVERSATION.value
    summary: str = ""
    person_ids: list[int] = field(default_factory=list)
    organisation_ids: list[int] = field(default_factory=list)
    follow_up: str = ""
    follow_up_due: date | None = None


def _check(session: Session, data: MomentData) -> tuple[list[Person], list[Organisation]]:
    if data.channel not in {channel.value for channel in MomentChannel}:
        raise ContactError(_("{kind} is not a known kind of contact.").format(kind=data.channel))
    if not data.summary.strip():
        raise ContactError(_("Write in a few words what the contact was about."))
    if data.follow_up_due is not None and not data.follow_up.strip():
        raise ContactError(_("Say what has to be done by the follow-up date."))
    found_people = [session.get(Person, identifier) for identifier in data.person_ids]
    found = [session.get(Organisation, identifier) for identifier in data.organisation_ids]
    people = [person for person in found_people if person is not None]
    organisations = [organisation for organisation in found if organisation is not None]
    if len(people) < len(found_people) or len(organisations) < len(found):
        raise ContactError(_("A chosen contact no longer exists."))
    if not people and not organisations:
        raise ContactError(_("Choose at least one person or organisation."))
    return people, organisations


def log_moment(session: Session, data: MomentData) -> ContactMoment:
    people, organisations = _check(session, data)
    moment = ContactMoment(
        happened_on=data.happened_on,
        channel=data.channel,
        summary=data.summary.strip(),
        follow_up=data.follow_up.strip(),
        follow_up_due=data.follow_up_due,
        people=people,
        organisations=organisations,
    )
    session.add(moment)
    session.flush()
    return moment


def moments_of_person(session: Session, person_id: int) -> list[ContactMoment]:
    return list(
        session.scalars(
            select(ContactMoment)
            .where(ContactMoment.people.any(Person.id == person_id))
            .order_by(ContactMoment.happened_on.desc(), ContactMoment.id.desc())
        )
    )


def moments_of_organisation(session: Session, organisation_id: int) -> list[ContactMoment]:
    return list(
        session.scalars(
            select(ContactMoment)
            .where(ContactMoment.organisations.any(Organisation.id == organisation_id))
            .order_by(ContactMoment.happened_on.desc(), ContactMoment.id.desc())
        )
    )


def follow_ups_due(session: Session, today: date, days: int = DUE_SOON_DAYS) -> list[ContactMoment]:
    """Open follow-ups that are overdue or due within ``days``, the most urgent first."""
    return list(
        session.scalars(
            select(ContactMoment)
            .options(selectinload(ContactMoment.people), selectinload(ContactMoment.organisations))
            .where(
                ContactMoment.follow_up_due.is_not(None),
                ContactMoment.follow_up_done_at.is_(None),
                ContactMoment.follow_up_due <= today + timedelta(days=days),
            )
            .order_by(ContactMoment.follow_up_due, ContactMoment.id)
        )
    )


def mark_follow_up_done(session: Session, moment_id: int, when: datetime | None = None) -> None:
    moment = session.get(ContactMoment, moment_id)
    if moment is None:
        raise ContactError(_("This contact moment no longer exists."))
    moment.follow_up_done_at = when or datetime.now()


def who(moment: ContactMoment) -> str:
    """The people and organisations of a moment, for a list or a calendar entry."""
    names = [person_name(person) for person in moment.people]
    names += [organisation.name for organisation in moment.organisations]
    return ", ".join(names)


def follow_up_timing(moment: ContactMoment, today: date) -> Timing | None:
    """Done, overdue or planned; ``None`` for a moment without a follow-up date."""
    if moment.follow_up_due is None:
        return None
    return due_timing(moment.follow_up_due, moment.follow_up_done_at is not None, today)


def calendar_of(session: Session, today: date) -> bytes:
    """Open follow-ups (overdue or not) and moments planned after today, as an iCalendar file."""
    follow_ups = [
        DayEvent(
            f"{moment.uid}-follow-up",
            _("Follow up: {what}").format(what=moment.follow_up),
            moment.follow_up_due,
            f"{who(moment)}\n\n{moment.summary}",
        )
        for moment in session.scalars(
            select(ContactMoment).where(ContactMoment.follow_up_due.is_not(None))
        )
        if moment.follow_up_due is not None  # always: the query asks for a date; for the types
        and follow_up_timing(moment, today) is not Timing.DONE
    ]
    planned = [
        DayEvent(
            moment.uid,
            _("{channel} with {who}").format(
                channel=MomentChannel(moment.channel).label, who=who(moment)
            ),
            moment.happened_on,
            moment.summary,
        )
        for moment in session.scalars(
            select(ContactMoment).where(ContactMoment.happened_on > last_past_day(today))
        )
    ]
    return calendar_file(follow_ups + planned)
