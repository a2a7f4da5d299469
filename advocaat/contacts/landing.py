"""One record of a contact file into the book: added as a new contact, or merged into one.

Everything a card carries lands somewhere: the fields the book has a place for go there; a merge
adds what the contact does not have yet and never overwrites. An organisation keeps one phone
number, e-mail address, website and address in its own fields; any further ones go to its notes.
Our own exports carry every job with its dates, so the history of a person travels whole.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from advocaat.contacts.bulk import NewOrganisation, NewPerson, insert_organisations, insert_people
from advocaat.contacts.cards import CardKind, ChannelKind, ContactCard, PositionRecord
from advocaat.contacts.matching import person_name_of
from advocaat.contacts.people import (
    ContactError,
    OrganisationData,
    PersonData,
    check_organisation_data,
    check_person_data,
    create_organisation,
    create_person,
    current_position,
    email_rows,
    new_position_row,
    organisation_columns,
    organisation_data,
    person_columns,
    person_data,
    phone_rows,
    refresh_organisation,
    refresh_person,
    update_organisation,
    update_person,
)
from advocaat.contacts.phones import normalize_phone
from advocaat.contacts.search import ContactRef, ContactType
from advocaat.core.text import fold
from advocaat.db.contact_tables import (
    ContactIndex,
    Organisation,
    Person,
    PersonAddress,
    PersonWebsite,
    Position,
    new_uid,
)
from advocaat.db.models import Municipality
from advocaat.i18n import _
from advocaat.organisation.municipalities import find_municipality

T = TypeVar("T")


def _name_key(name: str) -> str:
    """An organisation's name as the book stores it (spaces and line breaks made one space),
    folded: "A\\n dviesraad" in a file finds the "A dviesraad" it was stored as."""
    return fold(" ".join(name.split()))


class Resolver:
    """Names to rows, looked up once per import instead of once per card.

    It holds what the database held when it was made, plus what the import added through it;
    after a rollback, make a new one.
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        self._municipalities: dict[str, str | None] = {}
        self._organisations: dict[str, int] = {}
        self._organisation_uids: dict[str, int] = {}
        self._taken_uids: dict[CardKind, set[str]] = {}
        rows = session.execute(select(Organisation.id, Organisation.name, Organisation.uid))
        for identifier, name, uid in rows:
            self._organisations.setdefault(_name_key(name), identifier)
            self._organisation_uids[uid] = identifier

    def municipality_code(self, text: str) -> str | None:
        if not text.strip():
            return None
        if text not in self._municipalities:
            municipality = find_municipality(self._session, text)
            self._municipalities[text] = municipality.cbs_code if municipality else None
        return self._municipalities[text]

    def remember(self, name: str, identifier: int, uid: str) -> None:
        """An organisation this import added: people of the same file who name it work there."""
        self._organisations[_name_key(name)] = identifier
        self._organisation_uids[uid] = identifier

    def free_uid(self, kind: CardKind, uid: str) -> str:
        """``uid`` when no person (or organisation) has it yet, taken from now on; else ""."""
        if kind not in self._taken_uids:
            table = Organisation if kind is CardKind.ORGANISATION else Person
            self._taken_uids[kind] = set(self._session.scalars(select(table.uid)))
        taken = self._taken_uids[kind]
        if not uid or uid in taken:
            return ""
        taken.add(uid)
        return uid

    def organisation_for(self, name: str, uid: str = "") -> int | None:
        """The organisation with this UID, else called ``name`` (made when the book lacks it)."""
        if uid in self._organisation_uids:
            return self._organisation_uids[uid]
        if not name.strip():
            return None
        wanted = _name_key(name)
        if wanted not in self._organisations:
            created = create_organisation(self._session, OrganisationData(name=name))
            self.remember(created.name, created.id, created.uid)
        return self._organisations[wanted]


def _kind(kind: ChannelKind) -> str:
    return kind.value


def _merged(
    old: list[tuple[str, str]], new: list[tuple[str, str]], key: Callable[[str], str]
) -> list[tuple[str, str]]:
    """``old`` plus the values of ``new`` it does not hold yet (compared by ``key``)."""
    have = {key(value) for value, _kind in old}
    return old + [(value, kind) for value, kind in new if key(value) not in have]


def _appended(text: str, more: str) -> str:
    return text if not more or more in text else f"{text}\n{more}".strip()


def _new_themes(themes: list[str], more: list[str]) -> list[str]:
    have = {fold(theme) for theme in themes}
    return themes + [theme for theme in more if fold(theme) not in have]


def _keep_uid(resolver: Resolver, row: Person | Organisation, kind: CardKind, uid: str) -> None:
    """The file's UID, so importing the same file again matches; unless another row has it."""
    if resolver.free_uid(kind, uid):
        row.uid = uid


