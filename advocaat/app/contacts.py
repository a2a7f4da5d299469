"""The contact book as the GUI and the command line use it: each call is one unit of work.

Views and commands never hold ORM objects: they get plain values (rows, form data, summaries)
and hand plain values back, so nothing they keep can go stale or touch the database by surprise.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from advocaat.app.workspace import Workspace
from advocaat.contacts import moments, people, search
from advocaat.contacts.duplicates import DuplicatePair, find_duplicates
from advocaat.contacts.kinds import ATTITUDE_LABELS, MomentChannel, OrganisationKind
from advocaat.contacts.merge import merge_organisations, merge_people
from advocaat.contacts.moments import MomentData
from advocaat.contacts.people import ContactError, OrganisationData, PersonData
from advocaat.contacts.search import ContactFilter, ContactRef, ContactRow, ContactType
from advocaat.core.timing import Timing, due_timing
from advocaat.db.contact_tables import ContactMoment, Organisation, Person, Position
from advocaat.db.models import Municipality
from advocaat.i18n import _, format_date
from advocaat.organisation.municipalities import find_municipality
from advocaat.organisation.setup import load_setup


@dataclass(frozen=True)
class MomentLine:
    """One contact moment as a list shows it."""

    id: int
    happened_on: date
    channel: str
    who: str
    summary: str
    follow_up: str
    follow_up_due: date | None
    done: bool

    def timing(self, today: date) -> Timing | None:
        """Done, overdue or planned; ``None`` without a follow-up date."""
        if self.follow_up_due is None:
            return None
        return due_timing(self.follow_up_due, self.done, today)

    def text(self) -> str:
        line = _("{date} · {channel} · {who}: {summary}").format(
            date=format_date(self.happened_on),
            channel=MomentChannel(self.channel).label,
            who=self.who,
            summary=self.summary,
        )
        if self.follow_up:
            state = _("done") if self.done else format_date(self.follow_up_due or self.happened_on)
            line += " " + _("(follow-up: {what}, {state})").format(what=self.follow_up, state=state)
        return line


@dataclass(frozen=True)
class ContactDetails:
    """Everything the detail panel shows of one contact, as (label, value) lines."""

    ref: ContactRef
    title: str
    lines: list[tuple[str, str]]
    history: list[str]
    moments: list[MomentLine]


def _history_line(position: Position) -> str:
    """An earlier job: "beleidsmedewerker at Gemeente Zwolle, 1 Mar 2024 – 14 Oct 2026"."""
    role = position.role or "-"
    organisation = position.organisation.name if position.organisation else "-"
    end = format_date(position.ended_on) if position.ended_on else ""
    if position.started_on is None:
        return _("{role} at {organisation}, until {end}").format(
            role=role, organisation=organisation, end=end
        )
    return _("{role} at {organisation}, {start} – {end}").format(
        role=role, organisation=organisation, start=format_date(position.started_on), end=end
    )


def _moment_line(moment: ContactMoment) -> MomentLine:
    return MomentLine(
        id=moment.id,
        happened_on=moment.happened_on,
        channel=moment.channel,
        who=moments.who(moment),
        summary=moment.summary,
        follow_up=moment.follow_up,
        follow_up_due=moment.follow_up_due,
        done=moment.follow_up_done_at is not None,
    )


class ContactBook:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    # -- finding -----------------------------------------------------------------------------------

    def count(self, criteria: ContactFilter, up_to: int | None = None) -> int:
        """How many contacts match; with ``up_to``, at most one more than that."""
        with self._workspace.session() as session:
            return search.count_contacts(session, criteria, up_to)

    def page(
        self, criteria: ContactFilter, offset: int = 0, limit: int | None = None
    ) -> list[ContactRow]:
        with self._workspace.session() as session:
            refs = search.find_contacts(session, criteria, offset, limit)
            return search.load_rows(session, refs)

    def roles(self) -> list[str]:
        with self._workspace.session() as session:
            return search.known_roles(session)

    def themes(self) -> list[str]:
        with self._workspace.session() as session:
            return search.known_themes(session)

    def municipality_code(self, name_or_code: str) -> str:
        """The CBS code of a municipality typed by name, alias or code."""
        with self._workspace.session() as session:
            municipality = find_municipality(session, name_or_code)
        if municipality is None:
            raise ContactError(_("{name} is not a Dutch municipality.").format(name=name_or_code))
        return municipality.cbs_code

    def organisations(self) -> list[tuple[int, str]]:
        """Every organisation as (id, name), for choosing an employer."""
        criteria = ContactFilter(types=frozenset({ContactType.ORGANISATION}))
        return [(row.ref.id, row.name) for row in self.page(criteria, 0, 100_000)]

    # -- people and organisations ----------------------------------------------------------------

    def person(self, person_id: int) -> PersonData:
        with self._workspace.session() as session:
            return people.person_data(self._person(session, person_id))

    def organisation(self, organisation_id: int) -> OrganisationData:
        with self._workspace.session() as session:
            return people.organisation_data(self._organisation(session, organisation_id))

    def save_person(self, person_id: int | None, data: PersonData) -> ContactRef:
        with self._workspace.session() as session:
            if person_id is None:
                person = people.create_person(session, data)
            else:
                person = people.update_person(session, self._person(session, person_id), data)
            return ContactRef(ContactType.PERSON.value, person.id)

    def save_organisation(self, organisation_id: int | None, data: OrganisationData) -> ContactRef:
        with self._workspace.session() as session:
            if organisation_id is None:
                organisation = people.create_organisation(session, data)
            else:
                organisation = people.update_organisation(
                    session, self._organisation(session, organisation_id), data
                )
            return ContactRef(ContactType.ORGANISATION.value, organisation.id)

    def move_person(
        self, person_id: int, organisation_id: int | None, role: str, portfolio: str, on: date
    ) -> None:
        with self._workspace.session() as session:
            people.move_person(
                session,
                self._person(session, person_id),
                organisation_id=organisation_id,
                role=role,
                portfolio=portfolio,
                on=on,
            )

    def delete(self, ref: ContactRef) -> None:
        with self._workspace.session() as session:
            if ref.type == ContactType.PERSON:
                people.delete_person(session, self._person(session, ref.id))
            else:
                people.delete_organisation(session, self._organisation(session, ref.id))

    def details(self, ref: ContactRef) -> ContactDetails:
        with self._workspace.session() as session:
            if ref.type == ContactType.PERSON:
                return self._person_details(session, self._person(session, ref.id))
            return self._organisation_details(session, self._organisation(session, ref.id))

    def duplicates(self) -> list[DuplicatePair]:
        with self._workspace.session() as session:
            return find_duplicates(session)

    def merge(self, keep: ContactRef, other: ContactRef) -> str:
        """Fold ``other`` into ``keep``; both must be people, or both organisations.

        Returns the name of the contact that remains, for saying what happened.
        """
        if keep.type != other.type:
            raise ContactError(_("A person and an organisation cannot be merged."))
        with self._workspace.session() as session:
            if keep.type == ContactType.PERSON:
                return people.person_name(merge_people(session, keep.id, other.id))
            return merge_organisations(session, keep.id, other.id).name

    def print_list(self, criteria: ContactFilter, title: str, today: date) -> bytes:
        """The contacts that match ``criteria`` as a printable PDF list."""
        with self._workspace.session() as session:
            setup = load_setup(session)
            refs = search.find_contacts(session, criteria)
            rows = [self._print_row(session, ref) for ref in refs]
        from advocaat.printing.contact_list import contact_list_pdf  # noqa: PLC0415 - reportlab loads only to print

        return contact_list_pdf(
            rows,
            title=title,
            organisation=setup.organisation if setup else "",
            printed_on=today,
        )

    # -- contact moments ---------------------------------------------------------------------------

    def log_moment(self, data: MomentData) -> int:
        with self._workspace.session() as session:
            return moments.log_moment(session, data).id

    def follow_ups_due(self, today: date) -> list[MomentLine]:
        with self._workspace.session() as session:
            return [_moment_line(moment) for moment in moments.follow_ups_due(session, today)]

    def mark_done(self, moment_id: int) -> None:
        with self._workspace.session() as session:
            moments.mark_follow_up_done(session, moment_id)

    def calendar(self, today: date) -> bytes:
        with self._workspace.session() as session:
            return moments.calendar_of(session, today)

    # -- helpers -----------------------------------------------------------------------------------

    def _print_row(self, session: Session, ref: ContactRef) -> tuple[str, str, str, str]:
        if ref.type == ContactType.PERSON:
            person = self._person(session, ref.id)
            position = people.current_position(person)
            job = ", ".join(
                part
                for part in (
                    position.role if position else "",
                    position.organisation.name if position and position.organisation else "",
                )
                if part
            )
            code = person.municipality_code
            reach = [phone.number for phone in person.phones]
            reach += [email.address for email in person.emails]
            name = people.person_name(person)
        else:
            organisation = self._organisation(session, ref.id)
            job = OrganisationKind(organisation.kind).label
            code = organisation.municipality_code
            reach = [value for value in (organisation.phone, organisation.email) if value]
            name = organisation.name
        municipality = session.get(Municipality, code) if code else None
        return name, job, municipality.name if municipality else "", "\n".join(reach)

    @staticmethod
    def _person(session: Session, person_id: int) -> Person:
        person = session.get(Person, person_id)
        if person is None:
            raise ContactError(_("This person is no longer in the contact book."))
        return person

    @staticmethod
    def _organisation(session: Session, organisation_id: int) -> Organisation:
        organisation = session.get(Organisation, organisation_id)
        if organisation is None:
            raise ContactError(_("This organisation is no longer in the contact book."))
        return organisation

    def _person_details(self, session: Session, person: Person) -> ContactDetails:
        position = people.current_position(person)
        municipality = (
            session.get(Municipality, person.municipality_code)
            if person.municipality_code
            else None
        )
        lines = [
            (_("Position"), position.role if position else ""),
            (_("Portfolio"), position.portfolio if position else ""),
            (
                _("Organisation"),
                position.organisation.name if position and position.organisation else "",
            ),
            (_("Municipality"), municipality.name if municipality else ""),
            (_("Phone"), ", ".join(phone.number for phone in person.phones)),
            (_("E-mail"), ", ".join(email.address for email in person.emails)),
            (_("Themes"), ", ".join(theme.name for theme in person.themes)),
            (_("Influence"), str(person.influence) if person.influence else ""),
            (
                _("Attitude"),
                _(ATTITUDE_LABELS[person.attitude]) if person.attitude is not None else "",
            ),
            (_("Notes"), person.notes),
        ]
        history = [_history_line(old) for old in person.positions if old.ended_on is not None]
        return ContactDetails(
            ContactRef(ContactType.PERSON.value, person.id),
            people.person_name(person),
            [(label, value) for label, value in lines if value],
            history,
            [_moment_line(m) for m in moments.moments_of_person(session, person.id)],
        )

    def _organisation_details(self, session: Session, organisation: Organisation) -> ContactDetails:
        municipality = (
            session.get(Municipality, organisation.municipality_code)
            if organisation.municipality_code
            else None
        )
        address = " ".join(
            part for part in (organisation.street, organisation.postcode, organisation.city) if part
        )
        staff = [
            f"{people.person_name(position.person)} ({position.role})"
            if position.role
            else people.person_name(position.person)
            for position in organisation.positions
            if position.ended_on is None
        ]
        lines = [
            (_("Kind"), OrganisationKind(organisation.kind).label),
            (_("Municipality"), municipality.name if municipality else ""),
            (_("Address"), address),
            (_("Phone"), organisation.phone),
            (_("E-mail"), organisation.email),
            (_("Website"), organisation.website),
            (_("People"), ", ".join(staff)),
            (_("Themes"), ", ".join(theme.name for theme in organisation.themes)),
            (_("Notes"), organisation.notes),
        ]
        return ContactDetails(
            ContactRef(ContactType.ORGANISATION.value, organisation.id),
            organisation.name,
            [(label, value) for label, value in lines if value],
            [],
            [_moment_line(m) for m in moments.moments_of_organisation(session, organisation.id)],
        )
