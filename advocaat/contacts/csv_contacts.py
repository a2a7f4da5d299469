"""Contacts as CSV: in from Google, Outlook (English or Dutch) and Dutch Excel; out for Dutch Excel.

Reading is a pure function over bytes, so it can be fuzzed: whatever the bytes, the caller gets a
:class:`ReadResult` or a :class:`ContactFileError` with one sentence. Columns are recognised by
their header (case, accents and surrounding spaces ignored) through one table, :data:`COLUMNS`,
plus Google's numbered columns ("Phone 1 - Value").

Writing makes a file that Dutch Excel opens by double-click: UTF-8 with BOM, semicolons, CRLF.
Every cell is made formula-safe (a leading apostrophe, :mod:`advocaat.core.spreadsheet`);
reading removes the apostrophe again.

Several values of one kind share a cell, joined with :data:`MULTI_SEPARATOR` ("; "); reading
splits phone numbers on ";" and Google's " ::: ", e-mail addresses and themes also on ",". A fax
number has no column of its own: it goes into "Telefoon overig" as "fax: 038-1234567".
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from advocaat.contacts.cards import (
    MAX_CONTACT_FILE_BYTES,
    MAX_RECORDS,
    SCORE_RANGES,
    CardKind,
    ChannelKind,
    ContactCard,
    ContactFileError,
    Email,
    Phone,
    PostalAddress,
    ReadResult,
    RecordProblem,
    position_text,
)
from advocaat.contacts.names import INFIXES
from advocaat.core.spreadsheet import csv_text, unguarded
from advocaat.core.text import fold
from advocaat.i18n import _, ngettext

MULTI_SEPARATOR = "; "
FAX_PREFIX = "fax: "
"""Marks a fax number in the "Telefoon overig" cell, so it comes back as a fax."""

_WORK, _HOME, _MOBILE, _FAX, _OTHER = (
    ChannelKind.WORK,
    ChannelKind.HOME,
    ChannelKind.MOBILE,
    ChannelKind.FAX,
    ChannelKind.OTHER,
)


class Column(NamedTuple):
    """Where the cells of one column go: a text field of the card, or a part of a given kind."""

    field: str
    kind: ChannelKind = ChannelKind.OTHER


class GoogleColumn(NamedTuple):
    """One of Google's numbered columns, e.g. "Phone 2 - Value" is ("phone", 2, "value")."""

    group: str
    number: int
    part: str


