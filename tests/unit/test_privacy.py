"""The privacy guard on realistic Dutch sentences, with and without a member's personal data.

The table counts both misses and false alarms: every sentence lists exactly the kinds it should
raise, so a false alarm fails the test just as a miss does.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from advocaat.signals.privacy import FindingKind, PublicData, find_personal_data

TODAY = date(2026, 11, 23)
MEMBERS = ["Mw. J. Jansen", "Dhr. Pieter de Wit"]
K = FindingKind

WITH_PERSONAL_DATA = [
    ("Mevrouw met BSN 111222333 kreeg geen beschikking.", [K.BSN]),
    ("Haar burgerservicenummer is 1234.56.782, dat stond in de brief.", [K.BSN]),
    ("Bel haar terug op 06-12345678 over de scootmobiel.", [K.PHONE]),
    ("Zoon bereikbaar via 038 123 4567, vader niet.", [K.PHONE]),
    ("Stuur de brief naar j.jansen@example.nl zodat ze kan reageren.", [K.EMAIL]),
    ("Woont op Dorpsstraat 12 en kan de trap niet meer op.", [K.ADDRESS]),
    ("Adres 8011 AB 14, de gemeente kwam niet langs.", [K.ADDRESS]),
    ("De eigen bijdrage werd afgeschreven van NL91ABNA0417164300 zonder bericht.", [K.IBAN]),
    ("Meneer is geboren op 12-03-1954 en heeft Parkinson.", [K.BIRTH_DATE]),
    ("Mevrouw (14 maart 1948) kreeg de parkeerkaart niet.", [K.BIRTH_DATE]),
    ("Mevrouw Jansen hoorde zes weken niets na de melding.", [K.NAME]),
    ("Pieter kon op een slechte dag niet naar de keukentafel.", [K.NAME]),
    ("BSN 111222333, tel. 06-12345678, mail piet@example.org", [K.BSN, K.PHONE, K.EMAIL]),
]

WITHOUT_PERSONAL_DATA = [
    "Gemeente weigert parkeerkaart aan mensen met Parkinson, die op sommige dagen kunnen lopen.",
    "Drie leden wachten langer dan zes weken op het onderzoek na de melding.",
    "De beschikking kwam pas op 14 november 2026, ruim na de termijn.",
    "Sinds 1 januari 2026 is de eigen bijdrage voor hulpmiddelen verhoogd.",
    "In 2025 kregen 123456789 euro minder Wmo-middelen, zegt de begroting.",
    "De regiotaxi komt gemiddeld 45 minuten te laat; 12 klachten in oktober.",
    "Het Wmo-loket (0800 1234) is alleen op dinsdag bereikbaar.",
    "Keukentafelgesprek duurde 20 minuten; er was geen cliëntondersteuner bij.",
    "Huishoudelijke hulp teruggebracht van 4 naar 2 uur per week, zonder nieuw onderzoek.",
    "Wet langdurige zorg: overgang vanuit de Wmo gaat traag in de regio Zwolle.",
]


@pytest.mark.parametrize(("sentence", "kinds"), WITH_PERSONAL_DATA)
def test_personal_data_is_found(sentence: str, kinds: list[FindingKind]) -> None:
    found = find_personal_data(sentence, MEMBERS, TODAY)
    assert [finding.kind for finding in found] == kinds


@pytest.mark.parametrize("sentence", WITHOUT_PERSONAL_DATA)
def test_ordinary_signals_raise_no_alarm(sentence: str) -> None:
    assert find_personal_data(sentence, MEMBERS, TODAY) == []


def test_a_finding_points_at_the_exact_text() -> None:
    sentence = "Bel haar terug op 06-12345678 over de scootmobiel."
    (finding,) = find_personal_data(sentence, [], TODAY)
    assert sentence[finding.start : finding.end] == "06-12345678"


def test_false_alarm_rate_on_the_table() -> None:
    """Printed for the record; the parametrised tests above keep it at zero."""
    alarms = sum(bool(find_personal_data(s, MEMBERS, TODAY)) for s in WITHOUT_PERSONAL_DATA)
    misses = sum(not find_personal_data(s, MEMBERS, TODAY) for s, _k in WITH_PERSONAL_DATA)
    assert (alarms, misses) == (0, 0)


# Every way of writing one number: a phone number is personal data by its shape, allocated or not.
PHONE_SHAPES = [
    "06-98765432", "06 98 76 54 32", "0698765432", "06-98 76 54 32", "(06) 98765432",
    "06.98.76.54.32", "+31 6 9876 5432", "+31698765432", "+31 (0)6 98765432", "0031 6 98765432",
    "0031 20-555 1234", "(020) 555 12 34", "020-5551234", "0529-45 12 34",
    "+32 470 12 34 56", "0032 470 12 34 56", "+49 151 2345 6789", "+44 20 7946 0958",
]  # fmt: skip
SERVICE_NUMBERS = ["14 038", "14038", "0800-1234", "0800 0231", "0900-8020", "0900-1234567",
                   "088 123 4567", "+31 88 123 4567", "+31 800 1234"]  # fmt: skip


@pytest.mark.parametrize("number", PHONE_SHAPES)
def test_anything_shaped_like_a_phone_number_is_found(number: str) -> None:
    sentence = f"Haar zoon is te bereiken op {number} na zes uur."
    (finding,) = find_personal_data(sentence, [], TODAY)
    assert (finding.kind, finding.text) == (K.PHONE, number)


@pytest.mark.parametrize("number", SERVICE_NUMBERS)
def test_service_and_municipal_numbers_are_not_personal(number: str) -> None:
    assert find_personal_data(f"Het loket is bereikbaar op {number} op werkdagen.", [], TODAY) == []


CONTACT_BOOK = PublicData.of(
    [("038-851 2040", "Zuiderzeestraat 30", "8021 CD"), ("14 038", "Grote Kerkplein 15", "8011PK")]
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het wijkteam is te bellen op +31 38 851 2040.",
        "Het wijkteam is te bellen op (038) 851 20 40.",
        "Het wijkteam zit aan de Zuiderzeestraat 30 in Zwolle.",
        "Het wijkteam, 8021 CD Zwolle, heeft geen invalidentoilet.",
        "Het gemeentehuis (Grote Kerkplein 15, 8011 PK 15) sluit om vier uur.",
    ],
)
def test_the_contact_books_numbers_and_addresses_are_public(sentence: str) -> None:
    assert find_personal_data(sentence, [], TODAY, CONTACT_BOOK) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Bel haar op 038-851 2041.", "038-851 2041"),
        ("Ze woont op Zuiderzeestraat 32.", "Zuiderzeestraat 32"),
        ("Ze woont op 8011 PK 21, naast het gemeentehuis.", "8011 PK 21"),
        ("Ze woont aan het Kerkplein 17.", "Kerkplein 17"),
    ],
)
def test_a_neighbour_of_a_public_address_or_number_is_still_found(sentence: str, text: str) -> None:
    (finding,) = find_personal_data(sentence, [], TODAY, CONTACT_BOOK)
    assert finding.text == text


@pytest.mark.parametrize("piece", ["06-", "+3", "a.b", "Dorpsstraat 1 ", "x (at) ", "1234 AB "])
def test_a_long_hostile_text_is_checked_in_linear_time(piece: str) -> None:
    """100 KB of one piece took minutes when a pattern rescanned the text from every position."""
    text = piece * (100_000 // len(piece))
    started = time.perf_counter()
    find_personal_data(text, ["Jan Bos"], TODAY)
    assert time.perf_counter() - started < 10


def test_every_caller_gets_the_contact_book_through_the_one_guard() -> None:
    """Only PrivacyGuard calls the finder; save, the CLI, the GUI and export use PrivacyGuard, so
    none forgets the public numbers and addresses (or the members' names)."""
    package = Path(__file__).parents[2] / "advocaat"
    callers = {
        path.relative_to(package).as_posix()
        for path in package.rglob("*.py")
        if "find_personal_data(" in path.read_text(encoding="utf-8")
    }
    assert callers == {"signals/privacy.py", "signals/service.py"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mevrouw Jansen belde over haar scootmobiel.", "Mevrouw Jansen"),
        (
            "Sinds januari wacht dhr. van der Berg-Smit op zijn beschikking.",
            "dhr. van der Berg-Smit",
        ),
        ("De heer Öztürk werd drie keer doorverwezen.", "De heer Öztürk"),
        ("Gesprek met mw. Bakker over de eigen bijdrage.", "mw. Bakker"),
    ],
)
def test_a_person_named_by_title_is_found(text: str, name: str) -> None:
    assert [(f.kind, f.text) for f in find_personal_data(text)] == [(FindingKind.NAME, name)]


def test_a_titled_official_of_the_contact_book_is_not_a_member() -> None:
    officials = PublicData.of([], ["Jansen", "Berg"])
    assert find_personal_data("Mevrouw Jansen van het wijkteam belt terug.", public=officials) == []
    assert find_personal_data("Meneer van den Berg stuurt de notulen.", public=officials) == []
    assert find_personal_data("Meneer de wethouder reageerde niet.") == []
