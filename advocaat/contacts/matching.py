"""Which contact a record of a file is: merged only on a stable identity, else at most a hint.

Two different people may share a name, so a name alone never merges anything: it makes a
*suggestion* the user can follow up in the duplicates view. A record is the same contact as one in
the book (or as an earlier record of the same file) only when it has the same UID, or the same name
and the same e-mail address or phone number. Organisations follow the same rule, with their
website and municipality counting as well.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from advocaat.contacts.cards import CardKind, ContactCard
from advocaat.contacts.names import full_name, split_infix
from advocaat.contacts.people import person_name
from advocaat.contacts.reach import Way, email_way, phone_way, reach_of_people
from advocaat.contacts.search import ContactRef, ContactType
from advocaat.core.text import fold
from advocaat.db.contact_tables import Organisation, Person
from advocaat.i18n import _

_PERSON = ContactType.PERSON.value
_ORGANISATION = ContactType.ORGANISATION.value


@dataclass(frozen=True)
class Identity:
    """What identifies a record or a contact: its kind, name, UID, and ways to reach it."""

    type: str
    name: str
    uid: str = ""
    reach: frozenset[tuple[str, str]] = frozenset()
    """("email", address), ("phone", E.164 number), ("web", url) or ("municipality", code)."""


@dataclass(frozen=True)
class Match:
    """The contact a record is, or only resembles (``same`` is False: a suggestion)."""

    key: object
    """A ContactRef of the book, or the index of an earlier record of the file."""
    name: str
    reason: str
    same: bool


def person_name_of(card: ContactCard) -> str:
    """The name a card gives a person; a card without one is known by its e-mail or phone."""
    if card.given_name or card.family_name:
        infix, family = split_infix(card.family_name, card.infix)
        return full_name(card.given_name, infix, family)
    return card.display_name()


def _card_reach(card: ContactCard) -> set[Way]:
    return {email_way(e.address) for e in card.emails} | {phone_way(p.number) for p in card.phones}


def identity_of(card: ContactCard, municipality_code: str | None) -> Identity:
    if card.kind is CardKind.ORGANISATION:
        reach = _card_reach(card)
        reach |= {("web", url.strip().lower().rstrip("/")) for url in card.urls}
        if municipality_code:
            reach.add(("municipality", municipality_code))
        name = card.organisation or card.display_name()
        return Identity(_ORGANISATION, fold(name), card.uid, frozenset(reach))
    return Identity(_PERSON, fold(person_name_of(card)), card.uid, frozenset(_card_reach(card)))


def _reason(shared: set[tuple[str, str]]) -> str:
    kinds = {kind for kind, _value in shared}
    if "email" in kinds:
        return _("the same name and e-mail address")
    if "phone" in kinds:
        return _("the same name and phone number")
    if "web" in kinds:
        return _("the same name and website")
    return _("the same name and municipality")


@dataclass
class Register:
    """Identities indexed for matching: the book's, then each record's of the file as it comes."""

    by_uid: dict[str, object] = field(default_factory=dict)
    by_name: dict[tuple[str, str], list[object]] = field(default_factory=lambda: defaultdict(list))
    reach: dict[object, frozenset[tuple[str, str]]] = field(default_factory=dict)
    names: dict[object, str] = field(default_factory=dict)

    def add(self, key: object, identity: Identity, shown: str) -> None:
        if identity.uid:
            self.by_uid.setdefault(identity.uid, key)
        self.by_name[(identity.type, identity.name)].append(key)
        self.reach[key] = identity.reach
        self.names[key] = shown

    def find(self, identity: Identity) -> Match | None:
        """The same contact (UID; name and a way to reach it), else one of the same name."""
        if identity.uid and identity.uid in self.by_uid:
            key = self.by_uid[identity.uid]
            return Match(key, self.names[key], _("the same contact (UID)"), same=True)
        namesakes = self.by_name.get((identity.type, identity.name), []) if identity.name else []
        for key in namesakes:
            shared = set(identity.reach & self.reach[key])
            if shared:
                return Match(key, self.names[key], _reason(shared), same=True)
        if namesakes:
            key = namesakes[0]
            return Match(key, self.names[key], _("the same name"), same=False)
        return None


def book_register(session: Session) -> Register:
    """Every person and organisation of the book, keyed by their ContactRef."""
    register = Register()
    reach = reach_of_people(session)
    for person in session.scalars(select(Person)):
        ref = ContactRef(_PERSON, person.id)
        name = person_name(person)
        identity = Identity(_PERSON, fold(name), person.uid, frozenset(reach.get(person.id, ())))
        register.add(ref, identity, name)
    for organisation in session.scalars(select(Organisation)):
        ref = ContactRef(_ORGANISATION, organisation.id)
        ways = {
            email_way(organisation.email),
            phone_way(organisation.phone),
            ("web", organisation.website.strip().lower().rstrip("/")),
            ("municipality", organisation.municipality_code or ""),
        }
        identity = Identity(
            _ORGANISATION,
            fold(organisation.name),
            organisation.uid,
            frozenset((kind, value) for kind, value in ways if value),
        )
        register.add(ref, identity, organisation.name)
    return register
