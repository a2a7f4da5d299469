"""A contact as it travels in and out of files (vCard, CSV), independent of the database.

Readers turn bytes into :class:`ContactCard` objects and report bad records as
:class:`RecordProblem`; a file that cannot be read at all raises :class:`ContactFileError` with one
sentence for the user. Writers turn cards back into bytes. Normalising (phone numbers, the Dutch
*tussenvoegsel*, matching existing contacts) is the import service's job, not the readers'.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from advocaat.errors import UserFacingError
from advocaat.i18n import _

MAX_CONTACT_FILE_BYTES = 20 * 1024 * 1024
"""Far more than any real address book export (photos included); larger files are refused."""
MAX_RECORDS = 50_000


class ContactFileError(UserFacingError):
    """The whole file cannot be used; nothing of it is imported."""


class CardKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


class ChannelKind(StrEnum):
    """What a phone number, e-mail address or postal address is for."""

    WORK = "work"
    HOME = "home"
    MOBILE = "mobile"
    FAX = "fax"
    OTHER = "other"


@dataclass
class Phone:
    number: str
    """As written in the file; the import service normalises it."""
    kind: ChannelKind = ChannelKind.OTHER


@dataclass
class Email:
    address: str
    kind: ChannelKind = ChannelKind.OTHER


@dataclass
class PostalAddress:
    street: str = ""
    postcode: str = ""
    city: str = ""
    region: str = ""
    country: str = ""
    kind: ChannelKind = ChannelKind.WORK


@dataclass
class ContactCard:
    """One person or organisation from (or for) a file."""

    kind: CardKind = CardKind.PERSON
    uid: str = ""
    """Stable identifier (vCard UID); our own exports write ``urn:uuid:…`` so re-imports match."""
    formatted_name: str = ""
    """The full name as shown (vCard FN)."""
    given_name: str = ""
    infix: str = ""
    """Dutch tussenvoegsel ("van der"), when the file keeps it apart; else part of family_name."""
    family_name: str = ""
    organisation: str = ""
    department: str = ""
    job_title: str = ""
    """Function or role, e.g. "wethouder Zorg" or "Wmo-consulent"."""
    phones: list[Phone] = field(default_factory=list)
    emails: list[Email] = field(default_factory=list)
    addresses: list[PostalAddress] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    note: str = ""
    categories: list[str] = field(default_factory=list)
    """Themes or groups (vCard CATEGORIES, a CSV "Groups"/"Categories" column)."""
    municipality: str = ""
    """CBS code or name of the municipality, when the file carries it (our own exports do)."""
    source_line: int | None = None
    """Line in the file where the record starts, for messages."""

    def is_usable(self) -> bool:
        """A record with nothing to recognise it by is no contact."""
        return bool(
            self.given_name
            or self.family_name
            or self.formatted_name
            or self.organisation
            or self.emails
            or self.phones
        )

    def display_name(self) -> str:
        if self.formatted_name:
            return self.formatted_name
        parts = [self.given_name, self.infix, self.family_name]
        name = " ".join(part for part in parts if part)
        return name or self.organisation


def check_size(data: bytes) -> None:
    """Refuse what no reader should even look at: an empty or an enormous file."""
    if len(data) > MAX_CONTACT_FILE_BYTES:
        raise ContactFileError(_("The file is too large to be an address book."))
    if not data.strip():
        raise ContactFileError(_("The file is empty."))


@dataclass(frozen=True)
class RecordProblem:
    """A record that was skipped, and why, in one sentence for the user."""

    line: int | None
    message: str


@dataclass
class ReadResult:
    cards: list[ContactCard] = field(default_factory=list)
    problems: list[RecordProblem] = field(default_factory=list)
