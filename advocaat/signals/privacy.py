"""The privacy guard: points at likely personal data of a member in a signal's text.

A signal travels to the national office, so it must not carry a member's personal data. This
module only finds; the user fixes the text or confirms, per finding, that it is fine. It looks
for a BSN (nine digits passing the 11-test, python-stdnum), anything shaped like a Dutch or
international phone number (allocated or not, however it is grouped), an e-mail address, a
postcode with a house number or a street address, an IBAN (checksum), a date of birth, and the
names of members from the visits. It prefers a false alarm to a miss, but keeps false alarms
rare: plain numbers, years, service numbers (0800, 090x, 088, 14 0xx), dates that cannot be a
birth date, and the phone numbers and addresses of organisations in the contact book
(:class:`PublicData`) are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

import phonenumbers
from stdnum import iban
from stdnum.nl import bsn

from advocaat.i18n import N_, _

_NINE_DIGITS = re.compile(
    r"(?<![\d-])(\d{4}[ .]?\d{2}[ .]?\d{3}|\d{3}[ .]\d{3}[ .]\d{3}|\d{9})(?![\d-])"
)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+(?:@| ?[(\[]at[)\]] ?)[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_HOUSE_NUMBER = r"\d{1,5}(?:(?:[ -]?(?:[a-zA-Z]|I{1,3}|hs|bis)|-\d{1,3})\b)?"
_UNITS = "sa|sd|ss|km|kg|mg|ml|cm|mm|kb|mb|gb|kw|ct|pp|st"
"""Lower-case letters after four digits that are a unit ("1000km"), not a postcode."""
# A postcode (8011 AB, 8011AB, 8011ab), perhaps with a house number: group 1 and 2, then 3.
_POSTCODE = re.compile(
    rf"\b([1-9]\d{{3}})(?: ?(?!SA|SD|SS)([A-Z]{{2}})|(?!{_UNITS})([a-z]{{2}}))\b"
    rf"(?:[ ,]+({_HOUSE_NUMBER}))?"
)
_STREET = re.compile(
    r"\b[A-Z][a-zà-ÿ]+(?:straat|weg|laan|plein|gracht|kade|singel|dijk|hof|pad|steeg|markt"
    rf"|dreef|erf|veld|wal|park|haven) {_HOUSE_NUMBER}"
)
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", re.IGNORECASE)
_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    "|jan|feb|mrt|apr|jun|jul|aug|sept?|okt|nov|dec"
)
# A full date: 12-03-1954, 12/3/'54, 12 maart 1954, 12 mrt. 1954 (a two-digit year only with
# a word that says it is a birth date).
_DATE = re.compile(
    r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|'?\d{2})(?![\d-])"
    r"|\b(\d{1,2}) (" + _MONTHS + r")\.? ('?\d{2}|\d{4})\b",
    re.IGNORECASE,
)
_BIRTH_WORDS = re.compile(r"geboren|geb\.|geboortedatum|born|date of birth", re.IGNORECASE)
_SINCE_WORDS = re.compile(r"\b(?:sinds|vanaf|per|tot|t/m|since|from|until)\s*$", re.IGNORECASE)
ADULT_AGE = 16


class FindingKind(StrEnum):
    BSN = "bsn"
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"
    IBAN = "iban"
    BIRTH_DATE = "birth_date"
    NAME = "name"

    @property
    def label(self) -> str:
        return _(_LABELS[self])


_LABELS = {
    FindingKind.BSN: N_("citizen service number (BSN)"),
    FindingKind.PHONE: N_("phone number"),
    FindingKind.EMAIL: N_("e-mail address"),
    FindingKind.ADDRESS: N_("address"),
    FindingKind.IBAN: N_("bank account (IBAN)"),
    FindingKind.BIRTH_DATE: N_("date of birth"),
    FindingKind.NAME: N_("name of a member"),
}


@dataclass(frozen=True)
class Finding:
    kind: FindingKind
    text: str
    start: int
    end: int

    @property
    def confirmation(self) -> tuple[str, str]:
        """How the user's "yes, this is not personal data" is stored with the signal."""
        return (self.kind.value, self.text)


def _bsn(text: str) -> list[Finding]:
    found = []
    for match in _NINE_DIGITS.finditer(text):
        digits = re.sub(r"\D", "", match.group(1))
        if bsn.is_valid(digits):
            found.append(Finding(FindingKind.BSN, match.group(1), match.start(1), match.end(1)))
    return found


# Anything that may be a phone number: "+" or "0" (perhaps in brackets), then digits in groups.
_PHONE_SHAPE = re.compile(r"(?<![\w+])(?:\+|\(?0)(?:[ ().\-/\u2013]{0,3}\d)+")
_NUMERIC_DATE = re.compile(r"\(?(\d{1,2})[-/.](\d{1,2})[-/.]\d{2,4}")
_TRUNK = re.compile(r"\(0\)")
DUTCH_LENGTH = 9
"""Digits of a Dutch number after the 0 (or after +31): 06-12345678, 038-1234567."""
SERVICE_PREFIXES = ("800", "90", "88")
"""0800 (free), 090x (paid) and 088 (organisations): not a member's number; 14 0xx never has
the shape of one."""
MIN_INTERNATIONAL_DIGITS = 8


