"""vCard in and out: the shapes Outlook, Android, Apple and Google write, and our own 4.0/3.0."""

from __future__ import annotations

import base64
import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from mutations import mutated

from advocaat.contacts import cards, vcard
from advocaat.contacts.cards import (
    CardKind,
    ChannelKind,
    ContactCard,
    ContactFileError,
    Email,
    Phone,
    PostalAddress,
    ReadResult,
    RecordProblem,
)
from advocaat.contacts.vcard import read_vcards, write_vcards

pytestmark = pytest.mark.usefixtures("english")
DATA = Path(__file__).parents[1] / "data" / "contacts"
CUT_OFF = "This card is cut off: the file ends before END:VCARD."
NOTHING_USABLE = "This card has no name, organisation, e-mail or phone."


def read(name: str) -> ReadResult:
    return read_vcards((DATA / name).read_bytes())


def card(lines: list[str]) -> bytes:
    return ("\r\n".join(["BEGIN:VCARD", *lines, "END:VCARD"]) + "\r\n").encode("utf-8")


# -- the sample files ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "lines", "names"),
    [
        (
            "outlook-2.1.vcf",
            [1, 23, 45, 59],
            ["Anouk van der Berg", "Henk de Vries", "Cécile ten Brink", "Buurtkamer De Vonk"],
        ),
        ("android-2.1.vcf", [1, 17], ["Özgür Yılmaz", "Joyce van Dam"]),
        ("apple-3.0.vcf", [1, 48, 63], ["Sanne Mulder", "Thuiszorg De Linde", "Marieke Dijkstra"]),
        ("google-3.0.vcf", [1, 19], ["Joost ter Horst", "Fatma Demir"]),
        (
            "vcard-4.0.vcf",
            [1, 17, 33],
            ["Zorggroep IJsseloever", "Kees Brouwer", "Anouk van der Berg"],
        ),
    ],
)
def test_every_card_of_a_sample_comes_in_with_its_line(
    name: str, lines: list[int], names: list[str]
) -> None:
    result = read(name)
    assert result.problems == []
    assert [card.source_line for card in result.cards] == lines
    assert [card.display_name() for card in result.cards] == names


def test_outlook_21_windows_1252_and_quoted_printable_soft_breaks() -> None:
    anouk, henk, cecile, vonk = read("outlook-2.1.vcf").cards
    # Dutch Outlook keeps the tussenvoegsel as the middle name.
    assert (anouk.given_name, anouk.infix, anouk.family_name) == ("Anouk", "van der", "Berg")
    assert (anouk.organisation, anouk.department) == ("Gemeente Zwolle", "Team Wmo")
    assert anouk.job_title == "Beleidsmedewerker Wmo"
    assert anouk.phones == [
        Phone("038-1234567", ChannelKind.WORK),
        Phone("06-12345678", ChannelKind.MOBILE),
        Phone("038-1234500", ChannelKind.FAX),
    ]
    assert anouk.emails == [Email("a.vanderberg@example.nl")]
    assert anouk.addresses == [
        PostalAddress(
            "Stadhuisplein 1\nPostbus 10007", "8000 GA", "Zwolle", "", "Nederland", ChannelKind.WORK
        )
    ]
    assert anouk.urls == ["https://www.example.nl/wmo"]
    assert anouk.note == (
        "Contact via de Wmo-raad. Wil graag een overleg over de reële wachttijden\n"
        "in het café naast het stadhuis, na 14.00 uur; niet op vrijdag."
    )
    assert (henk.infix, henk.family_name) == ("de", "Vries")
    assert henk.job_title == "Coördinator wijkverpleging"
    assert henk.note == (
        "Bereikbaar ma t/m do.\nVervangt tijdens vakanties de coördinator van team Oost."
    )
    assert [phone.kind for phone in henk.phones] == [
        ChannelKind.WORK,
        ChannelKind.FAX,
        ChannelKind.HOME,
    ]
    assert (cecile.given_name, cecile.infix, cecile.family_name) == ("Cécile", "ten", "Brink")
    assert cecile.job_title == "Vrijwilligerscoördinator"
    assert cecile.note == "Ervaringsdeskundige mantelzorg; zit in de cliëntenraad sinds 2022."
    assert cecile.addresses == [
        PostalAddress(
            "Brüggenweg 7", "8021 BK", "Zwolle", "Overijssel", "Nederland", ChannelKind.HOME
        )
    ]
    assert vonk.kind is CardKind.ORGANISATION
    assert (vonk.organisation, vonk.given_name, vonk.family_name) == ("Buurtkamer De Vonk", "", "")


