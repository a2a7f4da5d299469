"""Contacts as CSV: in from Google, Outlook (English or Dutch) and Dutch Excel; out for Dutch Excel.

Reading is a pure function over bytes, so it can be fuzzed. The columns are recognised by their
header, case and accents ignored, through one table (:data:`COLUMNS`) plus Google's numbered
columns ("Phone 1 - Value"). Writing makes a file Dutch Excel opens by double-click: UTF-8 with
BOM, semicolons, CRLF; a cell that starts with ``=``, ``+``, ``-`` or ``@`` gets a leading
apostrophe so it is never run as a formula, and reading our own file removes it again.
Several numbers or addresses of one kind share a cell, separated by "; ".
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable

from advocaat.contacts.cards import (
    MAX_RECORDS,
    CardKind,
    ChannelKind,
    ContactCard,
    ContactFileError,
    Email,
    Phone,
    PostalAddress,
    ReadResult,
    RecordProblem,
    check_size,
)
from advocaat.contacts.names import INFIXES
from advocaat.core.municipalities import fold
from advocaat.i18n import _

MULTI_SEPARATOR = "; "
_SPLIT = re.compile(r"\s*(?::::|;)\s*")
_SPLIT_LIST = re.compile(r"\s*(?::::|;|,)\s*")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SYSTEM_GROUPS = {"* mycontacts", "* starred", "mycontacts", "starred"}
_GOOGLE = re.compile(
    r"^(e-mail|phone|address|organization|website) (\d+) - "
    r"(type|label|value|formatted|street|city|postal code|region|country|name|title|department)$"
)

# Header (folded: lower case, no accents) → what the column holds.
COLUMNS = {
    **dict.fromkeys(("first name", "given name", "voornaam"), "given"),
    **dict.fromkeys(("middle name", "additional name", "middelste naam"), "middle"),
    **dict.fromkeys(("last name", "family name", "achternaam"), "family"),
    "tussenvoegsel": "infix",
    **dict.fromkeys(("name", "naam", "display name", "weergavenaam"), "full_name"),
    **dict.fromkeys(
        ("company", "organisation", "organization name", "organisatie", "bedrijf"),
        "organisation",
    ),
    **dict.fromkeys(("department", "organization department", "afdeling"), "department"),
    **dict.fromkeys(("job title", "organization title", "functie"), "title"),
    "gemeente": "municipality",
    **dict.fromkeys(("notes", "notities", "opmerkingen", "notitie"), "note"),
    **dict.fromkeys(
        (
            "categories",
            "categorieen",
            "thema's",
            "themas",
            "labels",
            "group membership",
        ),
        "categories",
    ),
    **dict.fromkeys(("web page", "webpagina", "website"), "url"),
    "uid": "uid",
    "soort": "kind",
    **dict.fromkeys(
        ("business phone", "business phone 2", "telefoon op werk", "telefoon werk", "telefoon"),
        "phone:work",
    ),
    **dict.fromkeys(("mobile phone", "mobiele telefoon", "mobiel"), "phone:mobile"),
    **dict.fromkeys(("home phone", "telefoon thuis"), "phone:home"),
    **dict.fromkeys(("business fax", "fax op werk", "fax"), "phone:fax"),
    **dict.fromkeys(("other phone", "telefoon overig", "andere telefoon"), "phone:other"),
    **dict.fromkeys(
        ("e-mail address", "e-mail", "email", "e-mailadres", "e-mail werk"), "email:work"
    ),
    **dict.fromkeys(("e-mail thuis",), "email:home"),
    **dict.fromkeys(
        ("e-mail 2 address", "e-mail 3 address", "e-mailadres 2", "e-mailadres 3", "e-mail overig"),
        "email:other",
    ),
    **dict.fromkeys(("business street", "werkadres, straat", "adres", "straat"), "street"),
    **dict.fromkeys(("business city", "werkadres, plaats", "plaats", "woonplaats"), "city"),
    **dict.fromkeys(("business postal code", "werkadres, postcode", "postcode"), "postcode"),
    **dict.fromkeys(("business country/region", "werkadres, land/regio", "land"), "country"),
}

_KINDS = {
    "work": ChannelKind.WORK,
    "werk": ChannelKind.WORK,
    "mobile": ChannelKind.MOBILE,
    "mobiel": ChannelKind.MOBILE,
    "cell": ChannelKind.MOBILE,
    "home": ChannelKind.HOME,
    "thuis": ChannelKind.HOME,
    "fax": ChannelKind.FAX,
    "work fax": ChannelKind.FAX,
    "other": ChannelKind.OTHER,
    "overig": ChannelKind.OTHER,
}


# -- reading -------------------------------------------------------------------------------------


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _delimiter(text: str) -> str:
    """The separator of the header line, counted outside quotes (Sniffer guesses too often)."""
    counts = {";": 0, ",": 0, "\t": 0}
    quoted = False
    for character in text.split("\n", 1)[0]:
        if character == '"':
            quoted = not quoted
        elif not quoted and character in counts:
            counts[character] += 1
    return max(counts, key=lambda key: counts[key])


def _unguard(cell: str) -> str:
    """Remove the apostrophe our own export put before a formula-like cell."""
    if cell.startswith("'") and cell[1:].startswith(_FORMULA_START):
        return cell[1:]
    return cell


def _targets(header: list[str]) -> list[str | None]:
    targets: list[str | None] = []
    for name in header:
        key = " ".join(fold(name).split())
        google = _GOOGLE.match(key)
        targets.append(
            f"google:{google.group(1)}:{google.group(2)}:{google.group(3)}"
            if google
            else COLUMNS.get(key)
        )
    return targets


def _kind(label: str, default: ChannelKind = ChannelKind.OTHER) -> ChannelKind:
    words = fold(label).replace("*", "").strip()
    return _KINDS.get(words, default)


def _google_columns(card: ContactCard, google: dict[str, dict[str, dict[str, str]]]) -> None:
    for _number, fields in sorted(google.get("phone", {}).items()):
        kind = _kind(fields.get("type", "") or fields.get("label", ""))
        card.phones += [Phone(n, kind) for n in _SPLIT.split(fields.get("value", "")) if n]
    for _number, fields in sorted(google.get("e-mail", {}).items()):
        kind = _kind(fields.get("type", "") or fields.get("label", ""))
        card.emails += [Email(a, kind) for a in _SPLIT.split(fields.get("value", "")) if a]
    for _number, fields in sorted(google.get("organization", {}).items()):
        card.organisation = card.organisation or fields.get("name", "")
        card.job_title = card.job_title or fields.get("title", "")
        card.department = card.department or fields.get("department", "")
    for _number, fields in sorted(google.get("website", {}).items()):
        card.urls += [u for u in _SPLIT.split(fields.get("value", "")) if u]
    for _number, fields in sorted(google.get("address", {}).items()):
        street = fields.get("street", "") or fields.get("formatted", "")
        if street or fields.get("city"):
            card.addresses.append(
                PostalAddress(
                    street=street,
                    postcode=fields.get("postal code", ""),
                    city=fields.get("city", ""),
                    region=fields.get("region", ""),
                    country=fields.get("country", ""),
                    kind=_kind(fields.get("type", ""), ChannelKind.WORK),
                )
            )


_PLAIN_FIELDS = {
    "given": "given_name",
    "family": "family_name",
    "full_name": "formatted_name",
    "title": "job_title",
    "infix": "infix",
    "organisation": "organisation",
    "department": "department",
    "municipality": "municipality",
    "note": "note",
    "uid": "uid",
}


def _take(card: ContactCard, target: str, value: str) -> None:
    """Put one cell's value where its column says (not the Google and address columns)."""
    if target in _PLAIN_FIELDS:
        setattr(card, _PLAIN_FIELDS[target], value)
    elif target.startswith("phone:"):
        kind = ChannelKind(target.split(":")[1])
        card.phones += [Phone(n, kind) for n in _SPLIT.split(value) if n]
    elif target.startswith("email:"):
        kind = ChannelKind(target.split(":")[1])
        card.emails += [Email(a, kind) for a in _SPLIT_LIST.split(value) if a]
    elif target == "categories":
        card.categories += [
            c for c in _SPLIT_LIST.split(value) if c and fold(c) not in _SYSTEM_GROUPS
        ]
    elif target == "url":
        card.urls.append(value)
    elif target == "kind" and fold(value) in ("organisatie", "organisation"):
        card.kind = CardKind.ORGANISATION


