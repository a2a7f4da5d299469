"""A contact as it travels in and out of files (vCard, CSV), independent of the database.

Readers turn bytes into :class:`ContactCard` objects and report bad records as
:class:`RecordProblem`; a file that cannot be read at all raises :class:`ContactFileError` with one
sentence for the user. Writers turn cards back into bytes. Normalising (phone numbers, the Dutch
*tussenvoegsel*, matching existing contacts) is the import service's job, not the readers'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from advocaat.contacts.kinds import OrganisationKind
from advocaat.errors import UserFacingError
from advocaat.i18n import N_, _

MAX_CONTACT_FILE_BYTES = 20 * 1024 * 1024
"""Far more than any real address book export (photos included); larger files are refused."""
MAX_RECORDS = 50_000
MAX_PHOTO_BYTES = 256 * 1024
"""A contact photo larger than this is left out of an import (and the user is told)."""

# The first bytes of the image files a photo may be: (signature, offset, media type).
_IMAGE_SIGNATURES = (
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"WEBP", 8, "image/webp"),
)
_ESCAPES = {"\\": "\\\\", ";": "\\;", "\n": "\\n", "\r\n": "\\n", "\r": "\\n"}
_UNESCAPES = {"n": "\n", "N": "\n"}
_ESCAPABLE = re.compile(r"\r\n|[\\;\r\n]")
_FIELD_TOKEN = re.compile(r"\\.?|;|[^\\;]+", re.DOTALL)


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
class PositionRecord:
    """A job a person holds or held, as our own exports carry it (the current one has no end)."""

    organisation: str = ""
    organisation_uid: str = ""
    role: str = ""
    portfolio: str = ""
    department: str = ""
    started_on: date | None = None
    ended_on: date | None = None


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
    organisation_kind: str = ""
    """The kind of an organisation (an OrganisationKind value), when our own export says it."""
    portfolio: str = ""
    influence: int | None = None
    attitude: int | None = None
    strategy: str = ""
    photo: bytes = b""
    photo_type: str = ""
    """The media type of ``photo`` ("image/jpeg"); empty when there is no photo."""
    positions: list[PositionRecord] = field(default_factory=list)
    """Every job with its dates, as our own exports write them; empty in other programs' files."""
    notices: list[str] = field(default_factory=list)
    """What the reader left out or changed, one sentence each (a photo too large, …)."""
    source_line: int | None = None
    """Line in the file where the record starts, for messages."""
    number: int | None = None
    """The place of the record in the file: 1 for the first card or data row."""

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
        """The name as shown; a card without one is known by its organisation, e-mail or phone."""
        if self.formatted_name:
            return self.formatted_name
        parts = [self.given_name, self.infix, self.family_name]
        name = " ".join(part for part in parts if part)
        reach = [item.address for item in self.emails] + [item.number for item in self.phones]
        return name or self.organisation or next((text for text in reach if text.strip()), "")

    def take_photo(self, data: bytes) -> None:
        """Keep ``data`` as the photo when it is an image within the limit; else say why not."""
        media_type = image_type(data)
        if not media_type:
            self.notices.append(_("The photo is not an image this app knows; it was left out."))
        elif len(data) > MAX_PHOTO_BYTES:
            self.notices.append(
                _("The photo is larger than {size} KB; it was left out.").format(
                    size=MAX_PHOTO_BYTES // 1024
                )
            )
        else:
            self.photo, self.photo_type = data, media_type

    def take_score(self, name: str, text: str) -> None:
        """Influence (1 to 5) or attitude (-2 to 2) from a file; anything else is left out."""
        low, high = SCORE_RANGES[name]
        try:
            value = int(text.strip())
        except ValueError:
            value = None
        if value is not None and low <= value <= high:
            setattr(self, name, value)
        elif text.strip():
            self.notices.append(
                _("{value} is no {name} from {low} to {high}; it was left out.").format(
                    value=text.strip(), name=_(SCORE_LABELS[name]), low=low, high=high
                )
            )

    def take_organisation_kind(self, text: str) -> None:
        kind = text.strip().lower()
        if kind in {kind.value for kind in OrganisationKind}:
            self.organisation_kind = kind
        elif kind:
            self.notices.append(
                _("{kind} is no kind of organisation this app knows; it was left out.").format(
                    kind=text.strip()
                )
            )

    def take_position(self, text: str) -> None:
        """One job as :func:`position_text` wrote it; a date that is no date is left out."""
        values = [*split_fields(text), "", "", "", "", "", "", ""][:7]
        role, portfolio, department, organisation, organisation_uid = values[:5]
        dates: list[date | None] = []
        for value in values[5:]:
            try:
                dates.append(date.fromisoformat(value.strip()) if value.strip() else None)
            except ValueError:
                dates.append(None)
                self.notices.append(
                    _("{value} is not a date; it was left out.").format(value=value.strip())
                )
        self.positions.append(
            PositionRecord(organisation, organisation_uid, role, portfolio, department, *dates)
        )


SCORE_RANGES = {"influence": (1, 5), "attitude": (-2, 2)}
SCORE_LABELS = {"influence": N_("influence"), "attitude": N_("attitude")}


def position_text(position: PositionRecord) -> str:
    """A job as one text value (see :func:`join_fields`), for vCard and CSV alike."""
    return join_fields(
        [
            position.role,
            position.portfolio,
            position.department,
            position.organisation,
            position.organisation_uid,
            position.started_on.isoformat() if position.started_on else "",
            position.ended_on.isoformat() if position.ended_on else "",
        ]
    )


def image_type(data: bytes) -> str:
    """The media type of a JPEG, PNG, GIF or WebP image; empty for anything else."""
    for signature, offset, media_type in _IMAGE_SIGNATURES:
        if data[offset : offset + len(signature)] == signature:
            return media_type
    return ""


def join_fields(values: list[str]) -> str:
    """Several values as one text: ";" between them; "\\", ";" and line breaks escaped.

    Our own structured values (a position, in vCard and CSV alike) travel this way.
    """
    return ";".join(_ESCAPABLE.sub(lambda m: _ESCAPES[m[0]], value) for value in values)


def split_fields(text: str) -> list[str]:
    """The values :func:`join_fields` joined; an unknown escape stands for its character."""
    values: list[str] = []
    current: list[str] = []
    for token in _FIELD_TOKEN.findall(text):
        if token == ";":
            values.append("".join(current))
            current = []
        elif token.startswith("\\"):
            current.append(_UNESCAPES.get(token[1:], token[1:]))
        else:
            current.append(token)
    values.append("".join(current))
    return values


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
    number: int | None = None
    """The place of the record in the file (1 for the first card or data row)."""

    def place(self) -> str:
        """Where the record stands in its file, for messages: "record 3 (line 17)"."""
        if self.number and self.line:
            return _("record {number} (line {line})").format(number=self.number, line=self.line)
        if self.line:
            return _("line {line}").format(line=self.line)
        return _("a contact")


@dataclass
class ReadResult:
    cards: list[ContactCard] = field(default_factory=list)
    problems: list[RecordProblem] = field(default_factory=list)
