"""How people are reached: the e-mail addresses and phone numbers that identify them.

Matching a file's records to the book (:mod:`advocaat.contacts.matching`) and suggesting duplicates
in the book (:mod:`advocaat.contacts.duplicates`) both rest on these keys, written the same way.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from advocaat.contacts.phones import normalize_phone
from advocaat.db.contact_tables import EmailAddress, PhoneNumber

Way = tuple[str, str]
"""("email", address in lower case) or ("phone", the E.164 number, or the digits as written)."""


def email_way(address: str) -> Way:
    return ("email", address.strip().lower())


def phone_way(number: str, normalized: str = "") -> Way:
    """A stored number carries its E.164 form already; a number from a file is normalised here."""
    return ("phone", normalized or normalize_phone(number).e164 or " ".join(number.split()))


def reach_of_people(session: Session) -> dict[int, set[Way]]:
    """Every person's e-mail addresses and phone numbers, by person id (two queries in all)."""
    reach: dict[int, set[Way]] = defaultdict(set)
    for person_id, address in session.execute(select(EmailAddress.person_id, EmailAddress.address)):
        if address.strip():
            reach[person_id].add(email_way(address))
    for person_id, number, normalized in session.execute(
        select(PhoneNumber.person_id, PhoneNumber.number, PhoneNumber.normalized)
    ):
        if number.strip() or normalized:
            reach[person_id].add(phone_way(number, normalized))
    return reach
