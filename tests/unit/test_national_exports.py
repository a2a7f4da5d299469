"""The national picture exported: the workbook and the printed report hold the picture's numbers."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from openpyxl.workbook import Workbook
from picture_kit import feed, signal
from pypdf import PdfReader
from sqlalchemy.orm import Session

from advocaat.office.picture import (
    PictureFilter,
    count_listed,
    listed,
    per_month,
    per_municipality,
    per_province,
    per_theme,
)
from advocaat.office.review import set_review
from advocaat.office.workbook import national_workbook
from advocaat.printing.national_report import national_report_pdf

SHEETS = ["Signalen", "Per gemeente", "Per provincie", "Per thema", "Per maand", "Filter"]
DESCRIPTION = [("Thema's", "alle"), ("Periode", "2026")]


@pytest.fixture
def picture(session: Session) -> None:
    feed(session, "zwolle", [
        signal("1", "GM0193", "Zwolle", date(2026, 9, 3), ("vervoer",), people=3),
        signal("2", "GM0193", "Zwolle", date(2026, 10, 8), ("vervoer", "regiotaxi")),
        signal("3", "GM0193", "Zwolle", date(2026, 10, 9), ("parkeerkaart",), withdrawn=True),
        signal("4", "GM0193", "Zwolle", date(2026, 10, 12), ("regiotaxi",),
               text="=SUM(A1:A9)"),
    ])  # fmt: skip
    feed(session, "utrecht", [
        signal("5", "GM0344", "Utrecht", date(2026, 10, 20), ("hulpmiddelen",), law="zvw"),
        signal("6", "GM0363", "Amsterdam", date(2026, 11, 1), ("vervoer",), people=2),
        signal("7", "GM9999", "Nergenshuizen", date(2026, 11, 2), ("vervoer",), law="nieuw"),
    ])  # fmt: skip
    first = listed(session, PictureFilter(municipalities=("GM0344",)))[0]
    set_review(session, first.id, "taken_up", "Besproken met VNG.")


def _book(session: Session, wanted: PictureFilter) -> Workbook:
    return load_workbook(io.BytesIO(national_workbook(session, wanted, DESCRIPTION)))


def _rows(book: Workbook, sheet: str) -> list[tuple[object, ...]]:
    return list(book[sheet].iter_rows(min_row=2, values_only=True))


def test_the_workbook_has_a_sheet_per_question_with_the_pictures_numbers(
    session: Session, picture: None
) -> None:
    wanted = PictureFilter()
    book = _book(session, wanted)
    assert book.sheetnames == SHEETS
    headers = [cell.value for cell in book["Signalen"][1]]
    assert headers[:4] == ["Datum", "Gemeente", "Provincie", "Thema's"]
    assert headers[-2:] == ["Ingetrokken", "Tekst"]
    assert book["Signalen"][1][0].font.bold
    assert book["Signalen"].freeze_panes == "A2"
    assert len(_rows(book, "Signalen")) == count_listed(session, wanted) == 7
    counts = {
        "Per gemeente": per_municipality(session, wanted),
        "Per provincie": per_province(session, wanted),
        "Per thema": per_theme(session, wanted),
        "Per maand": per_month(session, wanted),
    }
    for sheet, expected in counts.items():
        assert [cell.value for cell in book[sheet][1]][1:3] == ["Signalen", "Mensen"]
        assert [row[1:3] for row in _rows(book, sheet)] == [
            (count.signals, count.people) for count in expected
        ]
    assert ("Zwolle", 3, 5) in [row[:3] for row in _rows(book, "Per gemeente")]
    assert ("onbekend", 1, 1) in _rows(book, "Per provincie")  # Nergenshuizen
    assert _rows(book, "Filter")[:2] == DESCRIPTION
    assert _rows(book, "Filter")[2][0] == "Gemaakt op"
    assert isinstance(_rows(book, "Filter")[2][1], datetime)


def test_a_signal_row_has_a_real_date_dutch_labels_and_no_formula(
    session: Session, picture: None
) -> None:
    rows = _rows(_book(session, PictureFilter()), "Signalen")
    newest = rows[0]
    assert newest[0] == datetime(2026, 11, 2)
    assert newest[1:6] == ("Nergenshuizen", None, "vervoer", "nieuw", 1)  # unknown law as is
    utrecht = next(row for row in rows if row[1] == "Utrecht")
    assert utrecht[4] == "Zvw (zorgverzekering)"
    assert utrecht[9:12] == ("opgepakt", "Besproken met VNG.", "nee")
    assert [row[11] for row in rows].count("ja") == 1
    formula = next(row for row in rows if "SUM" in row[12])
    assert formula[12] == "'=SUM(A1:A9)"
    assert formula[3] == "regiotaxi"


def test_a_theme_filter_narrows_every_sheet(session: Session, picture: None) -> None:
    wanted = PictureFilter(themes=("regiotaxi",))
    book = _book(session, wanted)
    assert [row[1] for row in _rows(book, "Signalen")] == ["Zwolle", "Zwolle"]
    assert _rows(book, "Per gemeente") == [("Zwolle", 2, 2, 0, 0)]  # no cost estimates
    assert _rows(book, "Per thema") == [("regiotaxi", 2, 2, 0, 0), ("vervoer", 1, 1, 0, 0)]


def _pdf_text(pdf: bytes) -> tuple[str, PdfReader]:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split()), reader


def test_the_report_has_the_title_totals_charts_tables_and_a_dutch_footer(
    session: Session, picture: None
) -> None:
    pdf = national_report_pdf(
        session, PictureFilter(), DESCRIPTION, organisation="Vereniging Proef",
        printed_on=date(2026, 11, 23),
    )  # fmt: skip
    text, reader = _pdf_text(pdf)
    assert "Landelijk beeld van de signalen" in text
    assert "Thema's alle Periode 2026" in text
    assert "Signalen geteld 6" in text
    assert "Betrokken mensen 9" in text
    assert "Ingetrokken signalen (niet geteld) 1" in text
    assert "Zwolle Overijssel 3 5" in text  # the table after the municipality chart
    assert "vervoer 4 7" in text  # the table after the theme chart
    assert "okt 2026 3 3" in text  # signals per month
    assert "Per provincie Provincie Signalen Mensen Overijssel 3 5" in text
    assert "onbekend 1 1" in text  # Nergenshuizen is in no province
    assert "Besproken met VNG." not in text  # comments stay in the workbook
    assert "opgepakt" in text  # the office status of the newest signals
    assert "Signaal 3" not in text  # a withdrawn signal is no example
    assert f"pagina 1 van {len(reader.pages)}" in text
    assert "Vereniging Proef · geprint op 23 nov 2026" in text
    fonts = [
        font.get_object()["/BaseFont"]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    ]
    assert all("DejaVuSans" in str(name) for name in fonts)


def test_the_report_of_an_empty_selection_says_so(session: Session, picture: None) -> None:
    pdf = national_report_pdf(
        session, PictureFilter(themes=("bestaat niet",)), [], organisation="",
        printed_on=date(2026, 11, 23),
    )  # fmt: skip
    text, _reader = _pdf_text(pdf)
    assert "Signalen geteld 0" in text
    assert "Geen signalen voor dit filter." in text
