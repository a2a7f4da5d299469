"""The privacy guard: points at likely personal data of a member in a signal's text.

A signal travels to the national office, so it must not carry a member's personal data. This
module only finds; the user fixes the text or confirms, per finding, that it is fine. It looks
for a BSN (nine digits passing the 11-test, python-stdnum), a Dutch phone number (phonenumbers),
an e-mail address, a postcode with a house number, an IBAN (checksum), a date of birth, and the
names of members from the visits. It prefers a false alarm to a miss, but keeps false alarms
rare: plain numbers, years and dates that cannot be a birth date are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

import phonenumbers
from stdnum import iban
from stdnum.nl import bsn

from advocaat.i18n import N_, _

_NINE_DIGITS = re.compile(r"(?<![\d-])(\d{4}[ .]?\d{2}[ .]?\d{3}|\d{9})(?![\d-])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_POSTCODE = re.compile(
    r"\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b(?:[ ,]+\d+(?:[ -]?[a-zA-Z]\b)?)?|"
    r"\b[A-Z][a-zà-ÿ]+(?:straat|weg|laan|plein|gracht|kade|singel|dijk|hof|pad|steeg)"
    r" \d+[a-zA-Z]?\b"
)
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b")
_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
_DATE = re.compile(
    r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b|\b(\d{1,2}) (" + _MONTHS + r") (\d{4})\b",
    re.IGNORECASE,
)
_BIRTH_WORDS = re.compile(r"geboren|geb\.|geboortedatum|born|date of birth", re.IGNORECASE)
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


def _bsn(text: str) -> list[Finding]:
    found = []
    for match in _NINE_DIGITS.finditer(text):
        digits = re.sub(r"\D", "", match.group(1))
        if bsn.is_valid(digits):
            found.append(Finding(FindingKind.BSN, match.group(1), match.start(1), match.end(1)))
    return found


# Numbers of organisations (0800, 0900, 088, 14 0xx): not a member's personal data.
_SERVICE_NUMBERS = {
    phonenumbers.PhoneNumberType.TOLL_FREE,
    phonenumbers.PhoneNumberType.PREMIUM_RATE,
    phonenumbers.PhoneNumberType.SHARED_COST,
    phonenumbers.PhoneNumberType.UAN,
}


def _phones(text: str) -> list[Finding]:
    found = []
    for match in phonenumbers.PhoneNumberMatcher(text, "NL"):
        number = match.number
        if (
            phonenumbers.is_valid_number(number)
            and phonenumbers.number_type(number) not in _SERVICE_NUMBERS
        ):
            found.append(Finding(FindingKind.PHONE, match.raw_string, match.start, match.end))
    return found


def _pattern(kind: FindingKind, pattern: re.Pattern[str], text: str) -> list[Finding]:
    return [Finding(kind, m.group(0), m.start(), m.end()) for m in pattern.finditer(text)]


def _ibans(text: str) -> list[Finding]:
    return [
        Finding(FindingKind.IBAN, m.group(0), m.start(), m.end())
        for m in _IBAN.finditer(text)
        if iban.is_valid(m.group(0))
    ]


def _birth_dates(text: str, today: date) -> list[Finding]:
    """A full date at least 16 years ago, or any full date next to "geboren"."""
    found = []
    for match in _DATE.finditer(text):
        year = int(match.group(3) or match.group(6))
        context = text[max(0, match.start() - 25) : match.start()]
        if year <= today.year - ADULT_AGE or _BIRTH_WORDS.search(context):
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


def find_personal_data(
    text: str, member_names: list[str] | None = None, today: date | None = None
) -> list[Finding]:
    """Every likely piece of personal data in ``text``, in reading order, without overlaps."""
    found = (
        _bsn(text)
        + _ibans(text)
        + _pattern(FindingKind.EMAIL, _EMAIL, text)
        + _phones(text)
        + _pattern(FindingKind.ADDRESS, _POSTCODE, text)
        + _birth_dates(text, today or date.today())
        + _names(text, member_names or [])
    )
    kept: list[Finding] = []
    for finding in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if not any(finding.start < other.end and other.start < finding.end for other in kept):
            kept.append(finding)
    return kept