def _card_from(row: list[str], targets: list[str | None], line: int) -> ContactCard:
    card = ContactCard(source_line=line)
    address: dict[str, str] = {}
    google: dict[str, dict[str, dict[str, str]]] = {}
    middle = ""
    for target, raw in zip(targets, row, strict=False):
        value = _unguard(raw.strip()).replace("\r\n", "\n")
        if not target or not value:
            continue
        if target.startswith("google:"):
            _, group, number, field = target.split(":")
            google.setdefault(group, {}).setdefault(number, {})[field] = value
        elif target in ("street", "city", "postcode", "country"):
            address[target] = value
        elif target == "middle":
            middle = value
        else:
            _take(card, target, value)
    if middle and fold(middle) in INFIXES and not card.infix:
        card.infix = middle  # Outlook keeps the tussenvoegsel as a middle name
    elif middle:
        card.given_name = f"{card.given_name} {middle}".strip()
    _google_columns(card, google)
    if address:
        card.addresses.insert(
            0,
            PostalAddress(
                address.get("street", ""),
                address.get("postcode", ""),
                address.get("city", ""),
                "",
                address.get("country", ""),
            ),
        )
    if not (card.given_name or card.family_name or card.formatted_name) and card.organisation:
        card.kind = CardKind.ORGANISATION
    return card