# -- people --------------------------------------------------------------------------------------


def _position_key(
    organisation_id: int | None, role: str, started_on: date | None, ended_on: date | None
) -> tuple[object, ...]:
    return (organisation_id, fold(role), started_on, ended_on)


def _positions_to_add(
    have: set[tuple[object, ...]],
    has_current: bool,
    records: list[PositionRecord],
    resolver: Resolver,
) -> list[dict[str, Any]]:
    """The jobs of our own export that are not in ``have`` yet; a current one only when there
    is none."""
    rows: list[dict[str, Any]] = []
    for record in records:
        if record.ended_on is None and has_current:
            continue
        organisation_id = resolver.organisation_for(record.organisation, record.organisation_uid)
        key = _position_key(organisation_id, record.role, record.started_on, record.ended_on)
        if key in have:
            continue
        have.add(key)
        has_current = has_current or record.ended_on is None
        rows.append(
            {
                "organisation_id": organisation_id,
                "role": record.role,
                "portfolio": record.portfolio,
                "department": record.department,
                "started_on": record.started_on,
                "ended_on": record.ended_on,
            }
        )
    return rows


def _add_positions(person: Person, records: list[PositionRecord], resolver: Resolver) -> None:
    have = {
        _position_key(p.organisation_id, p.role, p.started_on, p.ended_on) for p in person.positions
    }
    has_current = current_position(person) is not None
    for row in _positions_to_add(have, has_current, records, resolver):
        person.positions.append(Position(**row))


_ADDRESS_FIELDS = ("kind", "street", "postcode", "city", "region", "country")


def _addresses_to_add(have: set[tuple[str, ...]], card: ContactCard) -> list[dict[str, str]]:
    rows = []
    for address in card.addresses:
        row = {name: getattr(address, name) for name in _ADDRESS_FIELDS} | {
            "kind": _kind(address.kind)
        }
        key = tuple(row.values())
        if key not in have:
            rows.append(row)
            have.add(key)
    return rows


def _urls_to_add(have: set[str], card: ContactCard) -> list[str]:
    return [url for url in dict.fromkeys(card.urls) if url not in have]


def _add_person_extras(person: Person, card: ContactCard) -> None:
    """Addresses, websites, photo and strategy: what the person form does not hold."""
    have = {tuple(getattr(a, name) for name in _ADDRESS_FIELDS) for a in person.addresses}
    person.addresses += [PersonAddress(**row) for row in _addresses_to_add(have, card)]
    urls = {website.url for website in person.websites}
    person.websites += [PersonWebsite(url=url) for url in _urls_to_add(urls, card)]
    if card.photo and not person.photo:
        person.photo, person.photo_type = card.photo, card.photo_type
    person.strategy = _appended(person.strategy, card.strategy)


def _person_data(card: ContactCard, resolver: Resolver) -> PersonData:
    data = _person_data_alone(card, resolver)
    if not card.positions:  # our own export: the jobs come with their history
        data.organisation_id = resolver.organisation_for(card.organisation)
    return data


def _person_data_alone(card: ContactCard, resolver: Resolver) -> PersonData:
    """What the card says of the person, without looking up (or making) the employer."""
    jobs_apart = bool(card.positions)
    return PersonData(
        given_name=card.given_name or ("" if card.family_name else person_name_of(card)),
        infix=card.infix,
        family_name=card.family_name,
        municipality_code=resolver.municipality_code(card.municipality),
        notes=card.note,
        influence=card.influence,
        attitude=card.attitude,
        phones=[(phone.number, _kind(phone.kind)) for phone in card.phones if phone.number],
        emails=[(email.address, _kind(email.kind)) for email in card.emails],
        themes=card.categories,
        role="" if jobs_apart else card.job_title,
        portfolio="" if jobs_apart else card.portfolio,
    )


def _set_department(person: Person, card: ContactCard) -> None:
    position = current_position(person)
    if position is not None and not card.positions and not position.department:
        position.department = card.department


def add_person(session: Session, card: ContactCard, resolver: Resolver) -> ContactRef:
    person = create_person(session, _person_data(card, resolver))
    _keep_uid(resolver, person, CardKind.PERSON, card.uid)
    _set_department(person, card)
    _add_positions(person, card.positions, resolver)
    _add_person_extras(person, card)
    session.flush()
    refresh_person(session, person)
    return ContactRef(ContactType.PERSON.value, person.id)


