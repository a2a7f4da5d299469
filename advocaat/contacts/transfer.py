"""Importing and exporting the contact book (vCard, CSV), without duplicates and without loss.

An import is read whole first and shown as a preview. Each record is judged on its own: a record
that cannot be used is skipped with its place in the file and the reason, and the others come in.
A record is new, or the same contact as one already in the book or earlier in the file (same UID,
or same name and the same e-mail address or phone number: see :mod:`matching`) and then merged
into it; a record that only shares a name is added, with a hint to check the duplicates.
Applying the preview is one unit of work. Our own exports carry each contact's UID and every
field the book keeps (see :func:`export_cards`), so importing them again changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.exc import DataError
from sqlalchemy.orm import Session

from advocaat.contacts.cards import (
    MAX_CONTACT_FILE_BYTES,
    CardKind,
    ChannelKind,
    ContactCard,
    ContactFileError,
    Email,
    Phone,
    PositionRecord,
    PostalAddress,
    ReadResult,
    RecordProblem,
)
from advocaat.contacts.csv_contacts import read_contacts_csv, write_contacts_csv
from advocaat.contacts.kinds import ContactRef, FileFormat
from advocaat.contacts.landing import (
    Resolver,
    add_card,
    add_cards,
    load_for_merge,
    merge_card,
)
from advocaat.contacts.matching import Match, Register, book_register, identity_of
from advocaat.contacts.names import infix_from_full_name
from advocaat.contacts.people import ContactError, current_position, person_name, valid_email
from advocaat.contacts.vcard import read_vcards, write_vcards
from advocaat.core.progress import Reporter
from advocaat.db.contact_tables import (
    Organisation,
    Person,
    PersonAddress,
    PhoneNumber,
    Position,
    Theme,
)
from advocaat.i18n import _, ngettext


class Action(StrEnum):
    ADD = "add"
    MERGE = "merge"


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
    into: int | None = None
    """For a record that is the same contact as an earlier one of the file: that one's index."""
    similar: str = ""
    """For a new contact that shares a name with another: a hint to check the duplicates."""


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
        return sum(1 for c in self.candidates if c.action is Action.MERGE)


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


# -- previewing ----------------------------------------------------------------------------------


def _fill_infix(card: ContactCard) -> None:
    """Outlook writes N:Vries;Henk with FN "Henk de Vries": the "de" belongs to the surname."""
    if not card.infix:
        card.infix = infix_from_full_name(card.formatted_name, card.given_name, card.family_name)


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


def _length(column: ColumnElement[Any]) -> int:
    return int(column.type.length)  # type: ignore[attr-defined]  # each column asked is a String(n)


def _too_long(card: ContactCard) -> str:
    """Why the book cannot hold the card (a value longer than its field), or ""."""
    person = Person.__table__.c
    organisation = Organisation.__table__.c
    name = card.organisation or card.display_name()
    values = [
        (_("The name"), name, _length(organisation.name)),
        (_("The given name"), card.given_name, _length(person.given_name)),
        (_("The tussenvoegsel"), card.infix, _length(person.infix)),
        (_("The surname"), card.family_name, _length(person.family_name)),
        (_("The function"), card.job_title, _length(Position.__table__.c.role)),
        (_("The portfolio"), card.portfolio, _length(Position.__table__.c.portfolio)),
        (_("The department"), card.department, _length(Position.__table__.c.department)),
    ]
    values += [
        (_("A phone number"), p.number, _length(PhoneNumber.__table__.c.number))
        for p in card.phones
    ]
    values += [
        (_("An e-mail address"), e.address, _length(organisation.email)) for e in card.emails
    ]
    values += [(_("A website"), url, _length(organisation.website)) for url in card.urls]
    values += [(_("A theme"), theme, _length(Theme.__table__.c.name)) for theme in card.categories]
    for address in card.addresses:
        table = PersonAddress.__table__.c
        values += [
            (_("A street"), address.street, _length(organisation.street)),
            (_("A postcode"), address.postcode, _length(organisation.postcode)),
            (_("A city"), address.city, _length(table.city)),
            (_("A region"), address.region, _length(table.region)),
            (_("A country"), address.country, _length(table.country)),
        ]
    for position in card.positions:
        values += [
            (_("The function"), position.role, _length(Position.__table__.c.role)),
            (_("The portfolio"), position.portfolio, _length(Position.__table__.c.portfolio)),
            (_("The department"), position.department, _length(Position.__table__.c.department)),
            (_("The name"), position.organisation, _length(organisation.name)),
        ]
    for label, value, limit in values:
        if len(value.strip()) > limit:
            return ngettext(
                "{what} is longer than {limit} character.",
                "{what} is longer than {limit} characters.",
                limit,
            ).format(what=label, limit=limit)
    return ""


def _usable(card: ContactCard) -> RecordProblem | None:
    """Fit the card to the book where that loses nothing; else the reason it is skipped."""
    if len(card.uid) > _length(Person.__table__.c.uid):
        card.uid = ""  # only used to recognise the card again; another program's, too long
    reason = _too_long(card)
    return RecordProblem(card.source_line, reason, card.number) if reason else None


