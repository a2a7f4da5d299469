"""vCard in and out: the shapes Outlook, Android, Apple and Google write, and our own 4.0/3.0."""

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
from advocaat.contacts.vcard import read_vcards, write_vcards

pytestmark = pytest.mark.usefixtures("english")
DATA = Path(__file__).parents[1] / "data" / "contacts"


def read(name: str) -> ReadResult:
    return read_vcards((DATA / name).read_bytes())


def test_outlook_21_quoted_printable_soft_breaks_and_windows_1252() -> None:
    result = read("outlook-2.1.vcf")
    assert result.problems == []
    anouk, henk = result.cards
    assert (anouk.given_name, anouk.infix, anouk.family_name) == ("Anouk", "van der", "Berg")
    assert (anouk.organisation, anouk.department) == ("Gemeente Zwolle", "Team Wmo")
    assert anouk.note == (
        "Contact via de Wmo-raad. Wil graag een overleg over de reële wachttijden\nin het café."
    )
    assert anouk.addresses == [
        PostalAddress(
            "Stadhuisplein 1\nPostbus 10007", "8000 GA", "Zwolle", "", "Nederland", ChannelKind.WORK
        )
    ]
    assert [(p.number, p.kind) for p in anouk.phones] == [
        ("038-1234567", ChannelKind.WORK),
        ("06-12345678", ChannelKind.MOBILE),
    ]
    assert (henk.infix, henk.family_name, henk.note) == (
        "de",
        "Vries",
        "Coördinator wijkverpleging.",
    )
    assert henk.phones[1] == Phone("038-7654322", ChannelKind.FAX)
    assert (anouk.source_line, henk.source_line) == (1, 15)


def test_android_21_utf8_quoted_printable_names() -> None:
    (card,) = read("android-2.1.vcf").cards
    assert (card.given_name, card.family_name) == ("Özgür", "Yılmaz")
    assert card.formatted_name == "Özgür Yılmaz"
    assert card.note == "Lotgenotencontact, ervaringsdeskundige Wmo-vervoer."
    assert card.emails == [Email("ozgur@example.nl", ChannelKind.HOME)]


def test_apple_30_grouped_labels_photo_and_escapes() -> None:
    (card,) = read("apple-3.0.vcf").cards
    assert card.job_title == "Cliëntondersteuner"
    assert [(p.number, p.kind) for p in card.phones] == [
        ("06 34567890", ChannelKind.MOBILE),
        ("038 345 6789", ChannelKind.WORK),
    ]
    assert card.emails == [Email("sanne.mulder@example.nl", ChannelKind.WORK)]
    assert (
        card.note == "Werkt op dinsdag en donderdag.\nBereikbaar via het wijkteam, liefst per mail."
    )
    assert card.categories == ["Wmo", "keukentafelgesprek"]
    assert card.uid == "4F1D2C3B-1A2B-4C5D-8E9F-0A1B2C3D4E5F"


def test_google_30_drops_system_groups() -> None:
    (card,) = read("google-3.0.vcf").cards
    assert card.categories == ["Wmo"]
    assert card.family_name == "ter Horst"
    assert card.phones == [Phone("+31 6 45678901", ChannelKind.MOBILE)]


def test_vcard_40_organisation_uri_phone_and_municipality() -> None:
    organisation, person = read("vcard-4.0.vcf").cards
    assert organisation.kind is CardKind.ORGANISATION
    assert organisation.phones == [Phone("+31-570-123456", ChannelKind.WORK)]
    assert organisation.municipality == "GM0150"
    assert organisation.urls == ["https://ijsseloever.example.nl"]
    assert person.kind is CardKind.PERSON
    assert person.note == "Voorzitter raad van bestuur; sinds 2024."
    assert person.uid == "urn:uuid:5c2d9e1f-3b4a-4c6d-8e7f-9a0b1c2d3e4f"


def test_bad_cards_are_listed_with_their_line_and_the_rest_comes_in() -> None:
    result = read("mixed-bad.vcf")
    assert [card.display_name() for card in result.cards] == ["Hanneke Smit", "Gerrit Bakker"]
    assert [(p.line, p.message) for p in result.problems] == [
        (7, "This card has no name, organisation, e-mail or phone."),
        (17, "This card is cut off: the file ends before END:VCARD."),
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \r\n ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a vCard"),
        (b"naam,telefoon\nAnouk,038-1234567\n", "no vCards"),
    ],
)
def test_files_that_are_no_address_book_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(ContactFileError, match=message):
        read_vcards(data)


def test_a_file_too_large_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cards, "MAX_CONTACT_FILE_BYTES", 100)
    with pytest.raises(ContactFileError, match="too large"):
        read_vcards((DATA / "apple-3.0.vcf").read_bytes())


CARDS = [
    ContactCard(
        kind=CardKind.PERSON,
        uid="urn:uuid:11111111-2222-3333-4444-555555555555",
        given_name="Anouk",
        family_name="van der Berg",
        organisation="Gemeente Zwolle",
        department="Team Wmo",
        job_title="Beleidsmedewerker, Wmo; vervoer",
        phones=[
            Phone("+31 38 123 4567", ChannelKind.WORK),
            Phone("06 12345678", ChannelKind.MOBILE),
        ],
        emails=[Email("anouk@example.nl", ChannelKind.WORK)],
        addresses=[PostalAddress("Stadhuisplein 1", "8011 PK", "Zwolle", "", "Nederland")],
        urls=["https://example.nl/anouk"],
        note="Eerste regel\nTweede; met komma, en \\ backslash. " + "Ééntje lang " * 20 + "einde.",
        categories=["Wmo", "vervoer"],
        municipality="GM0193",
    ),
    ContactCard(
        kind=CardKind.ORGANISATION,
        uid="urn:uuid:66666666-7777-8888-9999-000000000000",
        formatted_name="Thuiszorg De Linde",
        organisation="Thuiszorg De Linde",
        phones=[Phone("038 765 4321", ChannelKind.WORK)],
    ),
]


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_round_trip(version: str) -> None:
    data = write_vcards(CARDS, version)
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    data.decode("utf-8")  # folding never cuts a character in two
    person, organisation = read_vcards(data).cards
    expected = CARDS[0]
    assert (person.given_name, person.family_name) == ("Anouk", "van der Berg")
    for field in (
        "uid",
        "organisation",
        "department",
        "job_title",
        "emails",
        "addresses",
        "urls",
        "note",
        "categories",
        "municipality",
    ):
        assert getattr(person, field) == getattr(expected, field), field
    assert [(p.number.replace("-", " "), p.kind) for p in person.phones] == [
        (p.number, p.kind) for p in expected.phones
    ]
    assert organisation.kind is CardKind.ORGANISATION
    assert organisation.uid == CARDS[1].uid
    assert organisation.phones == CARDS[1].phones


def test_reading_never_fails_with_anything_but_a_file_error() -> None:
    """Mutated samples (cut, flipped bytes, shuffled lines) give a result or one clear error."""
    samples = [path.read_bytes() for path in sorted(DATA.glob("*.vcf"))]
    refusals = []
    for data in mutated(samples, seed=1234):
        try:
            assert isinstance(read_vcards(data), ReadResult)
        except ContactFileError as error:
            refusals.append(error.message)
    assert all(refusals)