def read_contacts_csv(data: bytes) -> ReadResult:
    """Every row of a contacts CSV; rows without name, organisation, e-mail or phone are listed."""
    check_size(data)
    text = _decode(data)
    if "\x00" in text:
        raise ContactFileError(
            _("This is not a CSV file. Choose a file exported from an address book or Excel.")
        )
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    result = ReadResult()
    try:
        header = next(reader, [])
        targets = _targets(header)
        if not any(targets):
            raise ContactFileError(
                _("The first line of the file has no column this app knows (such as a name).")
            )
        previous_end = reader.line_num
        for row in reader:
            line, previous_end = previous_end + 1, reader.line_num
            if not any(cell.strip() for cell in row):
                continue  # an empty line (Excel writes ";;;") is no record
            if len(result.cards) >= MAX_RECORDS:
                raise ContactFileError(
                    _("The file holds more than {count} contacts.").format(count=MAX_RECORDS)
                )
            card = _card_from(row, targets, line)
            if card.is_usable():
                result.cards.append(card)
            else:
                result.problems.append(
                    RecordProblem(line, _("This line has no name, organisation, e-mail or phone."))
                )
    except csv.Error as error:
        raise ContactFileError(
            _("The file is not valid CSV (line {line}).").format(line=reader.line_num)
        ) from error
    return result


# -- writing -------------------------------------------------------------------------------------

HEADER = (
    "UID", "Soort", "Voornaam", "Tussenvoegsel", "Achternaam", "Organisatie", "Afdeling",
    "Functie", "Gemeente", "Telefoon werk", "Mobiel", "Telefoon thuis", "Telefoon overig",
    "E-mail werk", "E-mail thuis", "E-mail overig", "Straat", "Postcode", "Plaats", "Land",
    "Website", "Thema's", "Notities",
)  # fmt: skip


def _guard(cell: str) -> str:
    """Never let Excel or LibreOffice run a cell as a formula."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _joined(values: Iterable[str]) -> str:
    return MULTI_SEPARATOR.join(value for value in values if value)


def _row(card: ContactCard) -> list[str]:
    def phones(*kinds: ChannelKind) -> str:
        return _joined(p.number for p in card.phones if p.kind in kinds)

    def emails(*kinds: ChannelKind) -> str:
        return _joined(e.address for e in card.emails if e.kind in kinds)

    address = card.addresses[0] if card.addresses else PostalAddress()
    cells = [
        card.uid,
        "organisatie" if card.kind is CardKind.ORGANISATION else "persoon",
        card.given_name,
        card.infix,
        card.family_name,
        card.organisation,
        card.department,
        card.job_title,
        card.municipality,
        phones(ChannelKind.WORK),
        phones(ChannelKind.MOBILE),
        phones(ChannelKind.HOME),
        phones(ChannelKind.OTHER, ChannelKind.FAX),
        emails(ChannelKind.WORK),
        emails(ChannelKind.HOME),
        emails(ChannelKind.OTHER, ChannelKind.MOBILE, ChannelKind.FAX),
        address.street,
        address.postcode,
        address.city,
        address.country,
        card.urls[0] if card.urls else "",
        _joined(card.categories),
        card.note,
    ]
    return [_guard(cell) for cell in cells]


def write_contacts_csv(cards: Iterable[ContactCard], dialect: str = "excel-nl") -> bytes:
    """The cards as CSV: "excel-nl" (semicolons) or "comma"; UTF-8 with BOM, CRLF."""
    if dialect not in ("excel-nl", "comma"):
        raise ValueError(f"unsupported CSV dialect {dialect!r}")
    buffer = io.StringIO(newline="")
    writer = csv.writer(
        buffer, delimiter=";" if dialect == "excel-nl" else ",", lineterminator="\r\n"
    )
    writer.writerow(HEADER)
    writer.writerows(_row(card) for card in cards)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