def merge_person(session: Session, card: ContactCard, person_id: int, resolver: Resolver) -> None:
    """Add what the card knows and the person does not; nothing the person has is overwritten."""
    person = session.get_one(Person, person_id)
    data = person_data(person)
    incoming = _person_data(card, resolver)
    data.phones = _merged(data.phones, incoming.phones, lambda n: normalize_phone(n).e164 or n)
    data.emails = _merged(data.emails, incoming.emails, lambda a: a.strip().lower())
    data.themes = _new_themes(data.themes, incoming.themes)
    data.notes = _appended(data.notes, incoming.notes)
    data.municipality_code = data.municipality_code or incoming.municipality_code
    data.influence = data.influence if data.influence is not None else incoming.influence
    data.attitude = data.attitude if data.attitude is not None else incoming.attitude
    if current_position(person) is None and not card.positions:
        data.organisation_id, data.role = incoming.organisation_id, incoming.role
        data.portfolio = incoming.portfolio
    if data != person_data(person):  # importing the same file again writes nothing
        update_person(session, person, data)
    _set_department(person, card)
    _add_positions(person, card.positions, resolver)
    _add_person_extras(person, card)
    session.flush()
    refresh_person(session, person)


# -- organisations -------------------------------------------------------------------------------


def _overflow(card: ContactCard) -> str:
    """What an organisation has no field for: its second and further numbers, addresses, …"""
    lines = [_("Also phone: {number}").format(number=p.number) for p in card.phones[1:]]
    lines += [_("Also e-mail: {address}").format(address=e.address) for e in card.emails[1:]]
    lines += [_("Also website: {url}").format(url=url) for url in card.urls[1:]]
    for address in card.addresses[1:]:
        parts = (address.street, address.postcode, address.city, address.region, address.country)
        text = ", ".join(part for part in parts if part)
        lines.append(_("Also address: {address}").format(address=text))
    return "\n".join(lines)


def _organisation_data(card: ContactCard, resolver: Resolver) -> OrganisationData:
    address = card.addresses[0] if card.addresses else None
    return OrganisationData(
        name=card.organisation or card.display_name(),
        kind=card.organisation_kind or "other",
        municipality_code=resolver.municipality_code(card.municipality),
        street=address.street if address else "",
        postcode=address.postcode if address else "",
        city=address.city if address else "",
        phone=card.phones[0].number if card.phones else "",
        email=card.emails[0].address if card.emails else "",
        website=card.urls[0] if card.urls else "",
        notes=_appended(card.note, _overflow(card)),
        themes=card.categories,
    )


def _add_organisation_extras(organisation: Organisation, card: ContactCard) -> None:
    for name in ("influence", "attitude"):
        if getattr(organisation, name) is None:
            setattr(organisation, name, getattr(card, name))
    if card.photo and not organisation.photo:
        organisation.photo, organisation.photo_type = card.photo, card.photo_type
    organisation.strategy = _appended(organisation.strategy, card.strategy)
    organisation.updated_at = datetime.now()


def add_organisation(session: Session, card: ContactCard, resolver: Resolver) -> ContactRef:
    organisation = create_organisation(session, _organisation_data(card, resolver))
    _keep_uid(resolver, organisation, CardKind.ORGANISATION, card.uid)
    _add_organisation_extras(organisation, card)
    resolver.remember(organisation.name, organisation.id, organisation.uid)
    return ContactRef(ContactType.ORGANISATION.value, organisation.id)


def merge_organisation(
    session: Session, card: ContactCard, organisation_id: int, resolver: Resolver
) -> None:
    organisation = session.get_one(Organisation, organisation_id)
    data = organisation_data(organisation)
    incoming = _organisation_data(card, resolver)
    for name in ("municipality_code", "street", "postcode", "city", "phone", "email", "website"):
        if not getattr(data, name):
            setattr(data, name, getattr(incoming, name))
    if data.kind == "other":
        data.kind = incoming.kind
    data.notes = _appended(data.notes, incoming.notes)
    data.themes = _new_themes(data.themes, incoming.themes)
    if data != organisation_data(organisation):  # nor does it re-index all who work there
        update_organisation(session, organisation, data)
    _add_organisation_extras(organisation, card)
    session.flush()
    refresh_organisation(session, organisation)


def add_card(session: Session, card: ContactCard, resolver: Resolver) -> ContactRef:
    if card.kind is CardKind.ORGANISATION:
        return add_organisation(session, card, resolver)
    return add_person(session, card, resolver)


def merge_card(session: Session, card: ContactCard, ref: ContactRef, resolver: Resolver) -> None:
    if ref.type == ContactType.ORGANISATION:
        merge_organisation(session, card, ref.id, resolver)
    else:
        merge_person(session, card, ref.id, resolver)


# -- many new contacts at once -------------------------------------------------------------------