def _warnings(card: ContactCard) -> str:
    notes = [*card.notices, _set_aside_bad_emails(card)]
    nameless = not (card.given_name or card.family_name or card.formatted_name)
    if card.kind is CardKind.PERSON and nameless:
        notes.append(_("no name in the file; shown as {name}").format(name=card.display_name()))
    return "; ".join(note for note in notes if note)


def preview_import(session: Session, file_name: str, data: bytes) -> ImportPreview:
    """What importing ``data`` would do, without changing anything."""
    kind, result = read_contact_file(file_name, data)
    book = book_register(session)
    in_file = Register()
    municipalities = Resolver(session)
    candidates: list[Candidate] = []
    problems = list(result.problems)
    for card in result.cards:
        _fill_infix(card)
        problem = _usable(card)
        if problem is not None:
            problems.append(problem)
            continue
        warning = _warnings(card)
        identity = identity_of(card, municipalities.municipality_code(card.municipality))
        candidate = _judge(card, warning, book.find(identity), in_file.find(identity), candidates)
        in_file.add(len(candidates), identity, card.display_name())
        candidates.append(candidate)
    problems.sort(key=lambda problem: (problem.number or 0, problem.line or 0))
    return ImportPreview(file_name, kind, candidates, problems)


def _judge(
    card: ContactCard,
    warning: str,
    in_book: Match | None,
    in_file: Match | None,
    earlier: list[Candidate],
) -> Candidate:
    """Merge on a stable identity (the book first, then an earlier record); else add, and say
    when the name alone resembles another contact."""
    if in_book is not None and in_book.same:
        ref = in_book.key
        assert isinstance(ref, ContactRef)
        return Candidate(card, Action.MERGE, ref, in_book.name, in_book.reason, warning)
    if in_file is not None and in_file.same:
        assert isinstance(in_file.key, int)
        first = earlier[in_file.key]
        where = _("the same contact as record {number} of the file").format(
            number=first.card.number
        )
        reason = f"{where} ({in_file.reason})"
        return Candidate(
            card, Action.MERGE, first.match, first.match_name or in_file.name, reason, warning,
            into=None if first.match else in_file.key,
        )  # fmt: skip
    similar = ""
    if in_book is not None:
        similar = _("looks like {name} in your contact book ({reason}); check the duplicates")
        similar = similar.format(name=in_book.name, reason=in_book.reason)
    elif in_file is not None:
        assert isinstance(in_file.key, int)
        similar = _("has the same name as record {number} of the file; check the duplicates")
        similar = similar.format(number=earlier[in_file.key].card.number)
    return Candidate(card, Action.ADD, warning=warning, similar=similar)


# -- applying ------------------------------------------------------------------------------------


BATCH_SIZE = 500
"""New contacts written together: one INSERT per table per batch (see :func:`add_cards`)."""


def apply_import(
    session: Session, preview: ImportPreview, reporter: Reporter | None = None
) -> ImportSummary:
    """Carry out the preview in the caller's unit of work.

    Organisations come first, so the people of the same file find their employer. New contacts
    are written a batch at a time, then the records that merge into a contact one by one. A
    record the book refuses after all is skipped with its reason and the others still land; any
    other failure, or a stop asked through ``reporter``, leaves nothing written.
    """
    run = _Run(session, preview, reporter or Reporter())
    for organisations in (True, False):
        indexes = [
            index
            for index, candidate in enumerate(preview.candidates)
            if (candidate.card.kind is CardKind.ORGANISATION) == organisations
        ]
        new = [index for index in indexes if _is_new(preview.candidates[index])]
        for start in range(0, len(new), BATCH_SIZE):
            run.add_batch(new[start : start + BATCH_SIZE])
        merging = [index for index in indexes if not _is_new(preview.candidates[index])]
        for start in range(0, len(merging), BATCH_SIZE):
            run.merge_batch(merging[start : start + BATCH_SIZE])
    run.summary.skipped += len(run.summary.problems)
    return run.summary


def _is_new(candidate: Candidate) -> bool:
    return candidate.match is None and candidate.into is None