@dataclass(frozen=True)
class _Phone:
    start: int
    end: int
    key: str
    """Country code and number, digits only ("31612345678"): the same however it is written."""


def _digits_at(text: str, start: int) -> list[int]:
    """Where the digits of a shape are, leaving out the "(0)" of "+31 (0)6…"."""
    trunk = {m.start() + 1 for m in _TRUNK.finditer(text)}
    return [start + i for i, c in enumerate(text) if c.isdigit() and i not in trunk]


def _possible_lengths(country_code: int) -> tuple[int, ...]:
    if country_code == 31:
        return (DUTCH_LENGTH,)
    region = phonenumbers.region_code_for_country_code(country_code)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(country_code, region)
    described = metadata.general_desc if metadata else None
    return tuple(described.possible_length) if described else ()


def _ends_well(text: str, positions: list[int], count: int) -> bool:
    """The number ends after ``count`` digits, not in the middle of a longer run of digits."""
    return count == len(positions) or not text[positions[count - 1] + 1].isdigit()


def _international(text: str, positions: list[int]) -> _Phone | None:
    digits = "".join(text[i] for i in positions)
    if len(digits) < MIN_INTERNATIONAL_DIGITS:
        return None
    for size in (1, 2, 3):
        code = int(digits[:size])
        lengths = _possible_lengths(code)
        if phonenumbers.region_code_for_country_code(code) == "ZZ" or not lengths:
            continue
        for length in sorted(lengths, reverse=True):
            count = size + length
            fits = MIN_INTERNATIONAL_DIGITS <= count <= len(positions)
            if fits and _ends_well(text, positions, count):
                return _Phone(positions[0], positions[count - 1] + 1, digits[:count])
        return None
    return None


def _is_date(raw: str) -> bool:
    """01-02-2026 10 (a date and a count) is no phone number; 06.98.76.54.32 is."""
    found = _NUMERIC_DATE.match(raw)
    return found is not None and int(found.group(1)) <= 31 and int(found.group(2)) <= 12


def _phone_shapes(text: str) -> Iterator[_Phone]:
    """Every phone-number shape in ``text``, allocated or not: 06-98765432, +32 470 12 34 56."""
    for match in _PHONE_SHAPE.finditer(text):
        raw = match.group(0)
        start = match.start()
        if raw.startswith(("+", "00")):
            positions = _digits_at(raw, start)
            if raw.startswith("00"):
                positions = positions[2:]
            phone = _international(text, positions)
            if phone is not None:
                yield _Phone(start, phone.end, phone.key)
        elif not _is_date(raw):
            positions = _digits_at(raw, start)[1:]  # after the 0
            if len(positions) >= DUTCH_LENGTH and _ends_well(text, positions, DUTCH_LENGTH):
                number = "".join(text[i] for i in positions[:DUTCH_LENGTH])
                yield _Phone(start, positions[DUTCH_LENGTH - 1] + 1, "31" + number)


def _is_service(key: str) -> bool:
    return key.startswith("31") and key[2:].startswith(SERVICE_PREFIXES)


def _phones(text: str, public: PublicData) -> list[Finding]:
    return [
        Finding(FindingKind.PHONE, text[phone.start : phone.end], phone.start, phone.end)
        for phone in _phone_shapes(text)
        if not _is_service(phone.key) and phone.key not in public.phones
    ]


def _house_number(number: str) -> str:
    return re.sub(r"[\s-]", "", number).casefold()


def _postcode_key(match: re.Match[str]) -> str:
    """ "8011PK" for a postcode alone, "8011PK 15A" with a house number."""
    postcode = match.group(1) + (match.group(2) or match.group(3)).upper()
    return f"{postcode} {_house_number(match.group(4))}" if match.group(4) else postcode


_STREET_AND_NUMBER = re.compile(rf"(.*?)\s*\b({_HOUSE_NUMBER})\s*$")


def _street_keys(street: str) -> set[str]:
    """ "grote kerkplein 15" and "kerkplein 15": the guard may see only the last word."""
    found = _STREET_AND_NUMBER.match(street.strip())
    if not found or not found.group(1):
        return set()
    words = found.group(1).casefold().split()
    number = _house_number(found.group(2))
    return {" ".join([*words[i:], number]) for i in range(len(words))}


def _addresses(text: str, public: PublicData) -> list[Finding]:
    found = [
        Finding(FindingKind.ADDRESS, m.group(0), m.start(), m.end())
        for m in _POSTCODE.finditer(text)
        if _postcode_key(m) not in public.addresses
    ]
    return found + [
        Finding(FindingKind.ADDRESS, m.group(0), m.start(), m.end())
        for m in _STREET.finditer(text)
        if not _street_keys(m.group(0)) & public.addresses
    ]


