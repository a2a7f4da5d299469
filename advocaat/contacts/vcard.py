"""vCard files in (2.1, 3.0, 4.0) and out (4.0, or 3.0 for older programs).

Reading is a pure function over bytes, so it can be fuzzed. The text is cut into cards first, so a
broken card is reported with its line while the others still come in; vobject parses each card.
In front of vobject sits a small pre-pass for what vobject 0.9.9 gets wrong:

- vCard 2.1 QUOTED-PRINTABLE values with ``=`` soft line breaks (Outlook, Android) make it raise;
  the pre-pass joins them and decodes each value with its own CHARSET into plain text;
- a bare comma in a text value (vCard 2.1 does not escape them) makes it drop the rest of the value;
- a large or damaged base64 PHOTO makes it slow or makes it reject the whole card, so the pre-pass
  takes pictures out and reads them itself: kept within a size limit, else left out with a notice;
- it unescapes our own ``X-ADVOCAAT-…`` values in a way that loses their structure, so the pre-pass
  takes those out too.

Writing is done here, line by line, because vobject's vCard 4.0 output is incomplete. Besides the
standard properties, our own carry what only this app keeps: the kind of an organisation, influence,
attitude and strategy, and every job with its dates (``X-ADVOCAAT-POSITION``).
"""

from __future__ import annotations

import base64
import binascii
import codecs
import quopri
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import cast

import vobject
from vobject.base import Component, ContentLine
from vobject.vcard import Address, Name

from advocaat.contacts.cards import (
    MAX_PHOTO_BYTES,
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
    position_text,
    split_fields,
)
from advocaat.contacts.names import INFIXES
from advocaat.i18n import _, ngettext

MUNICIPALITY_PROPERTY = "X-ADVOCAAT-MUNICIPALITY"
"""Our own property: the CBS code (or name) of the contact's municipality."""
KIND_PROPERTY = "X-ADVOCAAT-KIND"
INFLUENCE_PROPERTY = "X-ADVOCAAT-INFLUENCE"
ATTITUDE_PROPERTY = "X-ADVOCAAT-ATTITUDE"
STRATEGY_PROPERTY = "X-ADVOCAAT-STRATEGY"
POSITION_PROPERTY = "X-ADVOCAAT-POSITION"
"""One job: role;portfolio;department;organisation;organisation UID;start;end (ISO dates)."""

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BEGIN = re.compile(r"BEGIN:VCARD[ \t]*", re.IGNORECASE)
_END = re.compile(r"END:VCARD[ \t]*", re.IGNORECASE)
_PROPERTY_NAME = re.compile(r"(?:[A-Za-z0-9_-]+\.)?([A-Za-z0-9_-]+)")
# "name;params:value", where a quoted parameter value may hold a colon or a semicolon.
_CONTENT_LINE = re.compile(r'((?:[^":]|"[^"]*")*):(.*)', re.DOTALL)
_PARAMETER = re.compile(r'(?:[^;"]|"[^"]*")+')
_QUOTED_PRINTABLE = re.compile(r"(?:^|;)(?:ENCODING=)?QUOTED-PRINTABLE(?:;|$)", re.IGNORECASE)
_ESCAPE_OR_COMMA = re.compile(r"\\.|,", re.DOTALL)
_CONTROL_BYTES = bytes(byte for byte in range(32) if byte not in b"\t\n\r\f")
_BINARY_SAMPLE = 8192