# Normalised header (see _normalise) → what its cells hold, for the headers Outlook (classic and
# new, English and Dutch), Thunderbird (English, British and Dutch), Google (which writes English
# headers in every language) and our own export write, and a Dutch Excel list may have. Outlook's
# "Title" (Mr., Dhr.), nicknames, birthdays and e-mail display names are left out on purpose.
# "street2" is a further line of the street (a second street line, a PO box).
COLUMNS: dict[str, Column] = {
    # Names. Outlook and Google keep a tussenvoegsel as a middle name.
    "name": Column("formatted_name"),
    "naam": Column("formatted_name"),
    "display name": Column("formatted_name"),
    "weergavenaam": Column("formatted_name"),
    "first name": Column("given_name"),
    "given name": Column("given_name"),
    "voornaam": Column("given_name"),
    "middle name": Column("middle_name"),
    "additional name": Column("middle_name"),
    "middelste naam": Column("middle_name"),
    "tussenvoegsel": Column("infix"),
    "last name": Column("family_name"),
    "family name": Column("family_name"),
    "achternaam": Column("family_name"),
    # Organisation and role
    "company": Column("organisation"),
    "organization": Column("organisation"),
    "organisation": Column("organisation"),
    "organization name": Column("organisation"),
    "bedrijf": Column("organisation"),
    "organisatie": Column("organisation"),
    "department": Column("department"),
    "organization department": Column("department"),
    "afdeling": Column("department"),
    "job title": Column("job_title"),
    "organization title": Column("job_title"),
    "functie": Column("job_title"),
    "werkfunctie": Column("job_title"),
    "portefeuille": Column("portfolio"),
    # Phones
    "business phone": Column("phone", _WORK),
    "business phone 2": Column("phone", _WORK),
    "company main phone": Column("phone", _WORK),
    "work phone": Column("phone", _WORK),
    "telefoon op werk": Column("phone", _WORK),
    "telefoon op werk 2": Column("phone", _WORK),
    "hoofdtelefoon bedrijf": Column("phone", _WORK),
    "telefoon werk": Column("phone", _WORK),
    "telefoon": Column("phone", _WORK),
    "mobile phone": Column("phone", _MOBILE),
    "mobile number": Column("phone", _MOBILE),
    "car phone": Column("phone", _MOBILE),
    "mobiele telefoon": Column("phone", _MOBILE),
    "mobiel nummer": Column("phone", _MOBILE),
    "autotelefoon": Column("phone", _MOBILE),
    "mobiel": Column("phone", _MOBILE),
    "home phone": Column("phone", _HOME),
    "home phone 2": Column("phone", _HOME),
    "telefoon thuis": Column("phone", _HOME),
    "telefoon thuis 2": Column("phone", _HOME),
    "business fax": Column("phone", _FAX),
    "home fax": Column("phone", _FAX),
    "other fax": Column("phone", _FAX),
    "fax number": Column("phone", _FAX),
    "fax op werk": Column("phone", _FAX),
    "fax thuis": Column("phone", _FAX),
    "andere fax": Column("phone", _FAX),
    "faxnummer": Column("phone", _FAX),
    "fax": Column("phone", _FAX),
    "other phone": Column("phone", _OTHER),
    "primary phone": Column("phone", _OTHER),
    "assistant's phone": Column("phone", _OTHER),
    "callback": Column("phone", _OTHER),
    "isdn": Column("phone", _OTHER),
    "pager": Column("phone", _OTHER),
    "pager number": Column("phone", _OTHER),
    "radio phone": Column("phone", _OTHER),
    "tty/tdd phone": Column("phone", _OTHER),
    "andere telefoon": Column("phone", _OTHER),
    "hoofdtelefoon": Column("phone", _OTHER),
    "telefoon assistent": Column("phone", _OTHER),
    "terugbellen": Column("phone", _OTHER),
    "radiotelefoon": Column("phone", _OTHER),
    "teksttelefoon": Column("phone", _OTHER),
    "piepernummer": Column("phone", _OTHER),
    "telefoon overig": Column("phone", _OTHER),
    # E-mail
    "e-mail address": Column("email", _WORK),
    "primary email": Column("email", _WORK),
    "e-mailadres": Column("email", _WORK),
    "primair e-mailadres": Column("email", _WORK),
    "e-mail": Column("email", _WORK),
    "email": Column("email", _WORK),
    "e-mail werk": Column("email", _WORK),
    "e-mail thuis": Column("email", _HOME),
    "e-mail 2 address": Column("email", _OTHER),
    "e-mail 3 address": Column("email", _OTHER),
    "secondary email": Column("email", _OTHER),
    "e-mailadres 2": Column("email", _OTHER),
    "e-mailadres 3": Column("email", _OTHER),
    "secundair e-mailadres": Column("email", _OTHER),
    "e-mail overig": Column("email", _OTHER),
    # Postal addresses: work
    "business street": Column("street", _WORK),
    "business street 2": Column("street2", _WORK),
    "business street 3": Column("street2", _WORK),
    "business address po box": Column("street2", _WORK),
    "business city": Column("city", _WORK),
    "business postal code": Column("postcode", _WORK),
    "business state": Column("region", _WORK),
    "business country/region": Column("country", _WORK),
    "work address": Column("street", _WORK),
    "work address 2": Column("street2", _WORK),
    "work city": Column("city", _WORK),
    "work state": Column("region", _WORK),
    "work county": Column("region", _WORK),
    "work zipcode": Column("postcode", _WORK),
    "work post code": Column("postcode", _WORK),
    "work country": Column("country", _WORK),
    "werkadres, straat": Column("street", _WORK),
    "werkadres, straat 2": Column("street2", _WORK),
    "werkadres 2, straat": Column("street2", _WORK),
    "werkadres 3, straat": Column("street2", _WORK),
    "werkadres, postbusnummer": Column("street2", _WORK),
    "werkadres, plaats": Column("city", _WORK),
    "werkadres, postcode": Column("postcode", _WORK),
    "werkadres, provincie": Column("region", _WORK),
    "werkadres, land/regio": Column("country", _WORK),
    "land/regio (werk)": Column("country", _WORK),
    "werkadres": Column("street", _WORK),
    "werkadres 2": Column("street2", _WORK),
    "werklocatie": Column("city", _WORK),
    "werkprovincie": Column("region", _WORK),
    "werkpostcode": Column("postcode", _WORK),
    "werkland": Column("country", _WORK),
    "adres": Column("street", _WORK),
    "straat": Column("street", _WORK),
    "postcode": Column("postcode", _WORK),
    "plaats": Column("city", _WORK),
    "woonplaats": Column("city", _WORK),
    "provincie": Column("region", _WORK),
    "land": Column("country", _WORK),
    # Postal addresses: home
    "home street": Column("street", _HOME),
    "home street 2": Column("street2", _HOME),
    "home street 3": Column("street2", _HOME),
    "home address po box": Column("street2", _HOME),
    "home address": Column("street", _HOME),
    "home address 2": Column("street2", _HOME),
    "home city": Column("city", _HOME),
    "home postal code": Column("postcode", _HOME),
    "home zipcode": Column("postcode", _HOME),
    "home post code": Column("postcode", _HOME),
    "home state": Column("region", _HOME),
    "home county": Column("region", _HOME),
    "home country/region": Column("country", _HOME),
    "home country": Column("country", _HOME),
    "huisadres, straat": Column("street", _HOME),
    "huisadres, straat 2": Column("street2", _HOME),
    "huisadres, straat 3": Column("street2", _HOME),
    "huisadres, postbusnummer": Column("street2", _HOME),
    "huisadres, plaats": Column("city", _HOME),
    "huisadres, postcode": Column("postcode", _HOME),
    "huisadres, provincie": Column("region", _HOME),
    "huisadres, land/regio": Column("country", _HOME),
    "land/regio (thuis)": Column("country", _HOME),
    # Postal addresses: other
    "other street": Column("street", _OTHER),
    "other street 2": Column("street2", _OTHER),
    "other street 3": Column("street2", _OTHER),
    "other address po box": Column("street2", _OTHER),
    "other city": Column("city", _OTHER),
    "other postal code": Column("postcode", _OTHER),
    "other state": Column("region", _OTHER),
    "other country/region": Column("country", _OTHER),
    "ander adres, straat": Column("street", _OTHER),
    "ander adres, straat 2": Column("street2", _OTHER),
    "ander adres, straat 3": Column("street2", _OTHER),
    "ander adres, postbusnummer": Column("street2", _OTHER),
    "ander adres, plaats": Column("city", _OTHER),
    "ander adres, postcode": Column("postcode", _OTHER),
    "ander adres, provincie": Column("region", _OTHER),
    "ander adres, land/regio": Column("country", _OTHER),
    "land/regio (anders)": Column("country", _OTHER),
    # The rest
    "gemeente": Column("municipality"),
    "web page": Column("url"),
    "web page 1": Column("url"),
    "web page 2": Column("url"),
    "personal web page": Column("url"),
    "webpagina": Column("url"),
    "webpagina 1": Column("url"),
    "webpagina 2": Column("url"),
    "website": Column("url"),
    "notes": Column("note"),
    "notities": Column("note"),
    "aantekeningen": Column("note"),
    "opmerkingen": Column("note"),
    "categories": Column("categories"),
    "categorieen": Column("categories"),
    "thema's": Column("categories"),
    "themas": Column("categories"),
    "labels": Column("categories"),
    "group membership": Column("categories"),
    "uid": Column("uid"),
    "soort": Column("kind"),
    # Our own export: what only this app keeps.
    "soort organisatie": Column("organisation_kind"),
    "invloed": Column("influence"),
    "houding": Column("attitude"),
    "strategie": Column("strategy"),
    "functies": Column("positions"),
}