@dataclass(frozen=True)
class PublicData:
    """Phone numbers and addresses of organisations in the contact book: public, not a member's.

    Built once per check or export (:meth:`of`), then looked up per finding in a set.
    """

    phones: frozenset[str] = frozenset()
    addresses: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    """Family names of the people in the contact book (officials), in lower case."""

    @classmethod
    def of(
        cls, organisations: Iterable[tuple[str, str, str]], family_names: Iterable[str] = ()
    ) -> PublicData:
        """From the (phone, street, postcode) of each organisation and the people's names."""
        phones: set[str] = set()
        addresses: set[str] = set()
        for phone, street, postcode in organisations:
            phones |= {shape.key for shape in _phone_shapes(phone or "")}
            streets = _street_keys(street or "")
            addresses |= streets
            code = _POSTCODE.fullmatch((postcode or "").strip().upper())
            if code:
                addresses.add(_postcode_key(code))
                number = _STREET_AND_NUMBER.match((street or "").strip())
                if number and streets:
                    addresses.add(f"{_postcode_key(code)} {_house_number(number.group(2))}")
        names = frozenset(name.strip().lower() for name in family_names if name.strip())
        return cls(frozenset(phones), frozenset(addresses), names)


NOTHING_PUBLIC = PublicData()


def _pattern(kind: FindingKind, pattern: re.Pattern[str], text: str) -> list[Finding]:
    return [Finding(kind, m.group(0), m.start(), m.end()) for m in pattern.finditer(text)]


def _ibans(text: str) -> list[Finding]:
    return [
        Finding(FindingKind.IBAN, m.group(0), m.start(), m.end())
        for m in _IBAN.finditer(text)
        if iban.is_valid(m.group(0))
    ]


def _year(written: str, today: date) -> int:
    """The year of "1954", "54" or "'54" (a two-digit year is in the last hundred years)."""
    year = int(written.lstrip("'"))
    if len(written.lstrip("'")) == 4:
        return year
    return year + (2000 if year <= today.year % 100 else 1900)


def _birth_dates(text: str, today: date) -> list[Finding]:
    """A full date at least 16 years ago (not "sinds 1 januari 2007"), or any full date next to
    "geboren"."""
    found = []
    for match in _DATE.finditer(text):
        written = match.group(3) or match.group(6)
        if match.group(1) and not (int(match.group(1)) <= 31 and int(match.group(2)) <= 12):
            continue
        before = text[max(0, match.start() - 25) : match.start()]
        birth_word = _BIRTH_WORDS.search(before)
        old = len(written.lstrip("'")) == 4 and _year(written, today) <= today.year - ADULT_AGE
        if birth_word or (old and not _SINCE_WORDS.search(before)):
            found.append(
                Finding(FindingKind.BIRTH_DATE, match.group(0), match.start(), match.end())
            )
    return found


_NOT_A_NAME = {"mevrouw", "meneer", "dhr", "mw", "mevr", "demo", "familie", "van", "der", "den"}


def _names(text: str, member_names: list[str]) -> list[Finding]:
    found = []
    for name in member_names:
        words = [w for w in re.findall(r"[^\W\d_]{3,}", name) if w.lower() not in _NOT_A_NAME]
        for word in words:
            pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
            found += [
                Finding(FindingKind.NAME, m.group(0), m.start(), m.end())
                for m in pattern.finditer(text)
            ]
    return found


_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][^\W\d_]+"
_TITLED_NAME = re.compile(
    r"\b(?i:mevrouw|meneer|mevr\.|mw\.|dhr\.|de heer)\s+"
    rf"((?:(?i:van|de|der|den|het|ter|ten|te|op|in ['’]t)\s+)*{_CAPITALISED}(?:-{_CAPITALISED})?)"
)


def _titled_names(text: str, public: PublicData) -> list[Finding]:
    """ "Mevrouw Jansen", "dhr. van der Berg": a person named by title, unless the contact book
    knows that family name as one of its (public) officials."""
    found = []
    for match in _TITLED_NAME.finditer(text):
        family = re.split(r"\s+", match.group(1))[-1].lower()
        if match.group(1).lower() not in public.names and family not in public.names:
            found.append(Finding(FindingKind.NAME, match.group(0), match.start(), match.end()))
    return found


def find_personal_data(
    text: str,
    member_names: list[str] | None = None,
    today: date | None = None,
    public: PublicData = NOTHING_PUBLIC,
) -> list[Finding]:
    """Every likely piece of personal data in ``text``, in reading order, without overlaps.

    ``public`` holds what the contact book knows as organisations' numbers and addresses.
    """
    found = (
        _bsn(text)
        + _ibans(text)
        + _pattern(FindingKind.EMAIL, _EMAIL, text)
        + _phones(text, public)
        + _addresses(text, public)
        + _birth_dates(text, today or date.today())
        + _names(text, member_names or [])
        + _titled_names(text, public)
    )
    kept: list[Finding] = []
    covered = 0  # where the findings kept so far end: sorted by start, so one number suffices
    for finding in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if finding.start >= covered:
            kept.append(finding)
            covered = finding.end
    return kept