def test_android_21_utf8_quoted_printable() -> None:
    ozgur, joyce = read("android-2.1.vcf").cards
    assert (ozgur.given_name, ozgur.family_name) == ("Özgür", "Yılmaz")
    assert ozgur.formatted_name == "Özgür Yılmaz"
    assert ozgur.organisation == "Cliëntenraad Sociaal Domein Zwolle"
    assert ozgur.phones == [
        Phone("06-23456789", ChannelKind.MOBILE),
        Phone("038-2345678", ChannelKind.HOME),
    ]
    assert ozgur.emails == [Email("ozgur@example.nl", ChannelKind.HOME)]
    # The soft breaks fall inside words and even between the two bytes of an "é".
    assert ozgur.note == (
        "Lotgenotencontact, ervaringsdeskundige Wmo-vervoer. Spreekt Turks en Nederlands; "
        "bellen na 17.00 uur.\nCafé De Ontmoeting, Zwolle-Zuid, één keer per maand."
    )
    assert joyce.family_name == "van Dam"
    assert joyce.phones == [
        Phone("038-3456789", ChannelKind.WORK),
        Phone("038-3456700", ChannelKind.OTHER),
    ]
    assert joyce.emails == [Email("j.vandam@example.org", ChannelKind.WORK)]


def test_apple_30_item_labels_photo_and_escapes() -> None:
    sanne, linde, marieke = read("apple-3.0.vcf").cards
    assert (sanne.organisation, sanne.department) == (
        "Sociaal Wijkteam Zwolle-Zuid",
        "Jeugd en Gezin",
    )
    assert sanne.job_title == "Cliëntondersteuner"
    assert sanne.phones == [
        Phone("06 34567890", ChannelKind.MOBILE),
        Phone("038 345 6789", ChannelKind.WORK),
        Phone("038 345 6700", ChannelKind.OTHER),
    ]
    assert sanne.emails == [Email("sanne.mulder@example.nl", ChannelKind.WORK)]
    assert sanne.addresses == [
        PostalAddress("Wijkcentrum De Zuid 4", "8011 AB", "Zwolle", "", "Nederland")
    ]
    assert sanne.urls == ["https://wijkteam-zuid.example.nl"]
    assert sanne.note == (
        "Werkt op dinsdag en donderdag.\nBereikbaar via het wijkteam, liefst per mail.\n"
        "Kent de regels voor de Wmo-vervoersvoorziening; zie dossier."
    )
    assert sanne.categories == ["Wmo", "keukentafelgesprek"]
    assert sanne.uid == "4F1D2C3B-1A2B-4C5D-8E9F-0A1B2C3D4E5F"
    assert linde.kind is CardKind.ORGANISATION
    assert (linde.organisation, linde.department) == ("Thuiszorg De Linde", "")
    assert linde.phones == [Phone("038 765 4321", ChannelKind.OTHER)]
    assert marieke.phones == [
        Phone("038 111 2233", ChannelKind.HOME),
        Phone("+31 6 11223344", ChannelKind.MOBILE),
        Phone("038 111 2234", ChannelKind.FAX),
    ]
    assert marieke.emails == [Email("marieke@example.org", ChannelKind.HOME)]


def test_google_30_escaped_url_and_system_groups() -> None:
    joost, fatma = read("google-3.0.vcf").cards
    assert (joost.given_name, joost.family_name) == ("Joost", "ter Horst")
    assert joost.emails == [
        Email("j.terhorst@example.nl", ChannelKind.WORK),
        Email("joost.terhorst@example.org", ChannelKind.HOME),
    ]
    assert joost.phones == [
        Phone("+31 6 45678901", ChannelKind.MOBILE),
        Phone("0570 123 456", ChannelKind.WORK),
    ]
    assert joost.urls == ["https://www.example.nl/bestuur/joost-ter-horst"]
    assert joost.note == "Spreekuur op maandag, via het secretariaat.\nSecretariaat: 0570 123 400."
    assert joost.categories == ["Wmo", "Raad en college"]
    assert joost.job_title == "Wethouder Sociaal Domein"
    assert fatma.phones == [
        Phone("038-5678901", ChannelKind.OTHER),
        Phone("038-5670000", ChannelKind.HOME),
    ]
    assert (fatma.organisation, fatma.department) == ("Thuiszorg De Linde", "Planning")
    assert fatma.categories == []


