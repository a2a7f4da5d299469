"""Importing and exporting the contact book (vCard, CSV), without duplicates.

An import is read whole first and shown as a preview: each record is new, or looks like a contact
already in the book (same UID, e-mail address, phone number, or name and organisation), and is
then merged into it rather than added twice. Applying the preview is one unit of work: it lands
whole or not at all. Our own exports carry each contact's UID, so importing them again changes
nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from advocaat.contacts.cards import (
    MAX_CONTACT_FILE_BYTES,
    CardKind,
    ChannelKind,
    ContactCard,
    ContactFileError,
    Email,
    Phone,
    PostalAddress,
    ReadResult,
    RecordProblem,
)
from advocaat.contacts.csv_contacts import read_contacts_csv, write_contacts_csv
from advocaat.contacts.names import full_name, infix_from_full_name, split_infix
from advocaat.contacts.people import (
    OrganisationData,
    PersonData,
    create_organisation,
    create_person,
    current_position,
    organisation_data,
    person_data,
    person_name,
    update_organisation,
    update_person,
    valid_email,
)
from advocaat.contacts.phones import normalize_phone
from advocaat.contacts.search import ContactRef, ContactType
from advocaat.contacts.vcard import read_vcards, write_vcards
from advocaat.core.municipalities import find_municipality, fold
from advocaat.db.contact_tables import EmailAddress, Organisation, Person, PhoneNumber
from advocaat.i18n import _


class FileFormat(StrEnum):
    VCARD = "vcf"
    CSV = "csv"


class Action(StrEnum):
    ADD = "add"
    MERGE = "merge"
    SKIP = "skip"


@dataclass
class Candidate:
    """One record of the file and what importing it would do."""

    card: ContactCard
    action: Action
    match: ContactRef | None = None
    match_name: str = ""
    reason: str = ""
    warning: str = ""
    """Something the user should know, such as an e-mail address that was not valid."""


@dataclass
class ImportPreview:
    file_name: str
    format: FileFormat
    candidates: list[Candidate]
    problems: list[RecordProblem]

    @property
    def new_count(self) -> int:
        return sum(1 for c in self.candidates if c.action is Action.ADD)

    @property
    def match_count(self) -> int:
        return sum(1 for c in self.candidates if c.match is not None)


@dataclass
class ImportSummary:
    added: int = 0
    merged: int = 0
    skipped: int = 0
    problems: list[RecordProblem] = field(default_factory=list)


def detect_format(data: bytes) -> FileFormat:
    """vCard when the text starts with BEGIN:VCARD (after a BOM and blank lines), else CSV."""
    head = data[:4096]
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        head = head.removeprefix(bom)
    if b"\x00" in head[:200]:  # UTF-16: look at the letters only
        head = head.replace(b"\x00", b"")
    return FileFormat.VCARD if head.lstrip().upper().startswith(b"BEGIN:VCARD") else FileFormat.CSV


def read_contact_file(file_name: str, data: bytes) -> tuple[FileFormat, ReadResult]:
    """Read a vCard or CSV file; a file that cannot be used names itself in the message."""
    if len(data) > MAX_CONTACT_FILE_BYTES:
        raise ContactFileError(
            _("{file} is too large to be an address book.").format(file=file_name)
        )
    kind = detect_format(data)
    try:
        result = read_vcards(data) if kind is FileFormat.VCARD else read_contacts_csv(data)
    except ContactFileError as error:
        raise ContactFileError(
            _("{file}: {message}").format(file=file_name, message=error.message)
        ) from error
    if not result.cards and not result.problems:
        raise ContactFileError(_("{file} holds no contacts.").format(file=file_name))
    return kind, result


# -- matching ------------------------------------------------------------------------------------


@dataclass
class _Known:
    """What the book already holds, indexed for matching a file against it."""

    by_uid: dict[str, ContactRef] = field(default_factory=dict)
    by_email: dict[str, ContactRef] = field(default_factory=dict)
    by_phone: dict[str, ContactRef] = field(default_factory=dict)
    by_name: dict[str, ContactRef] = field(default_factory=dict)
    names: dict[ContactRef, str] = field(default_factory=dict)


def _known(session: Session) -> _Known:
    known = _Known()
    for person in session.scalars(select(Person)):
        ref = ContactRef(ContactType.PERSON.value, person.id)
        name = person_name(person)
        known.names[ref] = name
        known.by_uid[person.uid] = ref
        known.by_name.setdefault(fold(name), ref)
    for identifier, address in session.execute(
        select(EmailAddress.person_id, EmailAddress.address)
    ):
        known.by_email.setdefault(address, ContactRef(ContactType.PERSON.value, identifier))
    for identifier, number in session.execute(
        select(PhoneNumber.person_id, PhoneNumber.normalized).where(PhoneNumber.normalized != "")
    ):
        known.by_phone.setdefault(number, ContactRef(ContactType.PERSON.value, identifier))
    for organisation in session.scalars(select(Organisation)):
        ref = ContactRef(ContactType.ORGANISATION.value, organisation.id)
        known.names[ref] = organisation.name
        known.by_uid[organisation.uid] = ref
        known.by_name.setdefault("org:" + fold(organisation.name), ref)
        if organisation.email:
            known.by_email.setdefault(organisation.email, ref)
    return known


def _fill_infix(card: ContactCard) -> None:
    """Outlook writes N:Vries;Henk with FN "Henk de Vries": the "de" belongs to the surname."""
    if not card.infix:
        card.infix = infix_from_full_name(card.formatted_name, card.given_name, card.family_name)


def _person_name_of(card: ContactCard) -> str:
    if card.given_name or card.family_name:
        infix, family = split_infix(card.family_name, card.infix)
        return full_name(card.given_name, infix, family)
    return card.formatted_name


def _match(card: ContactCard, known: _Known) -> tuple[ContactRef | None, str]:
    if card.uid and card.uid in known.by_uid:
        return known.by_uid[card.uid], _("the same contact (UID)")
    if card.kind is CardKind.ORGANISATION:
        ref = known.by_name.get("org:" + fold(card.organisation or card.formatted_name))
        return (ref, _("the same name")) if ref else (None, "")
    for email in card.emails:
        ref = known.by_email.get(email.address.strip().lower())
        if ref and ref.type == ContactType.PERSON:
            return ref, _("the same e-mail address")
    for phone in card.phones:
        e164 = normalize_phone(phone.number).e164
        if e164 and e164 in known.by_phone:
            return known.by_phone[e164], _("the same phone number")
    ref = known.by_name.get(fold(_person_name_of(card)))
    return (ref, _("the same name")) if ref else (None, "")


def _set_aside_bad_emails(card: ContactCard) -> str:
    """Move e-mail addresses that are not valid into the note, so nothing is lost; say so."""
    bad = [email.address for email in card.emails if not valid_email(email.address)]
    if not bad:
        return ""
    card.emails = [email for email in card.emails if valid_email(email.address)]
    addresses = ", ".join(bad)
    kept = _("Not a valid e-mail address: {address}").format(address=addresses)
    card.note = f"{card.note}\n{kept}".strip()
    return _("{address} is not a valid e-mail address; it is kept in the notes").format(
        address=addresses
    )


def preview_import(session: Session, file_name: str, data: bytes) -> ImportPreview:
    """What importing ``data`` would do, without changing anything."""
    kind, result = read_contact_file(file_name, data)
    known = _known(session)
    candidates = []
    seen_in_file: dict[str, int] = {}
    for card in result.cards:
        _fill_infix(card)
        warning = _set_aside_bad_emails(card)
        ref, reason = _match(card, known)
        key = card.uid or fold(card.display_name())
        if ref is None and key in seen_in_file:
            candidates.append(
                Candidate(card, Action.SKIP, reason=_("twice in the file; the first one is used"))
            )
            continue
        seen_in_file[key] = len(candidates)
        if ref is None:
            candidates.append(Candidate(card, Action.ADD, warning=warning))
        else:
            candidates.append(Candidate(card, Action.MERGE, ref, known.names[ref], reason, warning))
    return ImportPreview(file_name, kind, candidates, result.problems)


# -- applying ------------------------------------------------------------------------------------


class _Resolver:
    """Names to rows, looked up once per unit of work instead of once per imported card."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._municipalities: dict[str, str | None] = {}
        self._organisations = {
            fold(name): identifier
            for identifier, name in session.execute(select(Organisation.id, Organisation.name))
        }

    @classmethod
    def of(cls, session: Session) -> _Resolver:
        return session.info.setdefault("advocaat.import_resolver", cls(session))

    def municipality_code(self, text: str) -> str | None:
        if not text.strip():
            return None
        if text not in self._municipalities:
            municipality = find_municipality(self._session, text)
            self._municipalities[text] = municipality.cbs_code if municipality else None
        return self._municipalities[text]

    def remember(self, organisation: Organisation) -> None:
        self._organisations.setdefault(fold(organisation.name), organisation.id)

    def organisation_for(self, name: str) -> int | None:
        """The organisation called ``name``, made when the book does not have it yet."""
        if not name.strip():
            return None
        wanted = fold(name)
        if wanted not in self._organisations:
            created = create_organisation(self._session, OrganisationData(name=name))
            self._organisations[wanted] = created.id
        return self._organisations[wanted]