THUNDERBIRD_NL_MARK = "primair e-mailadres"
"""A header only Dutch Thunderbird writes; in its files the plain address columns are home."""
THUNDERBIRD_NL_COLUMNS: dict[str, Column] = {
    "adres": Column("street", _HOME),
    "adres 2": Column("street2", _HOME),
    "woonplaats": Column("city", _HOME),
    "provincie": Column("region", _HOME),
    "postcode": Column("postcode", _HOME),
    "land": Column("country", _HOME),
}

_GOOGLE_COLUMN = re.compile(
    r"(e-mail|phone|address|organization|website) (\d{1,4}) - "
    r"(type|label|value|formatted|street|po box|extended address|city|postal code|region|country"
    r"|name|title|department)"
)
_GOOGLE_PARTS = {
    "type": "label",
    "postal code": "postcode",
    "name": "organisation",
    "po box": "street2",
    "extended address": "street2",
}

# Text fields of ContactCard that one column fills as it is; the first non-empty cell wins.
_TEXT_FIELDS = frozenset(
    {
        "formatted_name",
        "given_name",
        "infix",
        "family_name",
        "organisation",
        "department",
        "job_title",
        "municipality",
        "note",
        "uid",
        "portfolio",
        "strategy",
    }
)
_ADDRESS_PARTS = ("street", "postcode", "city", "region", "country")
_STREET_LINES = ("street", "street2")
# A file is a contacts file when one of its columns can tell who a row is.
_IDENTIFYING_FIELDS = frozenset(
    {"formatted_name", "given_name", "family_name", "organisation", "phone", "email"}
)
_IDENTIFYING_GOOGLE = frozenset(
    {("phone", "value"), ("e-mail", "value"), ("organization", "organisation")}
)

