"""Suggest contacts that are probably the same, and merge two into one without losing anything.

Suggestions come from a shared e-mail address or phone number, and from names that are nearly the
same (rapidfuzz), compared within groups of names that start alike so 10,000 people stay quick.
A merge keeps every contact moment, job (with its history), phone number, e-mail address, theme
and note of both.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from advocaat.contacts.people import (
    ContactError,
    delete_organisation,
    delete_person,
    person_name,
    refresh_organisation,
    refresh_person,
    themes_named,
)
from advocaat.contacts.search import ContactRef, ContactType
from advocaat.core.municipalities import fold
from advocaat.db.contact_tables import (
    EmailAddress,
    Organisation,
    Person,
    PhoneNumber,
    Position,
    moment_organisation,
    moment_person,
)
from advocaat.i18n import _

NAME_SIMILARITY = 88
"""rapidfuzz token-sort ratio (0–100) from which two names count as probably the same."""
GROUP_PREFIX = 2


@dataclass(frozen=True)
class DuplicatePair:
    first: ContactRef
    second: ContactRef
    first_name: str
    second_name: str
    reason: str


def _pairs_sharing(rows: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
    by_value: dict[str, list[int]] = defaultdict(list)
    for identifier, value in rows:
        if value and identifier not in by_value[value]:
            by_value[value].append(identifier)
    return [
        (ids[0], other, value)
        for value, ids in by_value.items()
        if len(ids) > 1
        for other in ids[1:]
    ]


def _similar_names(
    names: dict[int, str], scorer: Callable[..., float] = fuzz.token_sort_ratio
) -> list[tuple[int, int]]:
    """Pairs of names that are nearly the same, compared within groups that start alike."""
    groups: dict[str, list[int]] = defaultdict(list)
    folded = {identifier: fold(name) for identifier, name in names.items()}
    for identifier, name in folded.items():
        groups[name.replace(" ", "")[:GROUP_PREFIX]].append(identifier)
    pairs = []
    for ids in groups.values():
        if len(ids) < 2:
            continue
        texts = [folded[identifier] for identifier in ids]
        for row, first in enumerate(ids):
            later = texts[row + 1 :]
            for _text, _score, column in process.extract(
                texts[row],
                later,
                scorer=scorer,
                score_cutoff=NAME_SIMILARITY,
                limit=None,
            ):
                pairs.append((first, ids[row + 1 + column]))
    return pairs


def find_duplicates(session: Session) -> list[DuplicatePair]:
    """Pairs of people, and of organisations, that are probably the same."""
    people = {person.id: person_name(person) for person in session.scalars(select(Person))}
    organisations = dict(session.execute(select(Organisation.id, Organisation.name)).all())
    found: dict[tuple[ContactRef, ContactRef], str] = {}

    def add(kind: ContactType, first: int, second: int, reason: str) -> None:
        a, b = sorted((first, second))
        found.setdefault((ContactRef(kind.value, a), ContactRef(kind.value, b)), reason)

    emails = session.execute(select(EmailAddress.person_id, EmailAddress.address)).all()
    for first, second, address in _pairs_sharing(list(emails)):
        add(
            ContactType.PERSON,
            first,
            second,
            _("same e-mail address {address}").format(address=address),
        )
    phones = session.execute(select(PhoneNumber.person_id, PhoneNumber.normalized)).all()
    for first, second, number in _pairs_sharing(list(phones)):
        add(
            ContactType.PERSON, first, second, _("same phone number {number}").format(number=number)
        )
    for first, second in _similar_names(people):
        add(ContactType.PERSON, first, second, _("similar name"))
    # "Thuiszorg De Linde" and "Thuiszorg De Linde B.V.": one name inside the other counts.
    for first, second in _similar_names(organisations, fuzz.token_set_ratio):
        add(ContactType.ORGANISATION, first, second, _("similar name"))
    names = {ContactType.PERSON.value: people, ContactType.ORGANISATION.value: organisations}
    return [
        DuplicatePair(
            first, second, names[first.type][first.id], names[second.type][second.id], why
        )
        for (first, second), why in sorted(
            found.items(), key=lambda item: fold(names[item[0][0].type][item[0][0].id])
        )
    ]


def _joined_notes(first: str, second: str) -> str:
    return first if not second or second in first else f"{first}\n{second}".strip()


def merge_people(session: Session, keep_id: int, other_id: int) -> Person:
    """Fold ``other`` into ``keep``: all of its moments, jobs, numbers, addresses and notes."""
    keep, other = session.get(Person, keep_id), session.get(Person, other_id)
    if keep is None or other is None or keep is other:
        raise ContactError(_("Choose two different people to merge."))
    numbers = {phone.normalized or phone.number for phone in keep.phones}
    for phone in list(other.phones):
        if (phone.normalized or phone.number) not in numbers:
            keep.phones.append(
                PhoneNumber(number=phone.number, normalized=phone.normalized, kind=phone.kind)
            )
    addresses = {email.address for email in keep.emails}
    for email in list(other.emails):
        if email.address not in addresses:
            keep.emails.append(EmailAddress(address=email.address, kind=email.kind))
    session.execute(
        update(Position).where(Position.person_id == other.id).values(person_id=keep.id)
    )
    moments_of_keep = set(
        session.scalars(
            select(moment_person.c.moment_id).where(moment_person.c.person_id == keep.id)
        )
    )
    for moment_id in session.scalars(
        select(moment_person.c.moment_id).where(moment_person.c.person_id == other.id)
    ):
        if moment_id not in moments_of_keep:
            session.execute(moment_person.insert().values(moment_id=moment_id, person_id=keep.id))
    keep.themes = themes_named(
        session, [t.name for t in keep.themes] + [t.name for t in other.themes]
    )
    keep.notes = _joined_notes(keep.notes, other.notes)
    keep.given_name = keep.given_name or other.given_name
    keep.family_name = keep.family_name or other.family_name
    keep.municipality_code = keep.municipality_code or other.municipality_code
    keep.influence = keep.influence if keep.influence is not None else other.influence
    keep.attitude = keep.attitude if keep.attitude is not None else other.attitude
    session.flush()
    session.expire(keep, ["positions"])
    session.expire(other, ["positions"])
    delete_person(session, other)
    session.flush()
    refresh_person(session, keep)
    return keep


def merge_organisations(session: Session, keep_id: int, other_id: int) -> Organisation:
    """Fold ``other`` into ``keep``: its people (with their history), moments, details, notes."""
    keep, other = session.get(Organisation, keep_id), session.get(Organisation, other_id)
    if keep is None or other is None or keep is other:
        raise ContactError(_("Choose two different organisations to merge."))
    session.execute(
        update(Position).where(Position.organisation_id == other.id).values(organisation_id=keep.id)
    )
    moments_of_keep = set(
        session.scalars(
            select(moment_organisation.c.moment_id).where(
                moment_organisation.c.organisation_id == keep.id
            )
        )
    )
    for moment_id in session.scalars(
        select(moment_organisation.c.moment_id).where(
            moment_organisation.c.organisation_id == other.id
        )
    ):
        if moment_id not in moments_of_keep:
            session.execute(
                moment_organisation.insert().values(moment_id=moment_id, organisation_id=keep.id)
            )
    for name in ("municipality_code", "street", "postcode", "city", "phone", "email", "website"):
        if not getattr(keep, name):
            setattr(keep, name, getattr(other, name))
    keep.notes = _joined_notes(keep.notes, other.notes)
    keep.themes = themes_named(
        session, [t.name for t in keep.themes] + [t.name for t in other.themes]
    )
    session.flush()
    session.expire(keep, ["positions"])
    session.expire(other, ["positions"])
    delete_organisation(session, other)
    session.flush()
    refresh_organisation(session, keep)
    for position in keep.positions:
        refresh_person(session, position.person)
    return keep