def test_vcard_40_kind_uri_phones_and_municipality() -> None:
    zorggroep, kees, anouk = read("vcard-4.0.vcf").cards
    assert zorggroep.kind is CardKind.ORGANISATION
    assert zorggroep.uid == "urn:uuid:0b8f3c5e-7a3d-4d8e-9a8b-2f1e0d9c8b7a"
    assert zorggroep.phones == [Phone("+31-570-123456", ChannelKind.WORK)]
    assert zorggroep.addresses == [
        PostalAddress("Rivierweg 12", "7411 AA", "Deventer", "", "Nederland")
    ]
    assert zorggroep.categories == ["ouderenzorg", "wijkverpleging"]
    assert zorggroep.municipality == "GM0150"
    assert kees.kind is CardKind.PERSON
    assert (kees.organisation, kees.department) == ("Zorggroep IJsseloever", "Raad van bestuur")
    assert kees.phones == [
        Phone("+31-6-56789012", ChannelKind.MOBILE),
        Phone("+31-38-1234567", ChannelKind.WORK),
    ]
    assert kees.note == (
        "Voorzitter raad van bestuur; sinds 2024. Aanspreekpunt voor de regionale samenwerking "
        "in de Wmo, samen met de gemeenten Deventer en Zwolle."
    )
    # The infix stays in the family name as the file has it; the import service splits it.
    assert (anouk.given_name, anouk.infix, anouk.family_name) == ("Anouk", "", "van der Berg")
    assert anouk.job_title == "Wmo-consulent"  # ROLE, as there is no TITLE
    assert anouk.phones == [Phone("038-1112233", ChannelKind.HOME)]
    assert anouk.municipality == "GM0193"


def test_bad_cards_are_listed_with_their_line_and_the_rest_comes_in() -> None:
    result = read("mixed-bad.vcf")
    assert [card.display_name() for card in result.cards] == ["Hanneke Smit", "Gerrit Bakker"]
    assert [card.source_line for card in result.cards] == [1, 11]
    assert result.problems == [RecordProblem(7, NOTHING_USABLE, 2), RecordProblem(17, CUT_OFF, 4)]
    assert [card.number for card in result.cards] == [1, 3]


@pytest.mark.parametrize(
    "convert",
    [
        lambda data: data.replace(b"\r\n", b"\n"),
        lambda data: data.replace(b"\r\n", b"\r"),
        lambda data: b"\xef\xbb\xbf" + data,
    ],
    ids=["LF", "CR", "BOM"],
)
@pytest.mark.parametrize("name", ["outlook-2.1.vcf", "android-2.1.vcf", "apple-3.0.vcf"])
def test_line_endings_and_byte_order_mark_change_nothing(
    convert: Callable[[bytes], bytes], name: str
) -> None:
    original = read(name)
    converted = read_vcards(convert((DATA / name).read_bytes()))
    assert converted == original


# -- damaged cards ------------------------------------------------------------------------------


def test_a_card_vobject_cannot_parse_is_a_problem_and_the_next_card_still_comes_in() -> None:
    data = card(["VERSION:3.0", "FN:Henk de Vries", "this line is no property"]) + card(
        ["VERSION:3.0", "FN:Anouk van der Berg"]
    )
    result = read_vcards(data)
    assert [card.display_name() for card in result.cards] == ["Anouk van der Berg"]
    assert result.problems == [RecordProblem(1, "This card cannot be read.", 1)]


def test_a_card_without_end_is_a_problem_and_the_next_card_still_comes_in() -> None:
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Henk de Vries\r\n" + card(["FN:Anouk Smit"])
    result = read_vcards(data)
    assert [card.source_line for card in result.cards] == [4]
    assert result.problems == [RecordProblem(1, "This card has no END:VCARD line.", 1)]


def test_a_file_cut_off_in_a_card_keeps_the_cards_before_it() -> None:
    data = (DATA / "outlook-2.1.vcf").read_bytes()
    result = read_vcards(data[: data.index(b"Stichting Mantelzorg")])
    assert [card.display_name() for card in result.cards] == ["Anouk van der Berg", "Henk de Vries"]
    assert result.problems == [RecordProblem(45, CUT_OFF, 3)]