# Several values in one cell: ours and Outlook's are split by ";", Google's by " ::: ". Numbers and
# web addresses may hold a comma; e-mail addresses and themes are split on commas too.
_VALUES_SPLIT = re.compile(r"\s*(?::::|;)\s*")
_LIST_SPLIT = re.compile(r"\s*(?::::|;|,)\s*")
_FAX_LABEL = re.compile(r"fax\s*:\s*", re.IGNORECASE)
_DELIMITERS = (";", ",", "\t")
_INFIXES = frozenset(INFIXES)
_SYSTEM_GROUPS = frozenset({"mycontacts", "starred"})
"""Google puts every contact in these; they are no theme of the contact."""
_CARD_KINDS = {
    "persoon": CardKind.PERSON,
    "person": CardKind.PERSON,
    "organisatie": CardKind.ORGANISATION,
    "organisation": CardKind.ORGANISATION,
}
# Google's labels ("* Work", "Work Fax", "Mobile"): the first word found wins; a work fax is a fax.
_LABEL_PRIORITY = (
    ("fax", _FAX),
    ("mobile", _MOBILE),
    ("mobiel", _MOBILE),
    ("cell", _MOBILE),
    ("work", _WORK),
    ("werk", _WORK),
    ("home", _HOME),
    ("thuis", _HOME),
    ("prive", _HOME),
)


# -- reading: bytes to rows ----------------------------------------------------------------------


def _decode(data: bytes) -> str:
    """UTF-16 when a BOM says so (Outlook), UTF-8 with or without BOM, else Windows-1252 (Excel)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.removeprefix(codecs.BOM_UTF8).decode("cp1252", errors="replace")


def _text(data: bytes) -> str:
    """The text of the file, or a refusal when it is too large, binary or empty."""
    if len(data) > MAX_CONTACT_FILE_BYTES:
        raise ContactFileError(_("The file is too large to be an address book."))
    text = _decode(data)
    if "\x00" in text:
        raise ContactFileError(
            _("This is not a CSV file. Choose a file exported from an address book or Excel.")
        )
    if not text.strip():
        raise ContactFileError(_("The file is empty."))
    return text


def _delimiter(text: str) -> str:
    """The separator used most in the first line, outside quotes (csv.Sniffer guesses too often).

    Quotes matter: Dutch Outlook writes headers such as "Werkadres, straat". A tie goes to ";".
    """
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for character in text:
        if character == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif character in "\r\n":
            break
        elif character in counts:
            counts[character] += 1
    return max(_DELIMITERS, key=counts.__getitem__)


def _normalise(header: str) -> str:
    """Lower case, no accents, single spaces, a plain apostrophe: "  Thema’s " → "thema's"."""
    return " ".join(fold(header).replace("\u2019", "'").split())


def _column(name: str, table: dict[str, Column]) -> Column | GoogleColumn | None:
    google = _GOOGLE_COLUMN.fullmatch(name)
    if google:
        group, number, part = google.groups()
        return GoogleColumn(group, int(number), _GOOGLE_PARTS.get(part, part))
    return table.get(name)


def _identifies(column: Column | GoogleColumn | None) -> bool:
    if isinstance(column, GoogleColumn):
        return (column.group, column.part) in _IDENTIFYING_GOOGLE
    return column is not None and column.field in _IDENTIFYING_FIELDS


def _columns(header: list[str]) -> list[Column | GoogleColumn | None]:
    """What each column holds; a header without a name, organisation, e-mail or phone is refused."""
    names = [_normalise(name) for name in header]
    table = COLUMNS | THUNDERBIRD_NL_COLUMNS if THUNDERBIRD_NL_MARK in names else COLUMNS
    columns = [_column(name, table) for name in names]
    if not any(_identifies(column) for column in columns):
        raise ContactFileError(
            _("The first line of the file has no column this app knows (such as a name).")
        )
    return columns


def _cell(raw: str) -> str:
    """The value of a cell: trimmed, unguarded, with Outlook's CRLF line breaks as plain ones."""
    return unguarded(raw.strip()).replace("\r\n", "\n")