def _new_person(card: ContactCard, resolver: Resolver) -> NewPerson:
    """The rows :func:`add_person` would write for the card; ContactError when it cannot be."""
    data = _person_data_alone(card, resolver)
    check_person_data(data)
    if not card.positions:
        data.organisation_id = resolver.organisation_for(card.organisation)
    columns = person_columns(data) | {
        "uid": resolver.free_uid(CardKind.PERSON, card.uid) or new_uid(),
        "photo": card.photo or None,
        "photo_type": card.photo_type if card.photo else "",
        "strategy": _appended("", card.strategy),
    }
    position = new_position_row(data)
    positions = [position] if position else []
    if position is not None and not card.positions:
        position["department"] = card.department
    have = {
        _position_key(p["organisation_id"], p["role"], p["started_on"], p["ended_on"])
        for p in positions
    }
    positions += _positions_to_add(have, position is not None, card.positions, resolver)
    return NewPerson(
        columns,
        phones=phone_rows(data),
        emails=email_rows(data),
        themes=data.themes,
        positions=positions,
        addresses=_addresses_to_add(set(), card),
        websites=_urls_to_add(set(), card),
    )


def _new_organisation(card: ContactCard, resolver: Resolver) -> NewOrganisation:
    """The rows :func:`add_organisation` would write for the card."""
    data = _organisation_data(card, resolver)
    check_organisation_data(data)
    columns = organisation_columns(data) | {
        "uid": resolver.free_uid(CardKind.ORGANISATION, card.uid) or new_uid(),
        "influence": card.influence,
        "attitude": card.attitude,
        "photo": card.photo or None,
        "photo_type": card.photo_type if card.photo else "",
        "strategy": _appended("", card.strategy),
    }
    return NewOrganisation(columns, themes=data.themes)


def _built(
    cards: list[ContactCard],
    kind: CardKind,
    build: Callable[[ContactCard, Resolver], T],
    resolver: Resolver,
    results: dict[int, ContactRef | ContactError],
) -> list[tuple[int, T]]:
    """The rows of the cards of one kind, by their place; a refused card's error in results."""
    rows = []
    for place, card in enumerate(cards):
        if card.kind is not kind:
            continue
        try:
            rows.append((place, build(card, resolver)))
        except ContactError as error:
            results[place] = error
    return rows


def add_cards(
    session: Session, cards: list[ContactCard], resolver: Resolver
) -> list[ContactRef | ContactError]:
    """Add every card as a new contact in one go (see :mod:`advocaat.contacts.bulk`); in each
    card's place its contact, or why the book refuses it (then nothing of it is written).

    Organisations land first, so the people of the same cards find their employer."""
    results: dict[int, ContactRef | ContactError] = {}
    organisations = _built(cards, CardKind.ORGANISATION, _new_organisation, resolver, results)
    ids = insert_organisations(session, [row for _place, row in organisations])
    for (place, row), identifier in zip(organisations, ids, strict=True):
        results[place] = ContactRef(ContactType.ORGANISATION.value, identifier)
        resolver.remember(row.columns["name"], identifier, row.columns["uid"])
    people = _built(cards, CardKind.PERSON, _new_person, resolver, results)
    ids = insert_people(session, [row for _place, row in people])
    for (place, _row), identifier in zip(people, ids, strict=True):
        results[place] = ContactRef(ContactType.PERSON.value, identifier)
    return [results[place] for place in range(len(cards))]


def load_for_merge(session: Session, refs: list[ContactRef]) -> list[object]:
    """The contacts records will merge into, with all a merge reads and their search rows, in a
    few queries a kind instead of several per record; keep the list while merging (the session
    holds them weakly)."""
    people = [ref.id for ref in refs if ref.type == ContactType.PERSON.value]
    organisations = [ref.id for ref in refs if ref.type == ContactType.ORGANISATION.value]
    loaded: list[object] = list(session.scalars(select(Municipality)))  # their names are indexed
    if people:
        relations = (Person.phones, Person.emails, Person.themes, Person.positions,
                     Person.addresses, Person.websites)  # fmt: skip
        wanted = select(Person).where(Person.id.in_(people))
        employers = selectinload(Person.positions).selectinload(Position.organisation)
        loaded += session.scalars(wanted.options(*map(selectinload, relations), employers))
    if organisations:
        named = select(Organisation).where(Organisation.id.in_(organisations))
        relations_of = (Organisation.themes, Organisation.positions)
        loaded += session.scalars(named.options(*map(selectinload, relations_of)))
    for kind, ids in ((ContactType.PERSON, people), (ContactType.ORGANISATION, organisations)):
        if ids:
            rows = select(ContactIndex).where(ContactIndex.kind == kind.value)
            loaded += session.scalars(rows.where(ContactIndex.id.in_(ids)))
    return loaded