def _municipality_code(session: Session, text: str) -> str | None:
    return _Resolver.of(session).municipality_code(text)


def _organisation_for(session: Session, name: str) -> int | None:
    return _Resolver.of(session).organisation_for(name)


def _phone_kind(kind: ChannelKind) -> str:
    return kind.value if kind is not ChannelKind.OTHER else "other"


def _merge_lists(
    old: list[tuple[str, str]], new: list[tuple[str, str]], key: Callable[[str], str]
) -> list[tuple[str, str]]:
    """``old`` plus the values of ``new`` it does not hold yet (compared by ``key``)."""
    have = {key(value) for value, _kind in old}
    return old + [(value, kind) for value, kind in new if key(value) not in have]


def _apply_person(session: Session, candidate: Candidate) -> None:
    card = candidate.card
    phones = [(phone.number, _phone_kind(phone.kind)) for phone in card.phones if phone.number]
    emails = [(email.address, _phone_kind(email.kind)) for email in card.emails]
    given = card.given_name or ("" if card.family_name else card.formatted_name)
    if candidate.match is None:
        data = PersonData(
            given_name=given,
            infix=card.infix,
            family_name=card.family_name,
            municipality_code=_municipality_code(session, card.municipality),
            notes=card.note,
            phones=phones,
            emails=emails,
            themes=card.categories,
            organisation_id=_organisation_for(session, card.organisation),
            role=card.job_title,
        )
        person = create_person(session, data)
        if card.uid and session.scalar(select(Person.id).where(Person.uid == card.uid)) is None:
            person.uid = card.uid
        return
    person = session.get(Person, candidate.match.id)
    data = person_data(person)
    data.phones = _merge_lists(data.phones, phones, lambda n: normalize_phone(n).e164 or n)
    data.emails = _merge_lists(data.emails, emails, lambda a: a.strip().lower())
    data.themes = data.themes + [
        t for t in card.categories if fold(t) not in map(fold, data.themes)
    ]
    if card.note and card.note not in data.notes:
        data.notes = f"{data.notes}\n{card.note}".strip()
    data.municipality_code = data.municipality_code or _municipality_code(
        session, card.municipality
    )
    if current_position(person) is None and (card.organisation or card.job_title):
        data.organisation_id = _organisation_for(session, card.organisation)
        data.role = card.job_title
    update_person(session, person, data)


