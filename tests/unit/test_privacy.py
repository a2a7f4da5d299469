"""The privacy guard on realistic Dutch sentences, with and without a member's personal data.

The table counts both misses and false alarms: every sentence lists exactly the kinds it should
raise, so a false alarm fails the test just as a miss does.
"""

from __future__ import annotations

from datetime import date

import pytest

from advocaat.signals.privacy import FindingKind, find_personal_data

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