class _Run:
    """One import being applied: what landed where, and the progress to tell."""

    def __init__(self, session: Session, preview: ImportPreview, reporter: Reporter) -> None:
        self.session = session
        self.candidates = preview.candidates
        self.reporter = reporter
        self.summary = ImportSummary(problems=list(preview.problems))
        self.resolver = Resolver(session)
        self.landed: dict[int, ContactRef] = {}
        self.done = 0

    def _step(self, count: int) -> None:
        self.done += count
        self.reporter.step(self.done, len(self.candidates))
        self.reporter.check()

    def _refused(self, card: ContactCard, error: ContactError | DataError) -> None:
        reason = (
            error.message
            if isinstance(error, ContactError)
            else _("This record does not fit in the contact book.")
        )
        self.summary.problems.append(RecordProblem(card.source_line, reason, card.number))

    def add_batch(self, indexes: list[int]) -> None:
        """New contacts together; when the database refuses one, the batch goes one by one so
        only that record is skipped."""
        self.reporter.check()
        cards = [self.candidates[index].card for index in indexes]
        try:
            with self.session.begin_nested():
                results = add_cards(self.session, cards, self.resolver)
        except DataError:
            self.resolver = Resolver(self.session)  # it may name rows that were rolled back
            for index in indexes:
                self.land_one(index, step=False)
            self._step(len(indexes))
            return
        for index, result in zip(indexes, results, strict=True):
            if isinstance(result, ContactError):
                self._refused(self.candidates[index].card, result)
            else:
                self.landed[index] = result
                self.summary.added += 1
        self._step(len(indexes))

    def merge_batch(self, indexes: list[int]) -> None:
        """Records that are a contact already, one by one, their contacts loaded together."""
        targets = [self._target(self.candidates[index]) for index in indexes]
        loaded = load_for_merge(self.session, [ref for ref in targets if ref is not None])
        for index in indexes:
            self.land_one(index)
        del loaded  # held until here, so the merges find them in the session

    def _target(self, candidate: Candidate) -> ContactRef | None:
        """The contact the record merges into; ``None`` when it is new after all (the earlier
        record it repeats was refused)."""
        if candidate.match is not None:
            return candidate.match
        return self.landed.get(candidate.into) if candidate.into is not None else None

    def land_one(self, index: int, step: bool = True) -> None:
        """One record on its own: added, or merged into the contact it is the same as."""
        candidate = self.candidates[index]
        target = self._target(candidate)
        try:
            with self.session.begin_nested():
                if target is None:
                    self.landed[index] = add_card(self.session, candidate.card, self.resolver)
                else:
                    merge_card(self.session, candidate.card, target, self.resolver)
        except (ContactError, DataError) as error:
            self._refused(candidate.card, error)
        else:
            if target is None:
                self.summary.added += 1
            else:
                self.summary.merged += 1
        if step:
            self._step(1)


# -- exporting -----------------------------------------------------------------------------------


def _position_record(position: Position) -> PositionRecord:
    organisation = position.organisation
    return PositionRecord(
        organisation=organisation.name if organisation else "",
        organisation_uid=organisation.uid if organisation else "",
        role=position.role,
        portfolio=position.portfolio,
        department=position.department,
        started_on=position.started_on,
        ended_on=position.ended_on,
    )


def _person_card(person: Person) -> ContactCard:
    position = current_position(person)
    organisation = position.organisation if position else None
    return ContactCard(
        kind=CardKind.PERSON,
        uid=person.uid,
        formatted_name=person_name(person),
        given_name=person.given_name,
        infix=person.infix,
        family_name=person.family_name,
        organisation=organisation.name if organisation else "",
        department=position.department if position else "",
        job_title=position.role if position else "",
        portfolio=position.portfolio if position else "",
        phones=[Phone(phone.number, ChannelKind(phone.kind)) for phone in person.phones],
        emails=[Email(email.address, ChannelKind(email.kind)) for email in person.emails],
        addresses=[
            PostalAddress(a.street, a.postcode, a.city, a.region, a.country, ChannelKind(a.kind))
            for a in person.addresses
        ],
        urls=[website.url for website in person.websites],
        note=person.notes,
        categories=[theme.name for theme in person.themes],
        municipality=person.municipality_code or "",
        influence=person.influence,
        attitude=person.attitude,
        strategy=person.strategy,
        photo=person.photo or b"",
        photo_type=person.photo_type if person.photo else "",
        positions=[_position_record(position) for position in person.positions],
    )


def _organisation_card(organisation: Organisation) -> ContactCard:
    has_address = organisation.street or organisation.postcode or organisation.city
    return ContactCard(
        kind=CardKind.ORGANISATION,
        uid=organisation.uid,
        formatted_name=organisation.name,
        organisation=organisation.name,
        organisation_kind=organisation.kind,
        phones=[Phone(organisation.phone, ChannelKind.WORK)] if organisation.phone else [],
        emails=[Email(organisation.email, ChannelKind.WORK)] if organisation.email else [],
        addresses=[PostalAddress(organisation.street, organisation.postcode, organisation.city)]
        if has_address
        else [],
        urls=[organisation.website] if organisation.website else [],
        note=organisation.notes,
        categories=[theme.name for theme in organisation.themes],
        municipality=organisation.municipality_code or "",
        influence=organisation.influence,
        attitude=organisation.attitude,
        strategy=organisation.strategy,
        photo=organisation.photo or b"",
        photo_type=organisation.photo_type if organisation.photo else "",
    )


def export_cards(session: Session) -> list[ContactCard]:
    """Every organisation and person, in Dutch sort order, with all the book keeps of them."""
    organisations = session.scalars(select(Organisation).order_by(Organisation.sort_key))
    people = session.scalars(select(Person).order_by(Person.sort_key))
    return [_organisation_card(o) for o in organisations] + [_person_card(p) for p in people]


def export_contacts(session: Session, file_format: FileFormat, vcard_version: str = "4.0") -> bytes:
    cards = export_cards(session)
    if file_format is FileFormat.VCARD:
        return write_vcards(cards, vcard_version)
    return write_contacts_csv(cards)