def _apply_organisation(session: Session, candidate: Candidate) -> None:
    card = candidate.card
    address = card.addresses[0] if card.addresses else PostalAddress()
    incoming = OrganisationData(
        name=card.organisation or card.formatted_name,
        municipality_code=_municipality_code(session, card.municipality),
        street=address.street,
        postcode=address.postcode,
        city=address.city,
        phone=card.phones[0].number if card.phones else "",
        email=card.emails[0].address if card.emails else "",
        website=card.urls[0] if card.urls else "",
        notes=card.note,
        themes=card.categories,
    )
    if candidate.match is None:
        organisation = create_organisation(session, incoming)
        _Resolver.of(session).remember(organisation)
        if (
            card.uid
            and session.scalar(select(Organisation.id).where(Organisation.uid == card.uid)) is None
        ):
            organisation.uid = card.uid
        return
    organisation = session.get(Organisation, candidate.match.id)
    data = organisation_data(organisation)
    for name in ("municipality_code", "street", "postcode", "city", "phone", "email", "website"):
        if not getattr(data, name):
            setattr(data, name, getattr(incoming, name))
    if incoming.notes and incoming.notes not in data.notes:
        data.notes = f"{data.notes}\n{incoming.notes}".strip()
    data.themes = data.themes + [
        t for t in incoming.themes if fold(t) not in map(fold, data.themes)
    ]
    update_organisation(session, organisation, data)


