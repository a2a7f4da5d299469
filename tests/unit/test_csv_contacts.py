"""Contacts CSV: Google, Outlook (English and Dutch) and Dutch Excel in; Dutch Excel out, safely."""

from __future__ import annotations

from pathlib import Path

import pytest
from mutations import mutated

from advocaat.contacts import cards
from advocaat.contacts.cards import (
    CardKind,
    ChannelKind,
    ContactCard,
    ContactFileError,
    Email,
    Phone,
    PostalAddress,
    ReadResult,
)
from advocaat.contacts.csv_contacts import read_contacts_csv, write_contacts_csv

pytestmark = pytest.mark.usefixtures("english")
DATA = Path(__file__).parents[1] / "data" / "contacts"


def read(name: str) -> ReadResult:
    return read_contacts_csv((DATA / name).read_bytes())


def test_google_export_with_multi_value_cells_and_groups() -> None:
    anouk, ozgur = read("google.csv").cards
    assert (anouk.given_name, anouk.family_name) == ("Anouk", "van der Berg")
    assert anouk.phones == [
        Phone("038-1234567", ChannelKind.WORK),
        Phone("06-12345678", ChannelKind.WORK),
    ]
    assert anouk.emails == [
        Email("anouk@example.nl", ChannelKind.WORK),
        Email("anouk.prive@example.nl", ChannelKind.HOME),
    ]
    assert anouk.note == "Ontmoet op de Wmo-raad.\nWil overleg over wachttijden."
    assert anouk.categories == ["Wmo", "vervoer"]
    assert (anouk.organisation, anouk.job_title, anouk.department) == (
        "Gemeente Zwolle",
        "Beleidsmedewerker",
        "Team Wmo",
    )
    assert anouk.addresses[0].city == "Zwolle"
    assert (ozgur.given_name, ozgur.source_line) == ("Özgür", 4)  # the note spans two lines
    assert ozgur.urls == ["https://example.nl/ozgur"]


def test_new_google_export_and_an_organisation_row() -> None:
    sanne, linde = read("google-new.csv").cards
    assert sanne.phones == [
        Phone("06 34567890", ChannelKind.MOBILE),
        Phone("038 345 6789", ChannelKind.WORK),
    ]
    assert sanne.categories == ["keukentafelgesprek"]
    assert linde.kind is CardKind.ORGANISATION
    assert linde.organisation == "Thuiszorg De Linde"


def test_outlook_english_middle_name_is_the_tussenvoegsel() -> None:
    (henk,) = read("outlook-en.csv").cards
    assert (henk.given_name, henk.infix, henk.family_name) == ("Henk", "de", "Vries")
    assert [p.kind for p in henk.phones] == [ChannelKind.WORK, ChannelKind.MOBILE, ChannelKind.FAX]
    assert henk.categories == ["Wmo", "thuiszorg"]
    assert henk.job_title == "Coördinator"


def test_outlook_dutch_windows_1252_with_commas_in_headers() -> None:
    hanneke, gerrit = read("outlook-nl.csv").cards
    assert hanneke.addresses == [PostalAddress("Burgemeester Berghuisplein 1", "8261 DD", "Kampen")]
    assert hanneke.note == "Contact over hulpmiddelen; zeer behulpzaam."
    assert gerrit.note == "Ré-organisatie van de raad in 2026."


def test_dutch_excel_semicolons_tussenvoegsel_and_municipality() -> None:
    marieke, joelle = read("excel-nl-1252.csv").cards
    assert (marieke.infix, marieke.family_name, marieke.municipality) == (
        "van den",
        "Heuvel",
        "Zwolle",
    )
    assert marieke.note == "Portefeuille zorg; vervoer"
    assert marieke.categories == ["Wmo", "vervoer"]
    assert joelle.given_name == "Joëlle"
    bram, council = read("excel-nl-utf8-bom.csv").cards
    assert bram.given_name == "Bram"  # the BOM is not part of the first header
    assert council.kind is CardKind.ORGANISATION


def test_bad_rows_are_listed_empty_rows_ignored() -> None:
    result = read("bad-rows.csv")
    assert [(c.display_name(), c.source_line) for c in result.cards] == [
        ("Femke de Boer", 2),
        ("Kees Brouwer", 5),
        ("Lotte Visser", 7),
    ]
    assert [(p.line, p.message) for p in result.problems] == [
        (4, "This line has no name, organisation, e-mail or phone.")
    ]
    assert result.cards[1].note == "Twee regels:\nbestuurder"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a CSV"),
        (b"foo,bar\n1,2\n", "no column"),
        (b'Voornaam;Notities\nAnouk;"niet gesloten\n', r"not valid CSV \(line"),
    ],
)
def test_unusable_files_are_refused_in_one_sentence(data: bytes, message: str) -> None:
    with pytest.raises(ContactFileError, match=message):
        read_contacts_csv(data)


def test_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cards, "MAX_CONTACT_FILE_BYTES", 50)
    with pytest.raises(ContactFileError, match="too large"):
        read("google.csv")


CARDS = [
    ContactCard(
        uid="urn:uuid:11111111-2222-3333-4444-555555555555",
        given_name="Anouk",
        infix="van der",
        family_name="Berg",
        organisation='=HYPERLINK("http://example.org")',
        department="Team Wmo",
        job_title="-beleid",
        municipality="GM0193",
        phones=[
            Phone("+31 38 123 4567", ChannelKind.WORK),
            Phone("06 12345678", ChannelKind.MOBILE),
            Phone("06 87654321", ChannelKind.MOBILE),
        ],
        emails=[
            Email("anouk@example.nl", ChannelKind.WORK),
            Email("@home@example.nl", ChannelKind.HOME),
        ],
        addresses=[PostalAddress("Stadhuisplein 1", "8011 PK", "Zwolle", "", "Nederland")],
        urls=["https://example.nl"],
        categories=["Wmo", "vervoer"],
        note='Regel een\nregel "twee"; met komma, en puntkomma',
    ),
    ContactCard(kind=CardKind.ORGANISATION, uid="urn:uuid:6", organisation="Thuiszorg De Linde"),
]


@pytest.mark.parametrize("dialect", ["excel-nl", "comma"])
def test_round_trip(dialect: str) -> None:
    data = write_contacts_csv(CARDS, dialect)
    person, organisation = read_contacts_csv(data).cards
    expected = CARDS[0]
    for field in (
        "uid",
        "given_name",
        "infix",
        "family_name",
        "organisation",
        "department",
        "job_title",
        "municipality",
        "phones",
        "emails",
        "addresses",
        "urls",
        "categories",
        "note",
    ):
        assert getattr(person, field) == getattr(expected, field), field
    assert organisation.kind is CardKind.ORGANISATION
    assert organisation.uid == "urn:uuid:6"


def test_excel_output_is_utf8_bom_semicolons_crlf_and_never_a_formula() -> None:
    data = write_contacts_csv(CARDS)
    assert data.startswith("\ufeffUID;Soort;Voornaam".encode())
    assert b"\r\n" in data
    text = data.decode("utf-8-sig")
    assert "'=HYPERLINK" in text
    assert "'+31 38 123 4567" in text
    assert "'-beleid" in text
    assert "'@home@example.nl" in text


def test_reading_never_fails_with_anything_but_a_file_error() -> None:
    samples = [path.read_bytes() for path in sorted(DATA.glob("*.csv"))]
    refusals = []
    for data in mutated(samples, seed=4321):
        try:
            assert isinstance(read_contacts_csv(data), ReadResult)
        except ContactFileError as error:
            refusals.append(error.message)
    assert all(refusals)