def test_a_damaged_photo_does_not_sink_the_card() -> None:
    result = read_vcards(
        card(["VERSION:3.0", "FN:Sanne Mulder", "PHOTO;ENCODING=b;TYPE=JPEG:@@no base64@@"])
    )
    (sanne,) = result.cards
    assert sanne.display_name() == "Sanne Mulder"
    assert (sanne.photo, sanne.notices) == (b"", ["The photo cannot be read; it was left out."])


JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 40 + b"\xff\xd9"


def folded_photo(head: str, picture: bytes, indent: str = " ") -> list[str]:
    """A photo property as the programs write it: base64 folded over many lines."""
    text = base64.b64encode(picture).decode("ascii")
    lines = [text[index : index + 74] for index in range(0, len(text), 74)]
    return [head + lines[0], *(indent + line for line in lines[1:])]


@pytest.mark.parametrize(
    ("version", "head", "indent", "after"),
    [
        ("2.1", "PHOTO;ENCODING=BASE64;TYPE=JPEG:", "  ", [""]),  # Outlook: indented, blank line
        ("2.1", "PHOTO;JPEG;ENCODING=BASE64:", "", [""]),  # Android: not indented at all
        ("3.0", "PHOTO;ENCODING=b;TYPE=JPEG:", " ", []),  # Apple, Google
        ("4.0", "PHOTO:data:image/jpeg;base64,", " ", []),
    ],
)
def test_a_photo_in_every_version_is_kept(
    version: str, head: str, indent: str, after: list[str]
) -> None:
    lines = [f"VERSION:{version}", "N:Mulder;Sanne", *folded_photo(head, JPEG, indent), *after]
    (sanne,) = read_vcards(card([*lines, "TEL;CELL:06-34567890"])).cards
    assert (sanne.photo, sanne.photo_type, sanne.notices) == (JPEG, "image/jpeg", [])
    assert sanne.phones == [Phone("06-34567890", ChannelKind.MOBILE)]


def test_a_large_photo_folded_over_many_lines_is_left_out_quickly_and_said() -> None:
    picture = JPEG + bytes(range(256)) * 12_000  # about 3 MB
    lines = [
        "VERSION:3.0",
        "FN:Sanne Mulder",
        *folded_photo("PHOTO;ENCODING=b;TYPE=JPEG:", picture),
    ]
    result = read_vcards(card([*lines, "TEL:038-1234567"]))
    (sanne,) = result.cards
    assert sanne.phones == [Phone("038-1234567")]
    assert (sanne.photo, sanne.notices) == (
        b"",
        ["The photo is larger than 256 KB; it was left out."],
    )


@pytest.mark.parametrize(
    ("photo", "notice"),
    [
        ("PHOTO;VALUE=uri:https://example.nl/sanne.jpg", "The photo is a link to a web address"),
        ("PHOTO;ENCODING=b:" + base64.b64encode(b"%PDF-1.4 no image").decode(), "not an image"),
        ("PHOTO:data:image/jpeg,notbase64", "The photo cannot be read"),
    ],
)
def test_a_photo_that_cannot_be_kept_is_left_out_and_said(photo: str, notice: str) -> None:
    (sanne,) = read_vcards(card(["VERSION:3.0", "FN:Sanne Mulder", photo])).cards
    assert sanne.photo == b""
    (said,) = sanne.notices
    assert notice in said


def test_a_bare_comma_in_a_21_value_is_kept() -> None:
    (henk,) = read_vcards(
        card(["VERSION:2.1", "N:Vries;Henk;de", "NOTE:Eerst bellen, dan mailen"])
    ).cards
    assert henk.note == "Eerst bellen, dan mailen"


# -- files that are refused ---------------------------------------------------------------------

NOT_A_VCARD = "This is not a vCard file. Choose a file exported from an address book."


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The file is empty."),
        (b"  \r\n \t", "The file is empty."),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", NOT_A_VCARD),
        (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anouk\x00\r\nEND:VCARD\r\n", NOT_A_VCARD),
        (bytes((index * 37) % 255 + 1 for index in range(2000)), NOT_A_VCARD),
        (
            b"Naam;Telefoon;E-mail\r\nAnouk van der Berg;038-1234567;anouk@example.nl\r\n",
            "This file holds no vCards (no BEGIN:VCARD line).",
        ),
    ],
    ids=["empty", "whitespace", "png", "nul", "binary", "csv"],
)
def test_files_that_are_no_address_book_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(ContactFileError) as refused:
        read_vcards(data)
    assert refused.value.message == message


