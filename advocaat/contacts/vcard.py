"""vCard files in (2.1, 3.0, 4.0) and out (4.0, or 3.0 for older programs).

Reading is a pure function over bytes, so it can be fuzzed. vobject parses each card; in front of
it sits a small pre-pass for what vobject 0.9.9 cannot take: vCard 2.1 QUOTED-PRINTABLE values
with ``=`` soft line breaks (Outlook, Android), each decoded with its own CHARSET. The file is cut
into cards first, so one broken card is reported with its line and the others still come in.
Writing is done here, line by line, because vobject's vCard 4.0 output is incomplete.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterable

import vobject

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

MUNICIPALITY_PROPERTY = "X-ADVOCAAT-MUNICIPALITY"
_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"^END:VCARD\s*$", re.IGNORECASE)
_QP = re.compile(r"ENCODING=QUOTED-PRINTABLE|;QUOTED-PRINTABLE", re.IGNORECASE)
_CHARSET = re.compile(r";CHARSET=([^;:]+)", re.IGNORECASE)
_BARE_COMMA = re.compile(r"(?<!\\),")
_LIST_PROPERTIES = {"CATEGORIES", "NICKNAME"}
_SYSTEM_GROUPS = {"mycontacts", "starred", "* mycontacts", "* starred"}
# Properties that map straight onto one text field of the card (the first one wins).
_TEXT_FIELDS = {
    "FN": "formatted_name",
    "TITLE": "job_title",
    "ROLE": "job_title",
    "NOTE": "note",
    "UID": "uid",
    MUNICIPALITY_PROPERTY: "municipality",
}
_APPLE_LABELS = {
    "_$!<mobile>!$_": ChannelKind.MOBILE,
    "_$!<work>!$_": ChannelKind.WORK,
    "_$!<home>!$_": ChannelKind.HOME,
    "_$!<workfax>!$_": ChannelKind.FAX,
    "_$!<homefax>!$_": ChannelKind.FAX,
}
_TYPE_KINDS = {
    "cell": ChannelKind.MOBILE,
    "mobile": ChannelKind.MOBILE,
    "iphone": ChannelKind.MOBILE,
    "work": ChannelKind.WORK,
    "home": ChannelKind.HOME,
    "fax": ChannelKind.FAX,
}


# -- reading -------------------------------------------------------------------------------------


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) as most programs write it; Windows-1252 as Outlook does."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _blocks(text: str) -> tuple[list[tuple[int, list[str]]], list[RecordProblem]]:
    """The cards as (first line number, lines); a card without END:VCARD is a problem."""
    blocks: list[tuple[int, list[str]]] = []
    problems: list[RecordProblem] = []
    current: list[str] | None = None
    start = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if _BEGIN.match(line):
            if current is not None:
                problems.append(RecordProblem(start, _("This card has no END:VCARD line.")))
            current, start = [line], number
        elif current is not None:
            current.append(line)
            if _END.match(line):
                blocks.append((start, current))
                current = None
    if current is not None:
        problems.append(
            RecordProblem(start, _("This card is cut off: the file ends before END:VCARD."))
        )
    return blocks, problems


def _without_encoding(name: str) -> str:
    """The property name and parameters without ENCODING and CHARSET (the value is plain now)."""
    kept = [
        part
        for part in name.split(";")
        if part
        and part.upper() not in ("QUOTED-PRINTABLE", "ENCODING=QUOTED-PRINTABLE")
        and not part.upper().startswith("CHARSET=")
    ]
    return ";".join(kept)


def _quoted_printable(name: str, value: str) -> str:
    charset = _CHARSET.search(name)
    encoding = charset.group(1).strip().strip('"') if charset else "utf-8"
    raw = quopri.decodestring(value.encode("latin-1", errors="replace"))
    try:
        decoded = raw.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        decoded = raw.decode("cp1252", errors="replace")
    return decoded.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def _prepare(lines: list[str]) -> list[str]:
    """What vobject 0.9.9 gets wrong, put right before it parses the card.

    - vCard 2.1 QUOTED-PRINTABLE values: soft line breaks joined, decoded with their CHARSET;
    - a bare comma in a text value: vobject reads it as a list separator and drops the rest.
    """
    result: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        name, colon, value = line.partition(":")
        if not colon or name.startswith((" ", "\t")):
            result.append(line)
            continue
        if _QP.search(name):
            while value.endswith("=") and index < len(lines):
                value = value[:-1] + lines[index].lstrip()
                index += 1
            value = _quoted_printable(name, value)
            name = _without_encoding(name)
        if name.split(";")[0].split(".")[-1].upper() not in _LIST_PROPERTIES:
            value = _BARE_COMMA.sub("\\\\,", value)
        result.append(f"{name}:{value}")
    return result


def _kind_of(child: vobject.base.ContentLine, labels: dict[str | None, str]) -> ChannelKind:
    types = [t.lower() for value in child.params.get("TYPE", []) for t in value.split(",")]
    types += [t.lower() for t in child.singletonparams]
    label = labels.get(child.group) if child.group else None
    if label and label.lower() in _APPLE_LABELS:
        return _APPLE_LABELS[label.lower()]
    for kind_name in ("fax", "cell", "mobile", "iphone", "work", "home"):
        if kind_name in types:
            return _TYPE_KINDS[kind_name]
    return ChannelKind.OTHER


def _text(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(part) for part in value if part)
    return str(value).strip()


def _set_name(card: ContactCard, value: vobject.vcard.Name) -> None:
    card.family_name = _text(value.family)
    additional = _text(value.additional)
    if fold(additional) in INFIXES:  # Dutch Outlook keeps the tussenvoegsel as a middle name
        card.infix = additional
        additional = ""
    card.given_name = " ".join(part for part in (_text(value.given), additional) if part)


def _set_organisation(card: ContactCard, value: object) -> None:
    parts = value if isinstance(value, list) else [value]
    card.organisation = str(parts[0]).strip() if parts else ""
    card.department = ", ".join(str(part).strip() for part in parts[1:] if part)


def _address(value: vobject.vcard.Address, kind: ChannelKind) -> PostalAddress:
    return PostalAddress(
        street=_text(value.street),
        postcode=_text(value.code),
        city=_text(value.city),
        region=_text(value.region),
        country=_text(value.country),
        kind=kind,
    )


def _categories(value: object) -> list[str]:
    parts = value if isinstance(value, list) else str(value).split(",")
    names = [str(part).strip() for part in parts]
    return [name for name in names if name and name.lower() not in _SYSTEM_GROUPS]


def _infix_from_formatted(card: ContactCard) -> None:
    """ "Henk de Vries" with N:Vries;Henk: the "de" belongs to the surname."""
    if card.infix or not card.family_name or not card.formatted_name:
        return
    words = card.formatted_name.split()
    family = card.family_name.split()
    if words[-len(family) :] != family:
        return
    between = words[len(card.given_name.split()) : len(words) - len(family)]
    if between and fold(" ".join(between)) in INFIXES:
        card.infix = " ".join(between)


def _card_from(component: vobject.base.Component, line: int) -> ContactCard:
    card = ContactCard(source_line=line)
    children = list(component.getChildren())
    labels = {c.group: _text(c.value) for c in children if c.name == "X-ABLABEL" and c.group}
    kind_value = ""
    for child in children:
        name, value = child.name.upper(), child.value
        if name in _TEXT_FIELDS and not getattr(card, _TEXT_FIELDS[name]):
            setattr(
                card, _TEXT_FIELDS[name], str(value).strip() if name == "NOTE" else _text(value)
            )
        elif name == "N":
            _set_name(card, value)
        elif name == "ORG":
            _set_organisation(card, value)
        elif name == "TEL" and _text(value):
            card.phones.append(Phone(_text(value).removeprefix("tel:"), _kind_of(child, labels)))
        elif name == "EMAIL" and _text(value):
            card.emails.append(Email(_text(value).removeprefix("mailto:"), _kind_of(child, labels)))
        elif name == "ADR":
            card.addresses.append(_address(value, _kind_of(child, labels)))
        elif name == "URL":
            card.urls.append(_text(value))
        elif name == "CATEGORIES":
            card.categories += _categories(value)
        elif name == "KIND":
            kind_value = _text(value).lower()
    _infix_from_formatted(card)
    has_person_name = bool(card.given_name or card.family_name)
    if kind_value == "org" or (
        not has_person_name and card.organisation and card.formatted_name in ("", card.organisation)
    ):
        card.kind = CardKind.ORGANISATION
    return card


def read_vcards(data: bytes) -> ReadResult:
    """Every card in ``data``; broken cards become problems, a file that is no vCard is refused."""
    check_size(data)
    if b"\x00" in data:
        raise ContactFileError(
            _("This is not a vCard file. Choose a file exported from an address book.")
        )
    blocks, problems = _blocks(_decode(data))
    if not blocks and not problems:
        raise ContactFileError(_("This file holds no vCards (no BEGIN:VCARD line)."))
    if len(blocks) > MAX_RECORDS:
        raise ContactFileError(
            _("The file holds more than {count} contacts.").format(count=MAX_RECORDS)
        )
    result = ReadResult(problems=problems)
    for line, lines in blocks:
        try:
            component = vobject.readOne("\n".join(_prepare(lines)) + "\n")
            card = _card_from(component, line)
        except Exception:  # vobject raises many kinds of error; each means "a bad card"
            result.problems.append(RecordProblem(line, _("This card cannot be read.")))
            continue
        if card.is_usable():
            result.cards.append(card)
        else:
            result.problems.append(
                RecordProblem(line, _("This card has no name, organisation, e-mail or phone."))
            )
    result.problems.sort(key=lambda problem: problem.line or 0)
    return result


# -- writing -------------------------------------------------------------------------------------


def _escape(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace("\r\n", "\n")
        .replace("\n", "\\n")
        .replace(",", "\\,")
        .replace(";", "\\;")
    )


def _fold(line: str) -> str:
    """Fold at 75 octets (RFC 6350 3.2) without cutting a UTF-8 character in two."""
    pieces: list[str] = []
    current, size, limit = "", 0, 75
    for character in line:
        width = len(character.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size, limit = "", 0, 74  # continuation lines start with a space
        current += character
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


_TYPE_NAMES = {
    ChannelKind.WORK: "work",
    ChannelKind.HOME: "home",
    ChannelKind.MOBILE: "cell",
    ChannelKind.FAX: "fax",
}


def _types(kind: ChannelKind, extra: str, version: str) -> str:
    names = [name for name in (_TYPE_NAMES.get(kind), extra) if name]
    if not names:
        return ""
    if version == "4.0":
        return ";TYPE=" + (",".join(names) if len(names) == 1 else f'"{",".join(names)}"')
    return ";TYPE=" + ",".join(name.upper() for name in names)


def _channel_lines(card: ContactCard, version: str) -> list[str]:
    """TEL, EMAIL and ADR lines; in 4.0 an international number becomes a tel: URI."""
    lines = []
    for phone in card.phones:
        voice = "" if phone.kind is ChannelKind.FAX else "voice"
        types = _types(phone.kind, voice, version)
        if version == "4.0" and phone.number.startswith("+"):
            lines.append(f"TEL{types};VALUE=uri:tel:{phone.number.replace(' ', '-')}")
        else:
            lines.append(f"TEL{types}:{_escape(phone.number)}")
    for email in card.emails:
        lines.append(f"EMAIL{_types(email.kind, '', version)}:{_escape(email.address)}")
    for address in card.addresses:
        fields = ("", "", address.street, address.city, address.region, address.postcode)
        value = ";".join(_escape(field) for field in (*fields, address.country))
        lines.append(f"ADR{_types(address.kind, '', version)}:{value}")
    return lines


def _card_lines(card: ContactCard, version: str) -> list[str]:
    family = " ".join(part for part in (card.infix, card.family_name) if part)
    lines = ["BEGIN:VCARD", f"VERSION:{version}"]
    if card.uid:
        lines.append(f"UID:{_escape(card.uid)}")
    if version == "4.0":
        lines.append("KIND:" + ("org" if card.kind is CardKind.ORGANISATION else "individual"))
    lines.append(f"FN:{_escape(card.display_name())}")
    if card.kind is CardKind.PERSON or version == "3.0":
        lines.append(f"N:{_escape(family)};{_escape(card.given_name)};;;")
    if card.organisation:
        department = f";{_escape(card.department)}" if card.department else ""
        lines.append(f"ORG:{_escape(card.organisation)}{department}")
    if card.job_title:
        lines.append(f"TITLE:{_escape(card.job_title)}")
    lines += _channel_lines(card, version)
    lines += [f"URL:{_escape(url)}" for url in card.urls]
    if card.note:
        lines.append(f"NOTE:{_escape(card.note)}")
    if card.categories:
        lines.append("CATEGORIES:" + ",".join(_escape(c) for c in card.categories))
    if card.municipality:
        lines.append(f"{MUNICIPALITY_PROPERTY}:{_escape(card.municipality)}")
    lines.append("END:VCARD")
    return lines


def write_vcards(cards: Iterable[ContactCard], version: str = "4.0") -> bytes:
    """The cards as one vCard file (UTF-8, CRLF, folded lines)."""
    if version not in ("4.0", "3.0"):
        raise ValueError(f"unsupported vCard version {version!r}")
    lines = [_fold(line) for card in cards for line in _card_lines(card, version)]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8") if lines else b""
