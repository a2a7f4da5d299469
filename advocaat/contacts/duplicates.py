"""Suggest contacts that are probably the same (:mod:`advocaat.contacts.merge` merges them).

Suggestions come from a shared e-mail address or phone number, and from names that are nearly the
same (rapidfuzz), compared within groups of names that start alike so 10,000 people stay quick.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from advocaat.contacts.people import person_name
from advocaat.contacts.reach import reach_of_people
from advocaat.contacts.search import ContactRef, ContactType
from advocaat.core.text import fold
from advocaat.db.contact_tables import Organisation, Person
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

    reach = reach_of_people(session)
    for kind, reason in (
        ("email", _("same e-mail address {address}")),
        ("phone", _("same phone number {number}")),
    ):
        ways = [
            (person, value) for person, found in reach.items() for k, value in found if k == kind
        ]
        for first, second, value in _pairs_sharing(ways):
            add(ContactType.PERSON, first, second, reason.format(address=value, number=value))
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