# Pictures, sounds and keys: only trouble for vobject when large or damaged. Pictures are kept.
_BINARY_PROPERTIES = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
_PICTURE_PROPERTIES = frozenset({"PHOTO", "LOGO"})
_OWN_PREFIX = "X-ADVOCAAT-"
_BASE64_PARAMETER = re.compile(r"(?:^|;)(?:ENCODING=)?(?:B|BASE64)(?:;|$)", re.IGNORECASE)
_DATA_URI = re.compile(r"data:([^,;]*)((?:;[^,;]*)*),(.*)", re.IGNORECASE | re.DOTALL)
_WHITESPACE = re.compile(rb"\s+")
# base64 grows data by 4/3: a longer text cannot hold a photo within the limit.
_MAX_PHOTO_TEXT = MAX_PHOTO_BYTES * 4 // 3 + 4
# vobject splits these on commas itself; in every other value a bare comma is just a comma.
_LIST_PROPERTIES = frozenset({"CATEGORIES"})
_BARE_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT"})
# Google puts every contact in these; they are no theme of the contact.
_SYSTEM_GROUPS = frozenset({"mycontacts", "starred"})
_INFIXES = frozenset(INFIXES)
_ORGANISATION_KINDS = frozenset({"org", "organization", "organisation"})

_APPLE_LABELS = {
    "_$!<mobile>!$_": ChannelKind.MOBILE,
    "_$!<work>!$_": ChannelKind.WORK,
    "_$!<home>!$_": ChannelKind.HOME,
    "_$!<workfax>!$_": ChannelKind.FAX,
    "_$!<homefax>!$_": ChannelKind.FAX,
}
# The first type found wins, so a work fax is a fax and a work mobile a mobile.
_TYPE_PRIORITY = (
    ("fax", ChannelKind.FAX),
    ("cell", ChannelKind.MOBILE),
    ("mobile", ChannelKind.MOBILE),
    ("iphone", ChannelKind.MOBILE),
    ("work", ChannelKind.WORK),
    ("home", ChannelKind.HOME),
)


# -- reading: the file --------------------------------------------------------------------------


@dataclass
class _Block:
    """The lines of one card as they stand in the file, from BEGIN:VCARD on."""

    line: int
    number: int
    lines: list[str]
    problem: str = ""
    """Why the card cannot be read before it is even parsed (no END:VCARD)."""