# -- reading: cells to a card --------------------------------------------------------------------


def _phones(value: str, kind: ChannelKind) -> list[Phone]:
    """Every number in a cell; one written as "fax: …" is a fax, whatever its column."""
    phones = []
    for number in _VALUES_SPLIT.split(value):
        label = _FAX_LABEL.match(number)
        phones.append(Phone(number[label.end() :], _FAX) if label else Phone(number, kind))
    return [phone for phone in phones if phone.number]


def _emails(value: str, kind: ChannelKind) -> list[Email]:
    return [Email(address, kind) for address in _LIST_SPLIT.split(value) if address]


def _categories(value: str) -> list[str]:
    """Themes, without Google's own groups ("* myContacts", "* starred")."""
    names = (name.lstrip("* ").strip() for name in _LIST_SPLIT.split(value))
    return [name for name in names if name and fold(name) not in _SYSTEM_GROUPS]


def _label_kind(label: str, default: ChannelKind = ChannelKind.OTHER) -> ChannelKind:
    """The kind a Google label names; ``default`` when there is no label at all."""
    words = fold(label).replace("*", " ").split()
    if not words:
        return default
    return next((kind for word, kind in _LABEL_PRIORITY if word in words), ChannelKind.OTHER)


def _google_phone(card: ContactCard, parts: dict[str, str]) -> None:
    card.phones += _phones(parts.get("value", ""), _label_kind(parts.get("label", "")))


def _google_email(card: ContactCard, parts: dict[str, str]) -> None:
    card.emails += _emails(parts.get("value", ""), _label_kind(parts.get("label", "")))


def _google_organisation(card: ContactCard, parts: dict[str, str]) -> None:
    card.organisation = card.organisation or parts.get("organisation", "")
    card.job_title = card.job_title or parts.get("title", "")
    card.department = card.department or parts.get("department", "")


def _google_website(card: ContactCard, parts: dict[str, str]) -> None:
    card.urls += [url for url in _VALUES_SPLIT.split(parts.get("value", "")) if url]


def _google_address(card: ContactCard, parts: dict[str, str]) -> None:
    """The address in parts; only when Google has none, its formatted text as one street line."""
    fields = {part: parts[part] for part in _ADDRESS_PARTS if part in parts}
    if "street2" in parts:
        fields["street"] = _street(parts)
    if not fields and parts.get("formatted"):
        fields["street"] = ", ".join(parts["formatted"].split("\n"))
    if fields:
        card.addresses.append(
            PostalAddress(**fields, kind=_label_kind(parts.get("label", ""), _WORK))
        )


def _street(parts: dict[str, str]) -> str:
    """The street lines of an address as one text, a line each (street, PO box, …)."""
    return "\n".join(parts[line] for line in _STREET_LINES if parts.get(line))


_GOOGLE_GROUPS: dict[str, Callable[[ContactCard, dict[str, str]], None]] = {
    "phone": _google_phone,
    "e-mail": _google_email,
    "organization": _google_organisation,
    "website": _google_website,
    "address": _google_address,
}


