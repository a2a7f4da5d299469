"""One record of a contact file into the book: added as a new contact, or merged into one.

Everything a card carries lands somewhere: the fields the book has a place for go there; a merge
adds what the contact does not have yet and never overwrites. An organisation keeps one phone
number, e-mail address, website and address in its own fields; any further ones go to its notes.
Our own exports carry every job with its dates, so the history of a person travels whole.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from advocaat.contacts.cards import CardKind, ChannelKind, ContactCard, PositionRecord
from advocaat.contacts.matching import person_name_of
from advocaat.contacts.people import (
    OrganisationData,
    PersonData,
    create_organisation,
    create_person,
    current_position,
    organisation_data,
    person_data,
    refresh_organisation,
    refresh_person,
    update_organisation,
    update_person,
)
from advocaat.contacts.phones import normalize_phone
from advocaat.contacts.search import ContactRef, ContactType
from advocaat.core.text import fold
from advocaat.db.contact_tables import (
    Organisation,
    Person,
    PersonAddress,
    PersonWebsite,
    Position,
)
from advocaat.i18n import _
from advocaat.organisation.municipalities import find_municipality


class Resolver:
    """Names to rows, looked up once per import instead of once per card."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._municipalities: dict[str, str | None] = {}
        self._organisations: dict[str, int] = {}
        for identifier, name in session.execute(select(Organisation.id, Organisation.name)):
            self._organisations.setdefault(fold(name), identifier)

    def municipality_code(self, text: str) -> str | None:
        if not text.strip():
            return None
        if text not in self._municipalities:
            municipality = find_municipality(self._session, text)
            self._municipalities[text] = municipality.cbs_code if municipality else None
        return self._municipalities[text]

    def remember(self, organisation: Organisation) -> None:
        """An organisation this import added: people of the same file who name it work there."""
        self._organisations[fold(organisation.name)] = organisation.id

    def organisation_for(self, name: str, uid: str = "") -> int | None:
        """The organisation with this UID, else called ``name`` (made when the book lacks it)."""
        if uid:
            found = self._session.scalar(select(Organisation.id).where(Organisation.uid == uid))
            if found is not None:
                return found
        if not name.strip():
            return None
        wanted = fold(name)
        if wanted not in self._organisations:
            created = create_organisation(self._session, OrganisationData(name=name))
            self._organisations[wanted] = created.id
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


def _keep_uid(session: Session, row: Person | Organisation, uid: str) -> None:
    """The file's UID, so importing the same file again matches; unless another row has it."""
    table = type(row)
    if uid and session.scalar(select(table.id).where(table.uid == uid)) is None:
        row.uid = uid


# -- people --------------------------------------------------------------------------------------


def _position_key(
    organisation_id: int | None, role: str, position: Position | PositionRecord
) -> tuple[object, ...]:
    return (organisation_id, fold(role), position.started_on, position.ended_on)


def _add_positions(person: Person, records: list[PositionRecord], resolver: Resolver) -> None:
    """The jobs of our own export that the person does not have yet; a current one only when
    the person has none."""
    have = {_position_key(p.organisation_id, p.role, p) for p in person.positions}
    for record in records:
        if record.ended_on is None and current_position(person) is not None:
            continue
        organisation_id = resolver.organisation_for(record.organisation, record.organisation_uid)
        key = _position_key(organisation_id, record.role, record)
        if key in have:
            continue
        have.add(key)
        person.positions.append(
            Position(
                organisation_id=organisation_id,
                role=record.role,
                portfolio=record.portfolio,
                department=record.department,
                started_on=record.started_on,
                ended_on=record.ended_on,
            )
        )


def _add_person_extras(person: Person, card: ContactCard) -> None:
    """Addresses, websites, photo and strategy: what the person form does not hold."""
    addresses = {
        (a.kind, a.street, a.postcode, a.city, a.region, a.country) for a in person.addresses
    }
    for address in card.addresses:
        row = PersonAddress(
            kind=_kind(address.kind),
            street=address.street,
            postcode=address.postcode,
            city=address.city,
            region=address.region,
            country=address.country,
        )
        key = (row.kind, row.street, row.postcode, row.city, row.region, row.country)
        if key not in addresses:
            person.addresses.append(row)
            addresses.add(key)
    urls = {website.url for website in person.websites}
    for url in card.urls:
        if url not in urls:
            person.websites.append(PersonWebsite(url=url))
            urls.add(url)
    if card.photo and not person.photo:
        person.photo, person.photo_type = card.photo, card.photo_type
    person.strategy = _appended(person.strategy, card.strategy)


def _person_data(card: ContactCard, resolver: Resolver) -> PersonData:
    jobs_apart = bool(card.positions)  # our own export: the jobs come with their history
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
        organisation_id=None if jobs_apart else resolver.organisation_for(card.organisation),
        role="" if jobs_apart else card.job_title,
        portfolio="" if jobs_apart else card.portfolio,
    )


def _set_department(person: Person, card: ContactCard) -> None:
    position = current_position(person)
    if position is not None and not card.positions and not position.department:
        position.department = card.department


def add_person(session: Session, card: ContactCard, resolver: Resolver) -> ContactRef:
    person = create_person(session, _person_data(card, resolver))
    _keep_uid(session, person, card.uid)
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
    _keep_uid(session, organisation, card.uid)
    _add_organisation_extras(organisation, card)
    resolver.remember(organisation)
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