def apply_import(session: Session, preview: ImportPreview) -> ImportSummary:
    """Carry out the preview; the caller's unit of work makes it all-or-nothing."""
    summary = ImportSummary(problems=list(preview.problems))
    for candidate in preview.candidates:
        if candidate.action is Action.SKIP:
            summary.skipped += 1
            continue
        if candidate.card.kind is CardKind.ORGANISATION:
            _apply_organisation(session, candidate)
        else:
            _apply_person(session, candidate)
        if candidate.action is Action.ADD:
            summary.added += 1
        else:
            summary.merged += 1
        session.flush()
    summary.skipped += len(preview.problems)
    return summary


# -- exporting -----------------------------------------------------------------------------------


def _person_card(person: Person) -> ContactCard:
    position = current_position(person)
    return ContactCard(
        kind=CardKind.PERSON,
        uid=person.uid,
        formatted_name=person_name(person),
        given_name=person.given_name,
        infix=person.infix,
        family_name=person.family_name,
        organisation=position.organisation.name if position and position.organisation else "",
        job_title=position.role if position else "",
        phones=[Phone(phone.number, ChannelKind(phone.kind)) for phone in person.phones],
        emails=[Email(email.address, ChannelKind(email.kind)) for email in person.emails],
        note=person.notes,
        categories=[theme.name for theme in person.themes],
        municipality=person.municipality_code or "",
    )


def _organisation_card(organisation: Organisation) -> ContactCard:
    has_address = organisation.street or organisation.postcode or organisation.city
    return ContactCard(
        kind=CardKind.ORGANISATION,
        uid=organisation.uid,
        formatted_name=organisation.name,
        organisation=organisation.name,
        job_title="",
        phones=[Phone(organisation.phone, ChannelKind.WORK)] if organisation.phone else [],
        emails=[Email(organisation.email, ChannelKind.WORK)] if organisation.email else [],
        addresses=[PostalAddress(organisation.street, organisation.postcode, organisation.city)]
        if has_address
        else [],
        urls=[organisation.website] if organisation.website else [],
        note=organisation.notes,
        categories=[theme.name for theme in organisation.themes],
        municipality=organisation.municipality_code or "",
    )


def export_cards(session: Session) -> list[ContactCard]:
    """Every organisation and person, in Dutch sort order."""
    organisations = session.scalars(select(Organisation).order_by(Organisation.sort_key))
    people = session.scalars(select(Person).order_by(Person.sort_key))
    return [_organisation_card(o) for o in organisations] + [_person_card(p) for p in people]


def export_contacts(session: Session, file_format: FileFormat, vcard_version: str = "4.0") -> bytes:
    cards = export_cards(session)
    if file_format is FileFormat.VCARD:
        return write_vcards(cards, vcard_version)
    return write_contacts_csv(cards)