@dataclass
class _Record:
    """One row on its way to a card; cells that only mean something together wait here."""

    card: ContactCard
    middle_name: str = ""
    kind: CardKind | None = None
    """As the row says it ("Soort" in our own export); else it follows from the names."""
    addresses: dict[ChannelKind, dict[str, str]] = field(default_factory=dict)
    google: dict[tuple[str, int], dict[str, str]] = field(default_factory=dict)

    def take(self, column: Column | GoogleColumn, value: str) -> None:
        card = self.card
        if isinstance(column, GoogleColumn):
            parts = self.google.setdefault((column.group, column.number), {})
            parts.setdefault(column.part, value)
        elif column.field in _TEXT_FIELDS:
            setattr(card, column.field, getattr(card, column.field) or value)
        elif column.field == "phone":
            card.phones += _phones(value, column.kind)
        elif column.field == "email":
            card.emails += _emails(value, column.kind)
        elif column.field == "street2":
            parts = self.addresses.setdefault(column.kind, {})
            parts["street2"] = "\n".join(line for line in (parts.get("street2"), value) if line)
        elif column.field in _ADDRESS_PARTS:
            self.addresses.setdefault(column.kind, {}).setdefault(column.field, value)
        else:
            self._take_other(column.field, value)

    def _take_other(self, name: str, value: str) -> None:
        card = self.card
        if name == "categories":
            card.categories += _categories(value)
        elif name == "url":
            card.urls += [url for url in _VALUES_SPLIT.split(value) if url]
        elif name == "middle_name":
            self.middle_name = self.middle_name or value
        elif name == "kind":
            self.kind = _CARD_KINDS.get(fold(value), self.kind)
        elif name == "organisation_kind":
            card.take_organisation_kind(value)
        elif name in SCORE_RANGES:
            card.take_score(name, value)
        elif name == "positions":
            for line in value.splitlines():
                if line.strip():
                    card.take_position(line)

    def finish(self) -> ContactCard:
        card = self.card
        _place_middle_name(card, self.middle_name)
        for kind, parts in self.addresses.items():
            fields = {part: parts[part] for part in _ADDRESS_PARTS if part in parts}
            card.addresses.append(PostalAddress(**fields | {"street": _street(parts)}, kind=kind))
        for (group, _number), parts in self.google.items():
            _GOOGLE_GROUPS[group](card, parts)
        card.kind = self.kind or _inferred_kind(card)
        return card


def _place_middle_name(card: ContactCard, middle_name: str) -> None:
    """A middle name such as "van der" is the tussenvoegsel; any other belongs to the given name."""
    if not middle_name:
        return
    if not card.infix and " ".join(fold(middle_name).split()) in _INFIXES:
        card.infix = middle_name
    else:
        card.given_name = f"{card.given_name} {middle_name}".strip()


def _inferred_kind(card: ContactCard) -> CardKind:
    """An organisation when no person's name is given, or only the organisation's name as name."""
    named = card.given_name or card.family_name
    shown = fold(card.formatted_name)
    if card.organisation and not named and shown in ("", fold(card.organisation)):
        return CardKind.ORGANISATION
    return CardKind.PERSON


def _card(
    row: list[str], columns: list[Column | GoogleColumn | None], line: int, number: int
) -> ContactCard:
    record = _Record(ContactCard(source_line=line, number=number))
    for column, raw in zip(columns, row, strict=False):
        value = _cell(raw)
        if column is not None and value:
            record.take(column, value)
    return record.finish()


