"""Contacts CSV: Google, Outlook (English and Dutch) and Dutch Excel in; Dutch Excel out, safely."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from mutations import mutated

from advocaat.contacts import csv_contacts
from advocaat.contacts.cards import (
    CardKind,
    ChannelKind,
    ContactCard,
    ContactFileError,
    Email,
    Phone,
    PositionRecord,
    PostalAddress,
    ReadResult,
    RecordProblem,
)
from advocaat.contacts.csv_contacts import read_contacts_csv, write_contacts_csv
from advocaat.i18n import set_language

pytestmark = pytest.mark.usefixtures("english")
DATA = Path(__file__).parents[1] / "data" / "contacts"
SAMPLES = sorted(DATA.glob("*.csv"))
NO_NAME = "This line has no name, organisation, e-mail or phone."


def read(name: str) -> ReadResult:
    return read_contacts_csv((DATA / name).read_bytes())


def cells(data: bytes, delimiter: str = ";") -> list[list[str]]:
    """The written file as a spreadsheet sees it: rows of raw cells."""
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=delimiter))


def cell(data: bytes, header: str, delimiter: str = ";") -> str:
    """The raw cell under ``header`` in the first data row."""
    header_row, first, *_rest = cells(data, delimiter)
    return first[header_row.index(header)]


# -- the sample files ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fragments"),
    [
        ("google.csv", [b"Name,Given Name,Additional Name", "Yılmaz".encode()]),
        ("google-new.csv", [b"First Name,Middle Name,Last Name", b"* myContacts ::: "]),
        ("outlook-en.csv", [b'"First Name","Middle Name"', "Coördinator".encode("cp1252")]),
        ("outlook-nl.csv", [b'"Werkadres, straat"', "Categorieën".encode("cp1252")]),
        ("excel-nl-1252.csv", [b"Voornaam;Tussenvoegsel;", "Joëlle".encode("cp1252")]),
        ("excel-nl-utf8-bom.csv", [b"\xef\xbb\xbfVoornaam;", "Şahin".encode()]),
        ("bad-rows.csv", [b"\r\n;;;;\r\n"]),
    ],
)
def test_samples_have_the_shape_of_the_program_that_wrote_them(
    name: str, fragments: list[bytes]
) -> None:
    data = (DATA / name).read_bytes()
    assert len(data) < 20 * 1024
    for fragment in fragments:
        assert fragment in data


@pytest.mark.parametrize(
    ("name", "names_and_lines"),
    [
        (
            "google.csv",
            [("Anouk van der Berg", 2), ("Özgür Yılmaz", 6), ("Thuiszorg De Linde", 7)],
        ),
        (
            "google-new.csv",
            [("Sanne Mulder", 2), ("Pieter van 't Hof", 4), ("Thuiszorg De Linde", 5)],
        ),
        ("outlook-en.csv", [("Henk de Vries", 2), ("Karin Hendriks", 4)]),
        ("outlook-nl.csv", [("Hanneke Smit", 2), ("Gerrit Bakker", 3)]),
        (
            "excel-nl-1252.csv",
            [("Marieke van den Heuvel", 2), ("Joëlle Jansen", 3), ("Ruud ter Horst", 4)],
        ),
        (
            "excel-nl-utf8-bom.csv",
            [("Bram Kuipers", 2), ("Cliëntenraad Zorggroep IJsseloever", 3), ("Fatma Şahin", 4)],
        ),
    ],
)
def test_every_row_of_a_sample_becomes_a_card_with_its_line(
    name: str, names_and_lines: list[tuple[str, int]]
) -> None:
    result = read(name)
    assert [(c.display_name(), c.source_line) for c in result.cards] == names_and_lines
    assert result.problems == []


def test_google_export_multi_value_cells_groups_and_a_note_over_two_lines() -> None:
    anouk, ozgur, linde = read("google.csv").cards
    assert anouk.formatted_name == "Anouk van der Berg"
    assert (anouk.given_name, anouk.infix, anouk.family_name) == ("Anouk", "", "van der Berg")
    assert (anouk.organisation, anouk.job_title, anouk.department) == (
        "Gemeente Zwolle",
        "Beleidsmedewerker",
        "Team Wmo",
    )
    assert anouk.phones == [
        Phone("038-1234567", ChannelKind.WORK),
        Phone("06-12345678", ChannelKind.WORK),
        Phone("038-1234599", ChannelKind.FAX),
    ]
    assert anouk.emails == [
        Email("anouk.vanderberg@example.nl", ChannelKind.WORK),
        Email("anouk.prive@example.nl", ChannelKind.HOME),
    ]
    assert anouk.addresses == [
        PostalAddress("Stadhuisplein 1", "8011 PK", "Zwolle", "", "Nederland", ChannelKind.WORK)
    ]
    assert anouk.note == "Ontmoet op de Wmo-raad.\nWil overleg over wachttijden."
    assert anouk.categories == ["Wmo", "vervoer"]
    assert anouk.kind is CardKind.PERSON

    assert ozgur.phones == [Phone("+31 6 23456789", ChannelKind.MOBILE)]
    assert ozgur.emails == [Email("ozgur.yilmaz@example.nl", ChannelKind.HOME)]
    assert ozgur.categories == ["mantelzorg"]  # "* myContacts" and "* Starred" are Google's own
    assert ozgur.urls == ["https://example.nl/ozgur"]

    assert linde.kind is CardKind.ORGANISATION
    assert linde.phones == [Phone("038-7654321", ChannelKind.OTHER)]  # Google's "Main"
    assert linde.addresses[0].street == "Lindelaan 12, 8017 AB Zwolle"  # only "Formatted" given


def test_new_google_export_with_labels_middle_name_and_an_organisation() -> None:
    sanne, pieter, linde = read("google-new.csv").cards
    assert (sanne.organisation, sanne.job_title, sanne.department) == (
        "Sociaal Wijkteam Zwolle-Zuid",
        "Cliëntondersteuner",
        "Team Zuid",
    )
    assert sanne.phones == [
        Phone("06 34567890", ChannelKind.MOBILE),
        Phone("038 345 6789", ChannelKind.WORK),
    ]
    assert sanne.emails == [Email("sanne.mulder@example.nl", ChannelKind.WORK)]
    assert sanne.addresses == [
        PostalAddress("Zuiderzeelaan 3", "8017 JV", "Zwolle", "Overijssel", "", ChannelKind.WORK)
    ]
    assert sanne.categories == ["keukentafelgesprek"]
    assert (pieter.given_name, pieter.infix, pieter.family_name) == ("Pieter", "van 't", "Hof")
    assert pieter.categories == ["Wmo", "jeugd"]
    assert pieter.note == "Ervaringsdeskundige, wil meedenken."
    assert linde.kind is CardKind.ORGANISATION
    assert (linde.organisation, linde.note) == ("Thuiszorg De Linde", "Hoofdkantoor")
    assert linde.urls == ["https://delinde.example.nl"]


def test_outlook_english_middle_name_is_the_tussenvoegsel() -> None:
    henk, karin = read("outlook-en.csv").cards
    assert (henk.given_name, henk.infix, henk.family_name) == ("Henk", "de", "Vries")
    assert (henk.organisation, henk.department, henk.job_title) == (
        "Thuiszorg De Linde",
        "Wijkverpleging",
        "Coördinator",
    )
    assert henk.phones == [
        Phone("038-7654322", ChannelKind.FAX),
        Phone("038-7654321", ChannelKind.WORK),
        Phone("06-45678901", ChannelKind.MOBILE),
    ]
    assert henk.emails == [Email("h.devries@example.nl", ChannelKind.WORK)]  # no display name
    assert henk.addresses == [
        PostalAddress("Stationsweg 5", "8011 CZ", "Zwolle", "", "Netherlands", ChannelKind.WORK)
    ]
    assert henk.note == 'Bereikbaar op werkdagen, niet op vrijdag.\nVraag naar "het wijkteam".'
    assert henk.categories == ["Wmo", "thuiszorg"]
    assert karin.addresses == [
        PostalAddress("Kerkstraat 8", "8051 GL", "Hattem", "", "", ChannelKind.HOME)
    ]
    assert karin.phones == [
        Phone("038-4440000", ChannelKind.HOME),
        Phone("06-11223344", ChannelKind.OTHER),
    ]
    assert karin.emails == [Email("karin.hendriks@example.nl", ChannelKind.OTHER)]


def test_outlook_dutch_windows_1252_with_commas_in_the_headers() -> None:
    hanneke, gerrit = read("outlook-nl.csv").cards
    assert (hanneke.organisation, hanneke.department, hanneke.job_title) == (
        "Gemeente Kampen",
        "Sociaal Domein",
        "Beleidsmedewerker",
    )
    assert hanneke.addresses == [PostalAddress("Burgemeester Berghuisplein 1", "8261 DD", "Kampen")]
    assert hanneke.phones == [
        Phone("038-3390000", ChannelKind.WORK),
        Phone("06-56789012", ChannelKind.MOBILE),
    ]
    assert hanneke.emails == [Email("h.smit@example.nl", ChannelKind.WORK)]
    assert hanneke.categories == ["Wmo", "hulpmiddelen"]
    assert hanneke.note == "Contact over hulpmiddelen; zeer behulpzaam."
    assert gerrit.note == "Ré-organisatie van de raad in 2026.\nCoördineert de werkgroep."
    assert gerrit.addresses == [
        PostalAddress("Oudestraat 120", "8261 CZ", "Kampen", kind=ChannelKind.HOME)
    ]


def test_dutch_excel_tussenvoegsel_municipality_and_themes() -> None:
    marieke, joelle, ruud = read("excel-nl-1252.csv").cards
    assert (marieke.given_name, marieke.infix, marieke.family_name) == (
        "Marieke",
        "van den",
        "Heuvel",
    )
    assert (marieke.organisation, marieke.job_title, marieke.municipality) == (
        "Gemeente Zwolle",
        "wethouder",
        "Zwolle",
    )
    assert marieke.phones == [
        Phone("038-4980000", ChannelKind.WORK),
        Phone("06-78901234", ChannelKind.MOBILE),
    ]
    assert marieke.addresses == [PostalAddress("Grote Kerkplein 15", "8011 PK", "Zwolle")]
    assert marieke.note == "Portefeuille zorg; vervoer"
    assert marieke.categories == ["Wmo", "vervoer"]
    assert (joelle.given_name, joelle.job_title) == ("Joëlle", "coördinator")
    assert joelle.organisation == "Stichting Welzijn Overijssel-West"
    assert (ruud.infix, ruud.municipality) == ("ter", "Kampen")
    assert ruud.phones == [Phone("+31 38 123 4567", ChannelKind.WORK)]
    assert ruud.urls == ["https://example.nl/zorgkantoor"]
    assert ruud.categories == ["jeugd", "Wlz"]


def test_dutch_excel_utf8_with_bom_and_a_typographic_apostrophe() -> None:
    bram, council, fatma = read("excel-nl-utf8-bom.csv").cards
    assert bram.given_name == "Bram"  # the BOM is not part of the first header
    assert (bram.municipality, bram.categories) == ("Deventer", ["Wmo"])  # "Thema’s"
    assert council.kind is CardKind.ORGANISATION
    assert council.emails == [Email("clientenraad@example.nl", ChannelKind.WORK)]
    assert (fatma.family_name, fatma.note) == ("Şahin", "Tolk Turks aanwezig bij gesprek.")


def test_rows_without_anything_to_recognise_are_problems_blank_rows_are_skipped() -> None:
    result = read("bad-rows.csv")
    assert [(c.display_name(), c.source_line) for c in result.cards] == [
        ("Femke de Boer", 2),
        ("Kees Brouwer", 5),
        ("Lotte Visser", 8),
        ("Wijkteam Noord", 9),
    ]
    assert result.problems == [RecordProblem(4, NO_NAME, 2)]
    assert [card.number for card in result.cards] == [1, 3, 4, 5]
    assert result.cards[1].note == "Twee regels:\nbestuurder"
    assert result.cards[3].kind is CardKind.ORGANISATION


# -- encodings, separators and headers -----------------------------------------------------------


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.encode("utf-8-sig"),
        lambda text: text.encode("utf-16"),  # with a BOM, as Outlook can write it
        lambda text: b"\xfe\xff" + text.encode("utf-16-be"),
    ],
    ids=["utf-8-bom", "utf-16-le", "utf-16-be"],
)
def test_the_same_cards_in_every_encoding(encode: Callable[[str], bytes]) -> None:
    for name, encoding in (("google.csv", "utf-8"), ("excel-nl-1252.csv", "cp1252")):
        data = (DATA / name).read_bytes()
        assert read_contacts_csv(encode(data.decode(encoding))) == read_contacts_csv(data)


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_the_separator_is_found_outside_quoted_headers(delimiter: str) -> None:
    original = (DATA / "outlook-nl.csv").read_bytes()
    rows = list(csv.reader(io.StringIO(original.decode("cp1252"), newline="")))
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    assert read_contacts_csv(buffer.getvalue().encode("cp1252")) == read_contacts_csv(original)


def test_headers_are_matched_without_case_and_surrounding_spaces() -> None:
    data = b" VOORNAAM ; achternaam ;E-Mail  ;Mobiel\r\nAnouk;Berg;a@example.nl\r\n"
    (card,) = read_contacts_csv(data).cards
    assert (card.given_name, card.family_name) == ("Anouk", "Berg")
    assert card.emails == [Email("a@example.nl", ChannelKind.WORK)]


def test_short_and_long_rows_and_a_middle_name_that_is_no_infix() -> None:
    data = b"First Name,Middle Name,Last Name\r\nJan,Pieter,Bos,extra\r\nEva\r\n"
    jan, eva = read_contacts_csv(data).cards
    assert (jan.given_name, jan.infix, jan.family_name) == ("Jan Pieter", "", "Bos")
    assert (eva.given_name, eva.source_line) == ("Eva", 3)


def test_apostrophes_are_only_removed_before_what_a_spreadsheet_would_run() -> None:
    data = (
        b"Voornaam;Tussenvoegsel;Achternaam;Telefoon;Plaats\r\n"
        b"Gerard;'t;Hooft;'+31 38 123 4567;'s-Hertogenbosch\r\n"
    )
    (card,) = read_contacts_csv(data).cards
    assert (card.infix, card.family_name) == ("'t", "Hooft")
    assert card.phones == [Phone("+31 38 123 4567", ChannelKind.WORK)]
    assert card.addresses[0].city == "'s-Hertogenbosch"


# -- refusals ------------------------------------------------------------------------------------

NOT_CSV = "This is not a CSV file. Choose a file exported from an address book or Excel."
NO_COLUMN = "The first line of the file has no column this app knows (such as a name)."


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The file is empty."),
        (b"\r\n  \r\n", "The file is empty."),
        (b"\xef\xbb\xbf", "The file is empty."),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", NOT_CSV),
        (b"Voornaam;Achternaam\r\nAn\x00ouk;Berg\r\n", NOT_CSV),
        ("Voornaam;Achternaam\r\n".encode("utf-16-le"), NOT_CSV),  # UTF-16 without its BOM
        (b"foo,bar\n1,2\n", NO_COLUMN),
        (b"Notities;Website\r\nBelt terug;https://example.nl\r\n", NO_COLUMN),
        (
            b'Voornaam;Notities\r\nAnouk;klaar\r\nBram;"niet gesloten\r\nCees;x\r\n',
            "The file is not valid CSV (line 3).",
        ),
        (
            b'Voornaam;Notities\r\nAnouk;"twee\r\nregels" en meer\r\n',
            "The file is not valid CSV (line 2).",
        ),
    ],
    ids=[
        "empty",
        "blank lines",
        "only a BOM",
        "PNG",
        "NUL byte",
        "UTF-16 without BOM",
        "unknown header",
        "no identifying column",
        "unclosed quote",
        "text after a closing quote",
    ],
)
def test_unusable_files_are_refused_in_one_sentence(data: bytes, message: str) -> None:
    with pytest.raises(ContactFileError, match=f"^{re.escape(message)}$"):
        read_contacts_csv(data)


def test_refusals_are_translated() -> None:
    set_language("nl")
    with pytest.raises(ContactFileError, match=r"\(regel 2\)"):
        read_contacts_csv(b'Voornaam;Notities\r\nAnouk;"niet gesloten\r\n')


def test_a_file_too_large_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (DATA / "google.csv").read_bytes()
    monkeypatch.setattr(csv_contacts, "MAX_CONTACT_FILE_BYTES", len(data))
    assert read_contacts_csv(data).cards
    monkeypatch.setattr(csv_contacts, "MAX_CONTACT_FILE_BYTES", len(data) - 1)
    with pytest.raises(ContactFileError, match=r"^The file is too large to be an address book\.$"):
        read_contacts_csv(data)


def test_a_file_with_too_many_rows_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_contacts, "MAX_RECORDS", 5)
    result = read("bad-rows.csv")  # four cards and one problem; blank rows do not count
    assert (len(result.cards), len(result.problems)) == (4, 1)
    monkeypatch.setattr(csv_contacts, "MAX_RECORDS", 4)
    with pytest.raises(ContactFileError, match=r"^The file holds more than 4 contacts\.$"):
        read("bad-rows.csv")


# -- writing -------------------------------------------------------------------------------------

ANOUK = ContactCard(
    uid="urn:uuid:7d5a0b2e-3c1f-4e8a-9b6d-2f4e6a8c0b1d",
    given_name="Anouk",
    infix="van der",
    family_name="Berg",
    organisation="Gemeente Zwolle",
    department="Team Wmo",
    job_title="Wmo-consulent",
    municipality="GM0193",
    phones=[
        Phone("+31 38 123 4567", ChannelKind.WORK),
        Phone("06-12345678", ChannelKind.MOBILE),
        Phone("06-87654321", ChannelKind.MOBILE),
        Phone("038-1112233", ChannelKind.HOME),
        Phone("038-9998877", ChannelKind.OTHER),
        Phone("038-1234599", ChannelKind.FAX),
    ],
    emails=[
        Email("anouk.vanderberg@example.nl", ChannelKind.WORK),
        Email("anouk.prive@example.nl", ChannelKind.HOME),
        Email("wmo-loket@example.nl", ChannelKind.OTHER),
        Email("anouk.oud@example.nl", ChannelKind.OTHER),
    ],
    addresses=[
        PostalAddress("Stadhuisplein 1\nPostbus 10007", "8011 PK", "Zwolle", "Overijssel", "NL"),
        PostalAddress("Kerkstraat 8", "8051 GL", "Hattem", "Gelderland", "", ChannelKind.HOME),
        PostalAddress("Dorpsweg 1", "8000 AA", "Zwolle", "", "", ChannelKind.OTHER),
    ],
    urls=["https://example.nl/wmo", "https://example.nl/anouk"],
    categories=["Wmo", "vervoer", "keukentafelgesprek"],
    note='Regel één\nregel "twee"; met komma, puntkomma en\ttab.\n=geen formule',
    portfolio="Wmo; jeugd",
    influence=4,
    attitude=-1,
    strategy="Eerst bellen; dan\nmailen",
    positions=[
        PositionRecord("Gemeente Kampen", "urn:uuid:k", "stagiair", "", "", None, date(2020, 5, 1)),
        PositionRecord("Gemeente Zwolle", "urn:uuid:z", "Wmo-consulent", "Wmo; jeugd", "Team Wmo"),
    ],
)
CARDS = [
    ANOUK,
    ContactCard(
        kind=CardKind.ORGANISATION,
        uid="urn:uuid:0b6e2d4a-8c1f-4a3e-9d7b-5e2f1a0c9b8d",
        organisation="Thuiszorg De Linde",
        organisation_kind="care_provider",
        phones=[Phone("038-7654321", ChannelKind.WORK)],
        emails=[Email("info.delinde@example.nl", ChannelKind.WORK)],
        addresses=[PostalAddress("Lindelaan 12", "8017 AB", "Zwolle")],
        urls=["https://delinde.example.nl"],
        municipality="GM0193",
    ),
    ContactCard(  # a person known only by organisation and e-mail stays a person
        uid="urn:uuid:3",
        organisation="Wijkteam Noord",
        emails=[Email("wijkteam.noord@example.nl", ChannelKind.WORK)],
    ),
    ContactCard(
        uid="urn:uuid:4",
        given_name="Gerard",
        infix="'t",
        family_name="Hooft",
        phones=[Phone("-", ChannelKind.OTHER)],
        categories=["@zorg"],
        note="'=al beschermd",
    ),
]


@pytest.mark.parametrize("dialect", ["excel-nl", "comma"])
def test_round_trip_gives_back_the_same_cards(dialect: str) -> None:
    result = read_contacts_csv(write_contacts_csv(CARDS, dialect))
    assert result.problems == []
    back = [dataclasses.replace(card, source_line=None, number=None) for card in result.cards]
    assert back == CARDS
    # the first row spans 6 lines: line breaks in a street, the note, the strategy and its jobs
    assert [card.source_line for card in result.cards] == [2, 8, 9, 10]


def test_excel_nl_output_is_utf8_with_bom_semicolons_and_crlf() -> None:
    data = write_contacts_csv(CARDS[1:3])
    assert data.startswith(
        b"\xef\xbb\xbfUID;Soort;Soort organisatie;Voornaam;Tussenvoegsel;Achternaam;Organisatie;"
        b"Afdeling;Functie;Portefeuille;Gemeente;Telefoon werk;Mobiel;Telefoon thuis;"
        b"Telefoon overig;E-mail werk;E-mail thuis;E-mail overig;Straat;Postcode;Plaats;"
        b"Provincie;Land;Huisadres, straat;Huisadres, postcode;Huisadres, plaats;"
        b"Huisadres, provincie;Huisadres, land/regio;Ander adres, straat;Ander adres, postcode;"
        b"Ander adres, plaats;Ander adres, provincie;Ander adres, land/regio;Website;Thema's;"
        b"Notities;Invloed;Houding;Strategie;Functies\r\n"
    )
    assert data.count(b"\n") == data.count(b"\r\n") == 3
    assert data.endswith(b"\r\n")
    assert [row[1] for row in cells(data)[1:]] == ["organisatie", "persoon"]


def test_comma_output_is_utf8_with_bom_and_commas() -> None:
    data = write_contacts_csv(CARDS, "comma")
    assert data.startswith(b"\xef\xbb\xbfUID,Soort,Soort organisatie,Voornaam,Tussenvoegsel,")
    assert cell(data, "Thema's", ",") == "Wmo; vervoer; keukentafelgesprek"


def test_an_unknown_dialect_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="dialect"):
        write_contacts_csv(CARDS, "excel-de")


def test_several_values_of_one_kind_share_a_cell_and_a_fax_says_so() -> None:
    data = write_contacts_csv([ANOUK])
    assert cell(data, "Mobiel") == "06-12345678; 06-87654321"
    assert cell(data, "Telefoon overig") == "038-9998877; fax: 038-1234599"
    assert cell(data, "E-mail overig") == "wmo-loket@example.nl; anouk.oud@example.nl"
    assert cell(data, "Notities") == ANOUK.note


def test_one_address_of_each_kind_and_every_website_are_written() -> None:
    card = dataclasses.replace(
        ANOUK,
        addresses=[
            PostalAddress("Kerkstraat 8", "8051 GL", "Hattem", "Gelderland", kind=ChannelKind.HOME),
            PostalAddress("Stadhuisplein 1", "8011 PK", "Zwolle"),
            PostalAddress("Tweede werkadres 2", "8011 AA", "Zwolle"),
            PostalAddress("Faxadres 1", kind=ChannelKind.FAX),
        ],
        urls=["https://example.nl/een", "https://example.nl/twee"],
    )
    (back,) = read_contacts_csv(write_contacts_csv([card])).cards
    assert back.addresses == [  # work, home, other: a second work address needs vCard
        PostalAddress("Stadhuisplein 1", "8011 PK", "Zwolle"),
        PostalAddress("Kerkstraat 8", "8051 GL", "Hattem", "Gelderland", kind=ChannelKind.HOME),
        PostalAddress("Faxadres 1", kind=ChannelKind.OTHER),
    ]
    assert back.urls == ["https://example.nl/een", "https://example.nl/twee"]


def test_a_name_known_only_as_a_whole_is_written_as_given_name() -> None:
    card = ContactCard(formatted_name="Anouk van der Berg")
    (back,) = read_contacts_csv(write_contacts_csv([card])).cards
    assert (back.given_name, back.kind) == ("Anouk van der Berg", CardKind.PERSON)


@pytest.mark.parametrize(
    "value",
    [
        '=HYPERLINK("https://example.org/x";"Klik hier")',
        "+31 38 123 4567",
        "-5",
        "@SUM(A1)",
        "\tGEEN FORMULE",
        "\rGEEN FORMULE",
        "'=al beschermd",
    ],
)
@pytest.mark.parametrize("dialect", ["excel-nl", "comma"])
def test_a_cell_a_spreadsheet_would_run_is_written_guarded_and_read_back_plain(
    value: str, dialect: str
) -> None:
    card = ContactCard(given_name="Anouk", organisation=value, note=value)
    data = write_contacts_csv([card], dialect)
    delimiter = ";" if dialect == "excel-nl" else ","
    assert cell(data, "Organisatie", delimiter) == "'" + value
    assert cell(data, "Notities", delimiter) == "'" + value
    (back,) = read_contacts_csv(data).cards
    assert (back.organisation, back.note) == (value, value)


def test_a_formula_starts_with_an_apostrophe_in_the_raw_bytes() -> None:
    card = ContactCard(organisation='=HYPERLINK("https://example.org")', given_name="Anouk")
    data = write_contacts_csv([card])
    assert cell(data, "Organisatie").startswith("'=")
    assert b';"\'=HYPERLINK(""https://example.org"")";' in data
    assert b";=" not in data


# -- robustness ----------------------------------------------------------------------------------


def test_reading_never_fails_with_anything_but_a_file_error() -> None:
    samples = [path.read_bytes() for path in SAMPLES]
    samples += [
        (DATA / "google.csv").read_text(encoding="utf-8").encode("utf-16"),
        write_contacts_csv(CARDS),
    ]
    results, refusals = [], []
    for data in mutated(samples, seed=4321, count=200):
        try:
            results.append(read_contacts_csv(data))
        except ContactFileError as error:
            refusals.append(error.message)
    assert len(results) > 100
    assert refusals
    assert all(refusals)
    for result in results:
        assert all(card.is_usable() and card.source_line for card in result.cards)
        assert all(problem.line and problem.message for problem in result.problems)


# -- every program's own export, column by column -------------------------------------------------

THUNDERBIRD_ANOUK = ContactCard(
    formatted_name="Anouk van der Berg",
    given_name="Anouk",
    family_name="van der Berg",
    organisation="Gemeente Zwolle",
    department="Team Wmo",
    job_title="Beleidsmedewerker Wmo",
    phones=[
        Phone("038-1234567", ChannelKind.WORK),
        Phone("038-7654321", ChannelKind.HOME),
        Phone("038-1234599", ChannelKind.FAX),
        Phone("06-12345678", ChannelKind.MOBILE),
    ],
    emails=[
        Email("anouk.vanderberg@example.nl", ChannelKind.WORK),
        Email("anouk.prive@example.nl", ChannelKind.OTHER),
    ],
    addresses=[
        PostalAddress(
            "Kerkstraat 8", "8051 GL", "Hattem", "Gelderland", "Nederland", ChannelKind.HOME
        ),
        PostalAddress(
            "Stadhuisplein 1\nPostbus 10007", "8011 PK", "Zwolle", "Overijssel", "Nederland"
        ),
    ],
    urls=["https://example.nl/wmo"],
    note='Ontmoet op de Wmo-raad, "zeer" behulpzaam.\nWil overleg over wachttijden.',
)


@pytest.mark.parametrize(
    ("name", "header"),
    [
        ("thunderbird-en.csv", b"First Name,Last Name,Display Name,Nickname,Primary Email,"),
        ("thunderbird-nl.csv", b"Voornaam,Achternaam,Weergavenaam,Bijnaam,Primair e-mailadres,"),
    ],
)
def test_thunderbird_english_and_dutch_lose_no_e_mail_address(name: str, header: bytes) -> None:
    """Thunderbird writes "Primary Email" (Dutch: "Primair e-mailadres"); in Dutch its plain
    "Adres", "Woonplaats", "Postcode" columns are the home address."""
    data = (DATA / name).read_bytes()
    assert data.startswith(header)
    anouk, by_email, cecile = read(name).cards
    assert dataclasses.replace(anouk, source_line=None, number=None) == THUNDERBIRD_ANOUK
    assert (by_email.display_name(), by_email.emails) == (
        "info@buurtkamer.example.nl",
        [Email("info@buurtkamer.example.nl", ChannelKind.WORK)],
    )
    assert (cecile.display_name(), cecile.job_title) == ("Cécile ten Brink", "Cliëntondersteuner")


def test_outlook_dutch_with_every_column_it_writes() -> None:
    data = (DATA / "outlook-nl-full.csv").read_bytes()
    assert data.startswith(b'"Titel","Voornaam","Middelste naam","Achternaam"')
    assert '"Land/regio (werk)"'.encode("cp1252") in data
    ilse, raad = read("outlook-nl-full.csv").cards
    assert (ilse.given_name, ilse.infix, ilse.family_name) == ("Ilse", "de", "Groot")
    assert ilse.addresses == [
        PostalAddress(
            "Grote Kerkhof 1\nPostbus 5000", "7411 KV", "Deventer", "Overijssel", "Nederland"
        ),
        PostalAddress("Wijkcentrum De Tuin", city="Deventer", kind=ChannelKind.OTHER),
    ]
    assert ilse.phones == [
        Phone("0570-693000", ChannelKind.WORK),
        Phone("06-45670000", ChannelKind.MOBILE),
        Phone("06-45678901", ChannelKind.MOBILE),
        Phone("0570-693099", ChannelKind.FAX),
    ]
    assert (ilse.categories, ilse.urls) == (
        ["Wmo", "hulpmiddelen"],
        ["https://deventer.example.nl/wmo"],
    )
    assert (raad.kind, raad.organisation) == (
        CardKind.ORGANISATION,
        "Cliëntenraad Zorggroep IJsseloever",
    )
    assert raad.phones == [Phone("0570-123456", ChannelKind.WORK)]


def test_the_new_outlook_export() -> None:
    kees, raad = read("outlook-new-en.csv").cards
    assert (kees.display_name(), kees.organisation, kees.job_title) == (
        "Kees Brouwer",
        "Zorggroep IJsseloever",
        "bestuurder",
    )
    assert kees.phones == [Phone("0570-123400", ChannelKind.WORK), Phone("0570-123401")]
    assert kees.urls == ["https://kees.example.nl", "https://ijsseloever.example.nl"]
    assert (raad.kind, raad.emails) == (
        CardKind.ORGANISATION,
        [Email("secretariaat@example.nl", ChannelKind.WORK)],
    )


# What each program writes that a contact book has no use for; every other header must be read.
IGNORED_HEADERS = {
    "title", "suffix", "nickname", "screen name", "birth year", "birth month", "birth day",
    "custom 1", "custom 2", "custom 3", "custom 4", "bijnaam", "schermnaam", "geboortejaar",
    "geboortemaand", "geboortedag", "overig 1", "overig 2", "overig 3", "overig 4",
    "titel", "achtervoegsel", "account", "adreslijstserver", "beroep", "e-mailtype",
    "weergavenaam voor e-mail", "e-mailtype 2", "e-mail, weergegeven naam 2", "e-mailtype 3",
    "e-mail, weergegeven naam 3", "factuurinformatie", "gebruiker 1", "gebruiker 2",
    "gebruiker 3", "gebruiker 4", "geslacht", "gevoeligheid", "hobby's", "initialen",
    "internet beschikbaarheidsinfo", "kantoorlocatie", "kinderen", "locatie", "naam assistent",
    "naam manager", "organisatie-id", "partner", "prioriteit", "prive", "referentie van",
    "reisafstand", "sofinummer", "speciale datum", "taal", "trefwoorden", "verjaardag",
    "telex", "anniversary", "assistant's name", "billing information", "birthday", "children",
    "directory server", "e-mail type", "e-mail display name", "e-mail 2 type",
    "e-mail 2 display name", "e-mail 3 type", "e-mail 3 display name", "gender",
    "government id number", "hobby", "initials", "internet free busy", "keywords", "language",
    "location", "manager's name", "mileage", "office location", "organizational id number",
    "priority", "private", "profession", "referred by", "sensitivity", "spouse", "user 1",
    "user 2", "user 3", "user 4", "given yomi", "surname yomi", "imaddress", "company yomi",
    "schools", "yomi name", "given name yomi", "additional name yomi", "family name yomi",
    "name prefix", "name suffix", "short name", "maiden name", "occupation", "subject",
    "photo", "phonetic first name", "phonetic middle name", "phonetic last name", "file as",
}  # fmt: skip
GOOGLE_IGNORED_PARTS = {"symbol", "location", "job description", "yomi name"}


@pytest.mark.parametrize(
    "name",
    [
        "thunderbird-en.csv",
        "thunderbird-nl.csv",
        "outlook-en.csv",
        "outlook-nl-full.csv",
        "outlook-new-en.csv",
        "google.csv",
        "google-new.csv",
    ],
)
def test_every_column_a_program_writes_is_read_or_ignored_on_purpose(name: str) -> None:
    data = (DATA / name).read_bytes()
    text = data.decode("utf-8-sig") if data.startswith(b"\xef\xbb\xbf") else data.decode("cp1252")
    header = next(csv.reader(io.StringIO(text)))
    unknown = []
    for column in header:
        normalised = csv_contacts._normalise(column)
        known = csv_contacts.COLUMNS | csv_contacts.THUNDERBIRD_NL_COLUMNS
        google = re.fullmatch(r"(?:organization \d+|.+ \d+) - (.+)", normalised)
        if google and google[1] in GOOGLE_IGNORED_PARTS:
            continue
        if csv_contacts._column(normalised, known) is None and normalised not in IGNORED_HEADERS:
            unknown.append(column)
    assert unknown == []