def test_a_file_too_large_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cards, "MAX_CONTACT_FILE_BYTES", 100)
    with pytest.raises(ContactFileError, match="too large"):
        read("apple-3.0.vcf")


def test_a_file_with_too_many_cards_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vcard, "MAX_RECORDS", 2)
    with pytest.raises(ContactFileError, match="more than 2 contacts"):
        read("outlook-2.1.vcf")


def test_reading_never_fails_with_anything_but_a_file_error() -> None:
    """Mutated samples (cut, flipped bytes, shuffled lines) give a result or one clear error."""
    samples = [path.read_bytes() for path in sorted(DATA.glob("*.vcf"))]
    refusals = []
    for data in mutated(samples, seed=1234, count=200):
        try:
            result = read_vcards(data)
        except ContactFileError as error:
            refusals.append(error.message)
        else:
            assert all(problem.message for problem in result.problems)
    assert all(message.endswith(".") for message in refusals)


# -- writing, and reading back ------------------------------------------------------------------

LONG_NOTE = (
    "Eerste regel\nTweede; met komma, en \\ backslash.\r\n"
    + "Cliëntondersteuning één keer per week — ☕ "
    + "Überall ß " * 12
    + "einde."
)
PERSON = ContactCard(
    uid="urn:uuid:11111111-2222-4333-8444-555555555555",
    formatted_name="Anouk van der Berg",
    given_name="Anouk",
    infix="van der",
    family_name="Berg",
    organisation="Gemeente Zwolle",
    department="Team Wmo; vervoer",
    job_title="Beleidsmedewerker, Wmo",
    phones=[
        Phone("+31 38 123 4567", ChannelKind.WORK),
        Phone("06 12345678", ChannelKind.MOBILE),
        Phone("038-1234500", ChannelKind.FAX),
        Phone("+31 6 87654321", ChannelKind.OTHER),
    ],
    emails=[Email("anouk@example.nl", ChannelKind.WORK), Email("a.berg@example.org")],
    addresses=[
        PostalAddress("Stadhuisplein 1\nPostbus 10007", "8000 GA", "Zwolle", "Overijssel", "NL"),
        PostalAddress("Thorbeckegracht 20", "8011 VN", "Zwolle", kind=ChannelKind.HOME),
    ],
    urls=["https://example.nl/anouk?taal=nl,en"],
    note=LONG_NOTE,
    categories=["Wmo", "vervoer, regio", "jeugd"],
    municipality="GM0193",
)
ORGANISATION = ContactCard(
    kind=CardKind.ORGANISATION,
    uid="urn:uuid:66666666-7777-4888-9999-000000000000",
    organisation="Thuiszorg De Linde",
    phones=[Phone("038 765 4321", ChannelKind.WORK)],
    emails=[Email("info@delinde.example.org", ChannelKind.WORK)],
    municipality="GM0193",
)


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_written_file_is_utf8_crlf_and_folded_at_75_octets(version: str) -> None:
    data = write_vcards([PERSON, ORGANISATION], version)
    assert data.startswith(f"BEGIN:VCARD\r\nVERSION:{version}\r\n".encode())
    assert data.endswith(b"END:VCARD\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert b"\n" not in b"".join(lines)
    assert b"\r" not in b"".join(lines)
    assert max(len(line) for line in lines) == 75  # the long note was folded
    for line in lines:
        line.decode("utf-8")  # no character is cut in two by a fold
    assert any(line.startswith(b" ") for line in lines)


def test_written_40_uses_tel_uris_kind_and_infix_before_the_family_name() -> None:
    lines = write_vcards([PERSON, ORGANISATION]).decode("utf-8").split("\r\n")
    assert "KIND:individual" in lines
    assert "KIND:org" in lines
    assert "N:van der Berg;Anouk;;;" in lines
    assert "ORG:Gemeente Zwolle;Team Wmo\\; vervoer" in lines
    assert "TITLE:Beleidsmedewerker\\, Wmo" in lines
    assert "TEL;TYPE=work,voice;VALUE=uri:tel:+31-38-123-4567" in lines
    assert "TEL;TYPE=cell,voice:06 12345678" in lines
    assert "TEL;TYPE=fax:038-1234500" in lines
    assert "EMAIL;TYPE=work:anouk@example.nl" in lines
    assert "ADR;TYPE=home:;;Thorbeckegracht 20;Zwolle;;8011 VN;" in lines
    assert "CATEGORIES:Wmo,vervoer\\, regio,jeugd" in lines
    assert "X-ADVOCAAT-MUNICIPALITY:GM0193" in lines
    assert "FN:Thuiszorg De Linde" in lines


def test_written_30_uses_upper_case_types_and_plain_numbers() -> None:
    lines = write_vcards([PERSON, ORGANISATION], "3.0").decode("utf-8").split("\r\n")
    assert "TEL;TYPE=WORK,VOICE:+31 38 123 4567" in lines
    assert "EMAIL;TYPE=INTERNET,WORK:anouk@example.nl" in lines
    assert "N:;;;;" in lines  # 3.0 requires N, also for an organisation
    assert not any(line.startswith("KIND") for line in lines)


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_round_trip(version: str) -> None:
    result = read_vcards(write_vcards([PERSON, ORGANISATION], version))
    assert result.problems == []
    person, organisation = result.cards
    # The infix comes back inside the family name, where other programs keep it.
    assert (person.given_name, person.infix, person.family_name) == ("Anouk", "", "van der Berg")
    for field in ("uid", "formatted_name", "organisation", "department", "job_title", "emails"):
        assert getattr(person, field) == getattr(PERSON, field), field
    for field in ("addresses", "urls", "categories", "municipality", "kind"):
        assert getattr(person, field) == getattr(PERSON, field), field
    assert person.note == LONG_NOTE.replace("\r\n", "\n")
    # A tel: URI cannot hold spaces, so 4.0 writes them as dashes.
    assert [(phone.number.replace("-", " "), phone.kind) for phone in person.phones] == [
        (phone.number.replace("-", " "), phone.kind) for phone in PERSON.phones
    ]
    assert organisation.kind is CardKind.ORGANISATION
    assert organisation.display_name() == "Thuiszorg De Linde"
    for field in ("uid", "organisation", "phones", "emails", "municipality"):
        assert getattr(organisation, field) == getattr(ORGANISATION, field), field


def test_nothing_to_write_is_an_empty_file_and_an_unknown_version_a_programming_error() -> None:
    assert write_vcards([]) == b""
    with pytest.raises(ValueError, match=r"2\.1"):
        write_vcards([PERSON], "2.1")


FULL = ContactCard(
    uid="urn:uuid:full",
    formatted_name="Anouk van der Berg",
    given_name="Anouk",
    family_name="van der Berg",
    organisation="Gemeente Zwolle",
    department="Team Wmo; Jeugd",
    job_title="Wmo-consulent",
    phones=[Phone("038-1234567", ChannelKind.WORK), Phone("038-1234599", ChannelKind.FAX)],
    emails=[Email("anouk@example.nl", ChannelKind.HOME)],
    addresses=[
        PostalAddress("Stadhuisplein 1\nPostbus 10", "8011 PK", "Zwolle", "Overijssel", "NL"),
        PostalAddress("Kerkstraat 8", "8051 GL", "Hattem", kind=ChannelKind.HOME),
    ],
    urls=["https://example.nl/a", "https://example.nl/b"],
    note="Eerst bellen;\ndan mailen, daarna \\ schrijven",
    categories=["Wmo", "vervoer"],
    municipality="GM0193",
    organisation_kind="municipality",
    influence=5,
    attitude=-2,
    strategy="Via de wethouder; met\nsignalen, en \\ cijfers",
    photo=b"GIF89a" + bytes(range(256)),
    photo_type="image/gif",
    positions=[
        cards.PositionRecord("Gemeente; Kampen", "urn:uuid:k", "stagiair", "", "", None, None),
        cards.PositionRecord(
            "Gemeente Zwolle", "urn:uuid:z", "consulent", "Wmo\\jeugd", "Team;Wmo",
            date(2020, 6, 1), date(2024, 1, 31),
        ),
    ],
)  # fmt: skip
NOT_WRITTEN = {"source_line", "number", "notices", "infix", "kind", "portfolio"}
"""Where each card comes from in a file; what the reader reports; the infix travels inside the
family name and the kind as KIND (4.0) or the shape of the card; the portfolio inside a job."""


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_every_field_of_a_card_travels(version: str) -> None:
    (back,) = read_vcards(write_vcards([FULL], version)).cards
    assert back.notices == []
    for field in dataclasses.fields(ContactCard):
        if field.name not in NOT_WRITTEN:
            assert getattr(back, field.name) == getattr(FULL, field.name), field.name
