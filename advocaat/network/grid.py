"""The influence/attitude grid: every party of the contact book placed on it, in four quadrants.

Influence runs from 1 (little) to 5 (much), attitude from -2 (against our cause) to 2 (for it).
Influence 3 or more counts as high, attitude 1 or more as for; each quadrant comes with the
approach the guidance suggests. A party without both scores is listed, not placed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import Column, Table, func, select
from sqlalchemy.orm import Session, selectinload

from advocaat.contacts.kinds import OrganisationKind
from advocaat.contacts.people import ContactError, current_position, person_name
from advocaat.contacts.search import ContactRef, ContactType
from advocaat.core.timing import last_past_day
from advocaat.db.contact_tables import (
    ContactMoment,
    Organisation,
    Person,
    Position,
    Theme,
    moment_organisation,
    moment_person,
)
from advocaat.db.models import Municipality
from advocaat.i18n import N_, _

INFLUENCE = range(1, 6)
ATTITUDE = range(-2, 3)
HIGH_INFLUENCE = 3
FOR = 1
QUIET_DAYS = 365
"""No contact moment for this long: the party is marked "nog te benaderen"."""


class Quadrant(StrEnum):
    CLOSELY = "closely"
    SATISFIED = "satisfied"
    INFORMED = "informed"
    MONITOR = "monitor"

    @property
    def label(self) -> str:
        return _(_QUADRANTS[self][0])

    @property
    def approach(self) -> str:
        return _(_QUADRANTS[self][1])


_QUADRANTS = {
    Quadrant.CLOSELY: (
        N_("Involve closely"),
        N_("Much influence and on our side: work together, share signals early, ask for support"
           " in the council and in the Wmo council."),
    ),
    Quadrant.SATISFIED: (
        N_("Keep satisfied"),
        N_("Much influence, not (yet) on our side: back every point with signals and figures,"
           " look for shared interests, and avoid surprising them."),
    ),
    Quadrant.INFORMED: (
        N_("Keep informed"),
        N_("On our side, little influence: keep them up to date and invite them; together you"
           " carry more weight."),
    ),
    Quadrant.MONITOR: (
        N_("Keep an eye on"),
        N_("Little influence, not on our side: stay in touch now and then, and watch for changes"
           " in their position or influence."),
    ),
}  # fmt: skip


def quadrant(influence: int, attitude: int) -> Quadrant:
    high = influence >= HIGH_INFLUENCE
    for_us = attitude >= FOR
    if high:
        return Quadrant.CLOSELY if for_us else Quadrant.SATISFIED
    return Quadrant.INFORMED if for_us else Quadrant.MONITOR


@dataclass(frozen=True)
class Party:
    ref: ContactRef
    name: str
    detail: str
    """The person's role and organisation, or the organisation's kind."""
    municipality: str
    influence: int | None
    attitude: int | None
    strategy: str
    last_contact: date | None
    open_follow_ups: int

    @property
    def placed(self) -> bool:
        return self.influence is not None and self.attitude is not None

    @property
    def quadrant(self) -> Quadrant | None:
        if self.influence is None or self.attitude is None:
            return None
        return quadrant(self.influence, self.attitude)

    def to_approach(self, today: date) -> bool:
        """No contact moment in the last year: "nog te benaderen"."""
        return self.last_contact is None or self.last_contact < today - timedelta(QUIET_DAYS)


def _moment_facts(
    session: Session, link: Table, column: Column[int], today: date
) -> dict[int, tuple[date | None, int]]:
    """Per party id: the last contact moment that has happened, and the open follow-ups."""
    open_follow_up = (ContactMoment.follow_up_due.is_not(None)) & (
        ContactMoment.follow_up_done_at.is_(None)
    )
    had = ContactMoment.happened_on <= last_past_day(today)
    query = (
        select(
            column,
            func.max(ContactMoment.happened_on).filter(had),
            func.count().filter(open_follow_up),
        )
        .join(ContactMoment, ContactMoment.id == link.c.moment_id)
        .group_by(column)
    )
    return {party: (last, open_count) for party, last, open_count in session.execute(query)}


def parties(
    session: Session, municipality: str | None = None, theme: str | None = None, *, today: date
) -> list[Party]:
    """The people and organisations of one municipality (or all), optionally on one theme.

    Their last contact is the last moment on or before ``today``: a planned one is no contact yet.
    """
    names = dict(session.execute(select(Municipality.cbs_code, Municipality.name)).all())
    # The current position and its organisation come along: no query per person.
    people = select(Person).options(
        selectinload(Person.positions).selectinload(Position.organisation)
    )
    organisations = select(Organisation)
    if municipality:
        people = people.where(Person.municipality_code == municipality)
        organisations = organisations.where(Organisation.municipality_code == municipality)
    if theme:
        people = people.where(Person.themes.any(Theme.name == theme))
        organisations = organisations.where(Organisation.themes.any(Theme.name == theme))
    person_facts = _moment_facts(session, moment_person, moment_person.c.person_id, today)
    organisation_facts = _moment_facts(
        session, moment_organisation, moment_organisation.c.organisation_id, today
    )
    found = []
    for person in session.scalars(people.order_by(Person.sort_key)):
        position = current_position(person)
        detail = ", ".join(
            part for part in (
                position.role if position else "",
                position.organisation.name if position and position.organisation else "",
            ) if part
        )  # fmt: skip
        last, open_count = person_facts.get(person.id, (None, 0))
        found.append(
            Party(ContactRef(ContactType.PERSON.value, person.id), person_name(person), detail,
                  names.get(person.municipality_code or "", ""), person.influence,
                  person.attitude, person.strategy, last, open_count)
        )  # fmt: skip
    for organisation in session.scalars(organisations.order_by(Organisation.sort_key)):
        kind = OrganisationKind(organisation.kind) if organisation.kind in set(
            OrganisationKind) else OrganisationKind.OTHER  # fmt: skip
        last, open_count = organisation_facts.get(organisation.id, (None, 0))
        found.append(
            Party(ContactRef(ContactType.ORGANISATION.value, organisation.id), organisation.name,
                  kind.label, names.get(organisation.municipality_code or "", ""),
                  organisation.influence, organisation.attitude, organisation.strategy, last,
                  open_count)
        )  # fmt: skip
    return found


def _row(session: Session, ref: ContactRef) -> Person | Organisation:
    row: Person | Organisation | None
    if ref.type == ContactType.PERSON:
        row = session.get(Person, ref.id)
    else:
        row = session.get(Organisation, ref.id)
    if row is None:
        raise ContactError(_("That contact does not exist (any more)."))
    return row


def set_scores(
    session: Session, ref: ContactRef, influence: int | None, attitude: int | None
) -> tuple[int | None, int | None]:
    """Place a party on the grid (or take it off with ``None``); returns the scores before."""
    if influence is not None and influence not in INFLUENCE:
        raise ContactError(_("Influence runs from 1 to 5."))
    if attitude is not None and attitude not in ATTITUDE:
        raise ContactError(_("Attitude runs from -2 (against) to 2 (for)."))
    row = _row(session, ref)
    before = (row.influence, row.attitude)
    row.influence, row.attitude = influence, attitude
    return before


def set_strategy(session: Session, ref: ContactRef, text: str) -> None:
    _row(session, ref).strategy = text.strip()


def spread(placed: list[Party]) -> dict[ContactRef, tuple[float, float]]:
    """Grid positions (x = attitude, y = influence) with parties of the same scores set apart
    around their point, so no dot hides another, on screen or on paper."""
    groups: dict[tuple[int, int], list[Party]] = {}
    for party in placed:
        if party.influence is not None and party.attitude is not None:
            groups.setdefault((party.attitude, party.influence), []).append(party)
    positions = {}
    for (x, y), group in groups.items():
        columns = math.ceil(math.sqrt(len(group)))
        step = 0.7 / max(columns, 1)
        for number, party in enumerate(group):
            row, column = divmod(number, columns)
            offset_x = (column - (columns - 1) / 2) * step
            offset_y = (row - (columns - 1) / 2) * step
            positions[party.ref] = (x + offset_x, y - offset_y)
    return positions