def _decode(data: bytes) -> tuple[str, str]:
    """The text and its encoding: UTF-8 (with or without BOM), or Windows-1252 as Outlook writes."""
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _looks_binary(data: bytes) -> bool:
    """NUL bytes, or more control characters than text ever has: a picture, an archive, …"""
    if b"\x00" in data:
        return True
    sample = data[:_BINARY_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls * 20 > len(sample)


def _blocks(lines: list[str]) -> list[_Block]:
    """Every card from BEGIN:VCARD to END:VCARD; text between cards is ignored."""
    blocks: list[_Block] = []
    current: _Block | None = None
    for number, line in enumerate(lines, start=1):
        if _BEGIN.fullmatch(line):
            if current is not None:
                current.problem = _("This card has no END:VCARD line.")
            current = _Block(number, len(blocks) + 1, [line])
            blocks.append(current)
        elif current is not None:
            current.lines.append(line)
            if _END.fullmatch(line):
                current = None
    if current is not None:
        current.problem = _("This card is cut off: the file ends before END:VCARD.")
    return blocks


# -- reading: the pre-pass in front of vobject --------------------------------------------------


def _head(line: str) -> str:
    """The group, name and parameters of a content line (all of it when there is no colon)."""
    colon = line.find(":")
    return line if colon < 0 else line[:colon]


def _soft_broken(parts: list[str]) -> bool:
    """A QUOTED-PRINTABLE value whose last line ends in ``=`` goes on on the next line."""
    return parts[-1].endswith("=") and bool(_QUOTED_PRINTABLE.search(_head(parts[0])))


def _unfold(lines: list[str]) -> list[list[str]]:
    """The physical lines of each property: folded lines and QP soft line breaks joined.

    The pieces stay in lists until the end, so a photo folded over thousands of lines costs no
    more than its size.
    """
    properties: list[list[str]] = []
    for line in lines:
        if properties and _soft_broken(properties[-1]) and not _END.fullmatch(line):
            last = properties[-1]
            last[-1] = last[-1][:-1]
            last.append(line)
        elif properties and line[:1] in (" ", "\t"):
            properties[-1].append(line[1:])
        elif line.strip():
            properties.append([line])
    return properties


def _property_name(line: str) -> str:
    match = _PROPERTY_NAME.match(line)
    return match.group(1).upper() if match else ""


def _decode_text(raw: bytes, charset: str) -> str:
    """``raw`` in the CHARSET the card names; a wrong or unknown name falls back sensibly."""
    for candidate in (charset, "utf-8"):
        try:
            return raw.decode(candidate)
        except (LookupError, UnicodeError):
            continue
    return raw.decode("cp1252", errors="replace")


def _quoted_printable(value: str, charset: str, file_encoding: str) -> str:
    """A QP value as vCard text: decoded, with its line breaks as ``\\n``."""
    raw = quopri.decodestring(value.encode(file_encoding, errors="replace"))
    return _LINE_BREAK.sub(r"\\n", _decode_text(raw, charset or file_encoding))


def _escape_bare_commas(value: str) -> str:
    return _ESCAPE_OR_COMMA.sub(lambda match: "\\," if match[0] == "," else match[0], value)


def _is_encoding(parameter: str) -> bool:
    upper = parameter.upper()
    return upper.startswith(("ENCODING=", "CHARSET=")) or upper in _BARE_ENCODINGS


def _plain(line: str, file_encoding: str) -> str:
    """One property as plain UTF-8 text: QP decoded, ENCODING and CHARSET gone, commas escaped."""
    match = _CONTENT_LINE.fullmatch(line)
    if match is None:
        return line  # vobject will refuse it, and so the card
    head, value = match.groups()
    name, *parameters = _PARAMETER.findall(head) or [head]
    if _QUOTED_PRINTABLE.search(head):
        charsets = [p.split("=", 1)[1] for p in parameters if p.upper().startswith("CHARSET=")]
        charset = charsets[0].strip().strip('"') if charsets else ""
        value = _quoted_printable(value, charset, file_encoding)
    if _property_name(name) not in _LIST_PROPERTIES:
        value = _escape_bare_commas(value)
    kept = [parameter for parameter in parameters if not _is_encoding(parameter)]
    return ";".join([name, *kept]) + ":" + value


@dataclass
class _Prepared:
    """A card split for reading: the text vobject parses, and what the pre-pass reads itself."""

    text: str
    pictures: list[list[str]]
    """The physical pieces of each PHOTO or LOGO property."""
    own: list[tuple[str, str]]
    """Our own properties as (name, raw value)."""


def _prepare(lines: list[str], file_encoding: str) -> _Prepared:
    """The card as vobject 0.9.9 can parse it, and what it cannot (see the module docstring)."""
    kept: list[str] = []
    pictures: list[list[str]] = []
    own: list[tuple[str, str]] = []
    binary: list[str] | None = None
    for parts in _unfold(lines):
        if binary is not None and ":" not in parts[0]:
            binary.extend(parts)  # vCard 2.1 base64 lines that the writer did not indent
            continue
        name = _property_name(parts[0])
        binary = parts if name in _BINARY_PROPERTIES else None
        if name in _PICTURE_PROPERTIES:
            pictures.append(parts)
        elif name.startswith(_OWN_PREFIX):
            line = "".join(parts)
            own.append((name, line[line.find(":") + 1 :]))
        elif binary is None:
            kept.append(_plain("".join(parts), file_encoding))
    return _Prepared("\r\n".join(kept) + "\r\n", pictures, own)


# -- reading: pictures and our own properties ---------------------------------------------------


def _picture_bytes(head: str, value: str) -> bytes | str:
    """The image in a PHOTO value (base64, or a data: URI), or why it cannot be used."""
    data_uri = _DATA_URI.fullmatch(value.strip())
    if data_uri:
        if "base64" not in data_uri[2].lower():
            return _("The photo cannot be read; it was left out.")
        value = data_uri[3]
    elif not _BASE64_PARAMETER.search(head):
        return _("The photo is a link to a web address; it was left out.")
    text = _WHITESPACE.sub(b"", value.encode("ascii", errors="replace"))
    if len(text) > _MAX_PHOTO_TEXT:
        return _("The photo is larger than {size} KB; it was left out.").format(
            size=MAX_PHOTO_BYTES // 1024
        )
    try:
        return base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        return _("The photo cannot be read; it was left out.")


def _read_picture(card: ContactCard, parts: list[str]) -> None:
    """The first picture of the card is its photo (an organisation's LOGO counts too)."""
    if card.photo:
        return
    line = "".join(parts)
    colon = line.find(":")
    if colon < 0:
        return
    picture = _picture_bytes(line[:colon], line[colon + 1 :])
    if isinstance(picture, str):
        card.notices.append(picture)
    else:
        card.take_photo(picture)


def _own_text(raw: str) -> str:
    """The text of one of our own values, unescaped the way we escape it."""
    return ";".join(split_fields(raw)).strip()


def _read_own(card: ContactCard, name: str, raw: str) -> None:
    if name == POSITION_PROPERTY:
        card.take_position(raw)
    elif name == MUNICIPALITY_PROPERTY:
        card.municipality = card.municipality or _own_text(raw)
    elif name == KIND_PROPERTY:
        card.take_organisation_kind(_own_text(raw))
    elif name == INFLUENCE_PROPERTY:
        card.take_score("influence", _own_text(raw))
    elif name == ATTITUDE_PROPERTY:
        card.take_score("attitude", _own_text(raw))
    elif name == STRATEGY_PROPERTY:
        card.strategy = card.strategy or _own_text(raw)


# -- reading: vobject's properties onto a card --------------------------------------------------


def _text(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(part for part in (_text(item) for item in value) if part)
    return str(value).strip()


def _channel(child: ContentLine, labels: dict[str, str]) -> ChannelKind:
    """What a number or address is for: Apple's label on the same group, else the TYPE params."""
    label = labels.get((child.group or "").lower(), "").lower()
    if label in _APPLE_LABELS:
        return _APPLE_LABELS[label]
    types = {
        kind.strip().strip('"').lower()
        for value in child.params.get("TYPE", [])
        for kind in value.split(",")
    }
    types.update(parameter.lower() for parameter in child.singletonparams)
    return next((kind for name, kind in _TYPE_PRIORITY if name in types), ChannelKind.OTHER)


def _read_name(card: ContactCard, child: ContentLine, _kind: ChannelKind) -> None:
    """N: Dutch Outlook keeps the tussenvoegsel as the middle name ("Berg;Anouk;van der")."""
    name = cast(Name, child.value)  # vobject's behaviour for N parses the value into a Name
    card.family_name = _text(name.family)
    card.given_name = _text(name.given)
    additional = _text(name.additional)
    if " ".join(additional.lower().split()) in _INFIXES:
        card.infix = additional
    elif additional:
        card.given_name = f"{card.given_name} {additional}".strip()


def _read_formatted_name(card: ContactCard, child: ContentLine, _kind: ChannelKind) -> None:
    card.formatted_name = card.formatted_name or _text(child.value)


def _read_organisation(card: ContactCard, child: ContentLine, _kind: ChannelKind) -> None:
    """ORG: the organisation, then its department (and any units below it)."""
    values = child.value if isinstance(child.value, list) else [child.value]
    parts = [_text(value) for value in values]
    if not card.organisation:
        card.organisation = parts[0]
        card.department = ", ".join(part for part in parts[1:] if part)


def _read_title(card: ContactCard, child: ContentLine, _kind: ChannelKind) -> None:
    card.job_title = card.job_title or _text(child.value)


def _read_phone(card: ContactCard, child: ContentLine, kind: ChannelKind) -> None:
    number = _text(child.value)
    if number.lower().startswith("tel:"):  # vCard 4.0 writes a URI
        number = number[4:]
    if number:
        card.phones.append(Phone(number, kind))


def _read_email(card: ContactCard, child: ContentLine, kind: ChannelKind) -> None:
    address = _text(child.value)
    if address.lower().startswith("mailto:"):
        address = address[7:]
    if address:
        card.emails.append(Email(address, kind))


def _read_address(card: ContactCard, child: ContentLine, kind: ChannelKind) -> None:
    """ADR: the extended address and post office box, when given, go under the street."""
    value = cast(Address, child.value)  # vobject's behaviour for ADR parses it into an Address
    lines = (_text(value.street), _text(value.extended), _text(value.box))
    address = PostalAddress(
        street="\n".join(line for line in lines if line),
        postcode=_text(value.code),
        city=_text(value.city),
        region=_text(value.region),
        country=_text(value.country),
        kind=kind,
    )
    if address != PostalAddress(kind=kind):
        card.addresses.append(address)


def _read_url(card: ContactCard, child: ContentLine, _kind: ChannelKind) -> None:
    url = _text(child.value).replace("\\:", ":")  # Google writes "https\://…"
    if url:
        card.urls.append(url)


def _read_note(card: ContactCard, child: ContentLine, _kind: ChannelKind) -> None:
    note = str(child.value).strip()
    card.note = "\n".join(part for part in (card.note, note) if part)


def _read_categories(card: ContactCard, child: ContentLine, _kind: ChannelKind) -> None:
    values = child.value if isinstance(child.value, list) else [child.value]
    known = {*_SYSTEM_GROUPS, *(category.lower() for category in card.categories)}
    for value in values:
        category = _text(value)
        if category and category.lower() not in known:
            card.categories.append(category)
            known.add(category.lower())


def _read_uid(card: ContactCard, child: ContentLine, _kind: ChannelKind) -> None:
    card.uid = card.uid or _text(child.value)


_READERS: dict[str, Callable[[ContactCard, ContentLine, ChannelKind], None]] = {
    "N": _read_name,
    "FN": _read_formatted_name,
    "ORG": _read_organisation,
    "TITLE": _read_title,
    "TEL": _read_phone,
    "EMAIL": _read_email,
    "ADR": _read_address,
    "URL": _read_url,
    "NOTE": _read_note,
    "CATEGORIES": _read_categories,
    "UID": _read_uid,
}


def _card_kind(card: ContactCard, kind: str) -> CardKind:
    """KIND when the card says it; else a card named only after its organisation is one."""
    if kind in _ORGANISATION_KINDS:
        return CardKind.ORGANISATION
    if kind == "individual":
        return CardKind.PERSON
    nameless = not (card.given_name or card.infix or card.family_name)
    shown_as_organisation = card.formatted_name.casefold() in ("", card.organisation.casefold())
    if nameless and card.organisation and shown_as_organisation:
        return CardKind.ORGANISATION
    return CardKind.PERSON


def _card_from(component: Component, block: _Block, prepared: _Prepared) -> ContactCard:
    card = ContactCard(source_line=block.line, number=block.number)
    children = list(component.getChildren())
    labels = {
        child.group.lower(): _text(child.value)
        for child in children
        if child.name == "X-ABLABEL" and child.group
    }
    for child in children:
        reader = _READERS.get(child.name)
        if reader is not None:
            reader(card, child, _channel(child, labels))
    roles = [_text(child.value) for child in children if child.name == "ROLE"]
    card.job_title = card.job_title or next((role for role in roles if role), "")
    kinds = [_text(child.value).lower() for child in children if child.name == "KIND"]
    card.kind = _card_kind(card, kinds[0] if kinds else "")
    for parts in prepared.pictures:
        _read_picture(card, parts)
    for name, raw in prepared.own:
        _read_own(card, name, raw)
    return card


def _read_block(block: _Block, file_encoding: str) -> ContactCard | RecordProblem:
    if block.problem:
        return RecordProblem(block.line, block.problem, block.number)
    try:
        prepared = _prepare(block.lines, file_encoding)
        component = next(vobject.readComponents(prepared.text))
        card = _card_from(component, block, prepared)
    except Exception:  # vobject raises many kinds of error; each one means "a damaged card"
        return RecordProblem(block.line, _("This card cannot be read."), block.number)
    if not card.is_usable():
        message = _("This card has no name, organisation, e-mail or phone.")
        return RecordProblem(block.line, message, block.number)
    return card


def read_vcards(data: bytes) -> ReadResult:
    """Every card in ``data``; damaged cards become problems, a file that is no vCard is refused.

    Raises :class:`ContactFileError` and nothing else: whatever the bytes, the caller gets a
    result or one sentence for the user.
    """
    check_size(data)
    if _looks_binary(data):
        raise ContactFileError(
            _("This is not a vCard file. Choose a file exported from an address book.")
        )
    text, file_encoding = _decode(data)
    blocks = _blocks(_LINE_BREAK.split(text))
    if not blocks:
        raise ContactFileError(_("This file holds no vCards (no BEGIN:VCARD line)."))
    if len(blocks) > MAX_RECORDS:
        raise ContactFileError(
            ngettext(
                "The file holds more than {count} contact.",
                "The file holds more than {count} contacts.",
                MAX_RECORDS,
            ).format(count=MAX_RECORDS)
        )
    result = ReadResult()
    for block in blocks:
        outcome = _read_block(block, file_encoding)
        if isinstance(outcome, ContactCard):
            result.cards.append(outcome)
        else:
            result.problems.append(outcome)
    return result


# -- writing ------------------------------------------------------------------------------------

_TYPE_NAMES = {
    ChannelKind.WORK: "work",
    ChannelKind.HOME: "home",
    ChannelKind.MOBILE: "cell",
    ChannelKind.FAX: "fax",
}
# An international number that a tel: URI can carry (RFC 3966: digits and visual separators).
_GLOBAL_NUMBER = re.compile(r"\+[0-9][0-9 ()./-]*")
_URI_SEPARATORS = re.compile(r"[ /]+")
_FOLD_OCTETS = 75


def _escape(value: str) -> str:
    """Text as RFC 6350 3.4 escapes it; structured values are escaped per component."""
    escaped = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return _LINE_BREAK.sub(r"\\n", escaped)


def _fold(line: str) -> str:
    """Fold at 75 octets (RFC 6350 3.2) without cutting a UTF-8 sequence in two."""
    pieces: list[str] = []
    if line.isascii():  # one octet a character: a photo of 300,000 characters folds at once
        pieces.append(line[:_FOLD_OCTETS])
        pieces += [line[i : i + _FOLD_OCTETS - 1] for i in range(_FOLD_OCTETS, len(line), 74)]
        return "\r\n ".join(pieces)
    current: list[str] = []
    room = _FOLD_OCTETS
    for character in line:
        size = len(character.encode("utf-8"))
        if size > room:
            pieces.append("".join(current))
            current, room = [], _FOLD_OCTETS - 1  # a continuation line starts with a space
        current.append(character)
        room -= size
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def _type_parameter(names: list[str], version: str) -> str:
    if not names:
        return ""
    return ";TYPE=" + ",".join(names if version == "4.0" else [name.upper() for name in names])


def _phone_line(phone: Phone, version: str) -> str:
    """A tel: URI in 4.0 when the number is international, else the number as text."""
    names = [_TYPE_NAMES[phone.kind]] if phone.kind in _TYPE_NAMES else []
    if phone.kind is not ChannelKind.FAX:
        names.append("voice")
    types = _type_parameter(names, version)
    number = phone.number.strip()
    if version == "4.0" and _GLOBAL_NUMBER.fullmatch(number):
        return f"TEL{types};VALUE=uri:tel:{_URI_SEPARATORS.sub('-', number)}"
    return f"TEL{types}:{_escape(number)}"


def _email_line(email: Email, version: str) -> str:
    names = [_TYPE_NAMES[email.kind]] if email.kind in _TYPE_NAMES else []
    if version == "3.0":
        names.insert(0, "internet")
    return f"EMAIL{_type_parameter(names, version)}:{_escape(email.address)}"


def _address_line(address: PostalAddress, version: str) -> str:
    names = [_TYPE_NAMES[address.kind]] if address.kind in _TYPE_NAMES else []
    parts = ("", "", address.street, address.city, address.region, address.postcode)
    value = ";".join(_escape(part) for part in (*parts, address.country))
    return f"ADR{_type_parameter(names, version)}:{value}"


def _photo_line(card: ContactCard, version: str) -> list[str]:
    """The photo inline: a data: URI in 4.0, base64 with its image type in 3.0."""
    if not card.photo:
        return []
    encoded = base64.b64encode(card.photo).decode("ascii")
    if version == "4.0":
        return [f"PHOTO:data:{card.photo_type};base64,{encoded}"]
    image = card.photo_type.rpartition("/")[2].upper()
    return [f"PHOTO;ENCODING=b;TYPE={image}:{encoded}"]


def _own_lines(card: ContactCard) -> list[str]:
    """Our own properties: what only this app keeps, for our own imports to take back."""
    scalars = (
        (MUNICIPALITY_PROPERTY, card.municipality),
        (KIND_PROPERTY, card.organisation_kind),
        (INFLUENCE_PROPERTY, "" if card.influence is None else str(card.influence)),
        (ATTITUDE_PROPERTY, "" if card.attitude is None else str(card.attitude)),
        (STRATEGY_PROPERTY, card.strategy),
    )
    lines = [f"{name}:{_escape(value)}" for name, value in scalars if value]
    return lines + [f"{POSITION_PROPERTY}:{position_text(p)}" for p in card.positions]


def _name_lines(card: ContactCard, version: str) -> list[str]:
    """FN always; N for people (and in 3.0, which requires it, empty for organisations).

    The infix goes in front of the family name, so other programs show "van der Berg".
    """
    lines = [f"FN:{_escape(card.display_name())}"]
    if card.kind is CardKind.PERSON:
        family = " ".join(part for part in (card.infix, card.family_name) if part)
        lines.append(f"N:{_escape(family)};{_escape(card.given_name)};;;")
    elif version == "3.0":
        lines.append("N:;;;;")
    return lines


def _card_lines(card: ContactCard, version: str) -> list[str]:
    lines = ["BEGIN:VCARD", f"VERSION:{version}"]
    if version == "4.0":
        lines.append("KIND:" + ("org" if card.kind is CardKind.ORGANISATION else "individual"))
    if card.uid:
        lines.append(f"UID:{_escape(card.uid)}")
    lines += _name_lines(card, version)
    if card.organisation or card.department:
        department = f";{_escape(card.department)}" if card.department else ""
        lines.append(f"ORG:{_escape(card.organisation)}{department}")
    if card.job_title:
        lines.append(f"TITLE:{_escape(card.job_title)}")
    lines += [_phone_line(phone, version) for phone in card.phones]
    lines += [_email_line(email, version) for email in card.emails]
    lines += [_address_line(address, version) for address in card.addresses]
    lines += [f"URL:{_escape(url)}" for url in card.urls]
    if card.note:
        lines.append(f"NOTE:{_escape(card.note)}")
    if card.categories:
        lines.append("CATEGORIES:" + ",".join(_escape(category) for category in card.categories))
    lines += _photo_line(card, version)
    lines += _own_lines(card)
    lines.append("END:VCARD")
    return lines


def write_vcards(cards: Iterable[ContactCard], version: str = "4.0") -> bytes:
    """The cards as one vCard file: UTF-8, CRLF line endings, lines folded at 75 octets.

    ``version`` is "4.0" (RFC 6350) or "3.0" (RFC 2426, for programs that read nothing newer).
    """
    if version not in ("4.0", "3.0"):
        raise ValueError(f"unsupported vCard version {version!r}; choose 4.0 or 3.0")
    lines = [_fold(line) for card in cards for line in _card_lines(card, version)]
    return "".join(line + "\r\n" for line in lines).encode("utf-8")