def read_contacts_csv(data: bytes) -> ReadResult:
    """Every row of a contacts CSV as a card, or as a problem when nothing in it tells who it is.

    Blank rows (Excel writes ";;;;" for rows that once held something) are no records: skipped.
    Raises :class:`ContactFileError` and nothing else when the file cannot be used at all.
    """
    text = _text(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    result = ReadResult()
    start = 1  # the physical line where the record being read begins
    try:
        columns = _columns(next(reader))
        start = reader.line_num + 1
        for row in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            if len(result.cards) + len(result.problems) >= MAX_RECORDS:
                raise ContactFileError(
                    ngettext(
                        "The file holds more than {count} contact.",
                        "The file holds more than {count} contacts.",
                        MAX_RECORDS,
                    ).format(count=MAX_RECORDS)
                )
            number = len(result.cards) + len(result.problems) + 1
            card = _card(row, columns, line, number)
            if card.is_usable():
                result.cards.append(card)
            else:
                message = _("This line has no name, organisation, e-mail or phone.")
                result.problems.append(RecordProblem(line, message, number))
    except csv.Error as error:
        raise ContactFileError(
            _("The file is not valid CSV (line {line}).").format(line=start)
        ) from error
    return result


# -- writing -------------------------------------------------------------------------------------

HEADER = (
    "UID", "Soort", "Soort organisatie", "Voornaam", "Tussenvoegsel", "Achternaam", "Organisatie",
    "Afdeling", "Functie", "Portefeuille", "Gemeente", "Telefoon werk", "Mobiel", "Telefoon thuis",
    "Telefoon overig", "E-mail werk", "E-mail thuis", "E-mail overig",
    "Straat", "Postcode", "Plaats", "Provincie", "Land",
    "Huisadres, straat", "Huisadres, postcode", "Huisadres, plaats", "Huisadres, provincie",
    "Huisadres, land/regio",
    "Ander adres, straat", "Ander adres, postcode", "Ander adres, plaats", "Ander adres, provincie",
    "Ander adres, land/regio",
    "Website", "Thema's", "Notities", "Invloed", "Houding", "Strategie", "Functies",
)  # fmt: skip
"""Our own columns. One address of each kind (work, home, other) fits; vCard carries them all.
A photo does not travel in CSV: a spreadsheet cell holds at most 32,767 characters."""
_DIALECTS = {"excel-nl": ";", "comma": ","}
_KIND_CELLS = {CardKind.PERSON: "persoon", CardKind.ORGANISATION: "organisatie"}
# The address columns: work, home, and the rest.
_ADDRESS_KINDS = (
    (ChannelKind.WORK,),
    (ChannelKind.HOME,),
    (ChannelKind.OTHER, ChannelKind.MOBILE, ChannelKind.FAX),
)


def _phone_cell(card: ContactCard, *kinds: ChannelKind) -> str:
    numbers = (
        FAX_PREFIX + phone.number if phone.kind is ChannelKind.FAX else phone.number
        for phone in card.phones
        if phone.kind in kinds and phone.number
    )
    return MULTI_SEPARATOR.join(numbers)


def _email_cell(card: ContactCard, *kinds: ChannelKind) -> str:
    return MULTI_SEPARATOR.join(e.address for e in card.emails if e.kind in kinds and e.address)


def _name_cells(card: ContactCard) -> tuple[str, str, str, str]:
    """Given name, infix, family name, organisation; a name known only as a whole is not lost."""
    given, infix, family, organisation = (
        card.given_name,
        card.infix,
        card.family_name,
        card.organisation,
    )
    if card.kind is CardKind.ORGANISATION:
        organisation = organisation or card.formatted_name
    elif not (given or infix or family):
        given = card.formatted_name
    return given, infix, family, organisation


def _address_cells(card: ContactCard) -> list[str]:
    """Street, postcode, city, region and country of the first address of each kind."""
    cells: list[str] = []
    for kinds in _ADDRESS_KINDS:
        found = [address for address in card.addresses if address.kind in kinds]
        address = found[0] if found else PostalAddress()
        cells += [address.street, address.postcode, address.city, address.region, address.country]
    return cells


def _row(card: ContactCard) -> list[str]:
    given, infix, family, organisation = _name_cells(card)
    return [
        card.uid,
        _KIND_CELLS[card.kind],
        card.organisation_kind,
        given,
        infix,
        family,
        organisation,
        card.department,
        card.job_title,
        card.portfolio,
        card.municipality,
        _phone_cell(card, ChannelKind.WORK),
        _phone_cell(card, ChannelKind.MOBILE),
        _phone_cell(card, ChannelKind.HOME),
        _phone_cell(card, ChannelKind.OTHER, ChannelKind.FAX),
        _email_cell(card, ChannelKind.WORK),
        _email_cell(card, ChannelKind.HOME),
        _email_cell(card, ChannelKind.OTHER, ChannelKind.MOBILE, ChannelKind.FAX),
        *_address_cells(card),
        MULTI_SEPARATOR.join(url for url in card.urls if url),
        MULTI_SEPARATOR.join(category for category in card.categories if category),
        card.note,
        "" if card.influence is None else str(card.influence),
        "" if card.attitude is None else str(card.attitude),
        card.strategy,
        "\n".join(position_text(position) for position in card.positions),
    ]


def write_contacts_csv(cards: Iterable[ContactCard], dialect: str = "excel-nl") -> bytes:
    """The cards as CSV with Dutch headers, UTF-8 with BOM and CRLF, as Excel expects them.

    ``dialect`` is "excel-nl" (semicolons: what Dutch Excel opens by double-click) or "comma".
    """
    if dialect not in _DIALECTS:
        raise ValueError(f"unknown CSV dialect {dialect!r}; use one of {sorted(_DIALECTS)}")
    rows = (_row(card) for card in cards)
    text = csv_text(HEADER, rows, delimiter=_DIALECTS[dialect], lineterminator="\r\n")
    return ("\ufeff" + text).encode("utf-8")
