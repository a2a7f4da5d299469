"""Phone numbers, understood the Dutch way by default (phonenumbers, Google's libphonenumber)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import phonenumbers

DEFAULT_REGION = "NL"


@dataclass(frozen=True)
class NormalizedPhone:
    display: str
    """What the user sees: "038 123 4567" for a Dutch number, "+32 2 123 45 67" for another."""
    e164: str
    """"+31381234567" for matching; empty when the number could not be understood."""


@lru_cache(maxsize=32_768)  # an import reads each number twice: to match it, then to store it
def normalize_phone(raw: str, region: str = DEFAULT_REGION) -> NormalizedPhone:
    """Understand ``raw``; a number that makes no sense is kept as typed, so nothing is lost."""
    text = " ".join(raw.split())
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return NormalizedPhone(text, "")
    if not phonenumbers.is_possible_number(parsed):
        return NormalizedPhone(text, "")
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    is_home = phonenumbers.region_code_for_number(parsed) == region
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if is_home
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return NormalizedPhone(phonenumbers.format_number(parsed, style), e164)
