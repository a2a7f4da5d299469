"""What the reader sees on paper, checked in the PDF itself for every kind of PDF the app writes:
no line of text over another, no last page with a lone line, no word broken in a table cell, large
print at 16 pt or more everywhere (footer and page numbers included), the sheets' frame in the
checklist's language, and month labels whole and upright.

Lines are measured as glyph boxes (pdfplumber gives each glyph a box as high as its font size),
grown by a tenth of the size above and below: two boxes that touch mean a leading under 1.2.
"""

from __future__ import annotations

import inspect
import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import Any

import pdfplumber
import pytest
from pdf_kit import ORGANISATION, TODAY, WRITERS, Producer, pdf_writers, writer
from reportlab.graphics.shapes import Group, String, UserNode
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table

from advocaat.app.workspace import Workspace
from advocaat.i18n import current_language, format_date, set_language
from advocaat.printing.charts import bar_chart, grouped_bar_chart, month_chart
from advocaat.printing.document import FONT_BOLD, LARGE_PRINT, TooLongError, render, styles
from advocaat.printing.sheets import conversation_sheet_pdf, visit_sheet_pdf
from advocaat.visits.service import ItemState, checklist_language, list_visits, visit_view
from advocaat.visits.templates import bundled_templates

NO_LARGE_PRINT = {
    "contact_list.contact_list_pdf",
    "coverage_report.coverage_pdf",
    "examples_bundle.bundle_pdf",
    "letter.letter_pdf",
    "local_reports.signal_report_pdf",
    "local_reports.year_overview_pdf",
    "national_report.national_report_pdf",
    "network_report.network_report_pdf",
}
"""Writers of reports for meetings, offices and the volunteer's own desk, and the letter to the
municipality's officials: large print is for the sheets a member reads. Every other writer takes
``large`` and has a large-print case here."""
WITHOUT_TABLES = {"letter.letter_pdf"}
"""Writers that lay out no table at all (a letter is running text)."""

FOOTER_GREY = (0.35,)
LINE_ROOM = 0.1
"""Room above and below a glyph box, as a part of the font size: a leading of 1.2 at least."""

CASES = [
    pytest.param(produce, "large print" in kind, id=kind)
    for kinds in WRITERS.values()
    for kind, produce in kinds
]
TABLE_CASES = [
    pytest.param(produce, "large print" in kind, id=kind)
    for name, kinds in WRITERS.items()
    if name not in WITHOUT_TABLES
    for kind, produce in kinds
]


def _writer_takes_large(name: str) -> bool:
    return "large" in inspect.signature(writer(name)).parameters


def test_every_writer_prints_large_or_is_named_as_a_report() -> None:
    """A new writer fails here until it offers large print (and a case) or is named above."""
    large = {name for name in pdf_writers() if _writer_takes_large(name)}
    assert large.isdisjoint(NO_LARGE_PRINT)
    assert large | NO_LARGE_PRINT == pdf_writers()
    for name in large:
        assert any("large print" in kind for kind, _produce in WRITERS[name]), name


# -- reading the PDF ---------------------------------------------------------------------------


def _pages(pdf: bytes) -> Iterator[Any]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        yield from document.pages


def _is_footer(obj: dict[str, Any]) -> bool:
    return obj.get("object_type") == "char" and obj.get("non_stroking_color") == FOOTER_GREY


def overlapping_lines(page: Any) -> list[tuple[str, str]]:
    """Pairs of upright words on ``page`` whose line boxes (glyph box plus ``LINE_ROOM``) meet."""
    words = [
        (
            word["top"] - word["size"] * LINE_ROOM,
            word["bottom"] + word["size"] * LINE_ROOM,
            word["x0"],
            word["x1"],
            word["text"],
        )
        for word in page.extract_words(extra_attrs=["size"])
        if word["upright"]
    ]
    words.sort()
    found = []
    for index, (top, bottom, left, right, text) in enumerate(words):
        for other_top, other_bottom, other_left, other_right, other in words[index + 1 :]:
            if other_top >= bottom - 0.01:
                break
            same_line = abs(other_top - top) < 0.01 and abs(other_bottom - bottom) < 0.01
            if not same_line and min(right, other_right) - max(left, other_left) > 0.5:
                found.append((text, other))
    return found


def body_lines(page: Any) -> list[str]:
    """The text lines of ``page`` above its footer."""
    body = page.filter(lambda obj: not _is_footer(obj))
    return [line["text"] for line in body.extract_text_lines()]


# -- every PDF ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("produce", "large"), CASES)
def test_no_line_over_another_and_no_lone_last_lines(
    produce: Producer, large: bool, demo_workspace: Workspace
) -> None:
    pages = list(_pages(produce(demo_workspace)))
    for number, page in enumerate(pages, 1):
        assert overlapping_lines(page) == [], f"page {number}"
    assert len(body_lines(pages[-1])) > 2, body_lines(pages[-1])


@pytest.mark.parametrize(("produce", "large"), [case for case in CASES if case.values[1]])
def test_large_print_is_16_pt_everywhere_including_the_footer(
    produce: Producer, large: bool, demo_workspace: Workspace
) -> None:
    for page in _pages(produce(demo_workspace)):
        glyphs = [char for char in page.chars if char["text"].strip()]
        small = {char["text"] for char in glyphs if char["size"] < LARGE_PRINT - 0.01}
        assert small == set()
        assert any(_is_footer(char) for char in glyphs)  # measured above like the rest


def test_the_line_check_sees_a_title_set_too_tight() -> None:
    """The check itself: two title lines at a leading of 1.04 are caught."""
    tight = ParagraphStyle("tight", parent=styles(16).title, leading=28)  # 27.2 pt type
    pdf = render(
        [Paragraph("Voorbereiding keukentafelgesprek " * 3, tight)],
        title="t",
        organisation=ORGANISATION,
        printed_on=TODAY,
    )
    assert overlapping_lines(next(_pages(pdf)))


# -- tables --------------------------------------------------------------------------------------


def _paragraphs(cell: object) -> Iterator[Paragraph]:
    if isinstance(cell, Paragraph):
        yield cell
    elif isinstance(cell, list | tuple):
        for part in cell:
            yield from _paragraphs(part)


def _word_width(paragraph: Paragraph, word: str) -> float:
    bold = "<b>" in paragraph.text or paragraph.style.fontName == FONT_BOLD
    font = FONT_BOLD if bold else paragraph.style.fontName
    return stringWidth(word, font, paragraph.style.fontSize)


def broken_words(table: Table) -> list[str]:
    """Words in ``table`` wider than the room of their cell: ReportLab would break them."""
    widths = table._colWidths  # ReportLab sets it when it lays the table out
    spans = getattr(table, "_spanRanges", {}) or {}
    found = []
    for row_number, row in enumerate(table._cellvalues):
        for column, cell in enumerate(row):
            span = spans.get((column, row_number), (column, row_number, column, row_number))
            if span is None:
                continue  # hidden under a span
            cell_style = table._cellStyles[row_number][column]
            room = sum(widths[span[0] : span[2] + 1]) - (
                cell_style.leftPadding + cell_style.rightPadding
            )
            found += [
                word
                for paragraph in _paragraphs(cell)
                for word in paragraph.getPlainText().split()
                if _word_width(paragraph, word) > room + 0.01
            ]
    return found


@pytest.fixture
def tables(monkeypatch: pytest.MonkeyPatch) -> list[Table]:
    """Every table made while the test runs."""
    made: list[Table] = []
    original = Table.__init__

    def spy(self: Table, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(Table, "__init__", spy)
    return made


@pytest.mark.parametrize("name", sorted(WITHOUT_TABLES))
def test_a_writer_named_without_tables_makes_none(
    name: str, demo_workspace: Workspace, tables: list[Table]
) -> None:
    for _kind, produce in WRITERS[name]:
        produce(demo_workspace)
    assert tables == []


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize(("produce", "large"), TABLE_CASES)
def test_no_table_breaks_a_word(
    produce: Producer,
    large: bool,
    language: str,
    demo_workspace: Workspace,
    tables: list[Table],
) -> None:
    set_language(language)
    produce(demo_workspace)
    laid_out = [table for table in tables if hasattr(table, "_colWidths")]
    assert laid_out
    assert [word for table in laid_out for word in broken_words(table)] == []


def test_the_word_check_sees_a_narrow_column(tables: list[Table]) -> None:
    style = styles()
    table = Table([[Paragraph("Municipality", style.body), ""]], colWidths=[60, 300])
    render([table], title="t", organisation=ORGANISATION, printed_on=TODAY)
    assert broken_words(table) == ["Municipality"]


# -- the frame's language -----------------------------------------------------------------------


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in _pages(pdf)).split())


@pytest.mark.parametrize("app_language", ["nl", "en"])
@pytest.mark.parametrize("large", [False, True])
def test_a_blank_sheet_is_framed_in_its_templates_language(app_language: str, large: bool) -> None:
    set_language(app_language)
    templates = {template.language: template for template in bundled_templates()}
    english = _text(
        conversation_sheet_pdf(
            templates["en"], organisation=ORGANISATION, printed_on=TODAY, large=large
        )
    )
    dutch = _text(
        conversation_sheet_pdf(
            templates["nl"], organisation=ORGANISATION, printed_on=TODAY, large=large
        )
    )
    for text in ("Conversation sheet", "Member:", "Talking with:", "page 1 of", "printed on"):
        assert text in english
    for text in ("Gespreksblad", "Lid:", "In gesprek met:", "pagina 1 van", "geprint op"):
        assert text in dutch
    assert "pagina" not in english
    assert "page 1" not in dutch
    assert current_language().code == app_language


@pytest.mark.parametrize("sheet", ["preparation", "conversation", "followup"])
def test_a_visit_sheet_is_framed_in_its_checklists_language(
    sheet: str, demo_workspace: Workspace
) -> None:
    with demo_workspace.session() as session:
        visit = list_visits(session)[0].id
        view = visit_view(session, visit)
        assert checklist_language(session, visit) == "nl"  # from the visit's template
        assert checklist_language(session, 10_000) == ""  # no such visit

    def text(language: str) -> str:
        return _text(
            visit_sheet_pdf(
                view, sheet, organisation=ORGANISATION, printed_on=TODAY, language=language
            )
        )

    set_language("nl")
    english = text("en-GB")
    assert "Member:" in english
    assert "page 1 of" in english
    assert "Lid:" not in english
    set_language("en")
    dutch = text("nl")
    assert "Lid:" in dutch
    assert "pagina 1 van" in dutch
    # A language the app has no words for, or a template that is gone: the app's own language.
    assert "Member:" in text("fy")
    assert "Member:" in text("")
    assert current_language().code == "en"


# -- the month chart ----------------------------------------------------------------------------


def _strings(node: object) -> Iterator[tuple[String, Group | None]]:
    """Every text drawn in ``node``, with the group around it (that holds any rotation); charts
    and axes make their shapes only when asked."""
    for child in getattr(node, "contents", []):
        shape = child.provideNode() if isinstance(child, UserNode) else child
        if isinstance(shape, String):
            yield shape, node if isinstance(node, Group) else None
        else:
            yield from _strings(shape)


def _months(count: int) -> list[str]:
    return [f"{2024 + index // 12}-{index % 12 + 1:02d}" for index in range(count)]


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("count", [1, 3, 12, 30])
def test_month_labels_are_whole_upright_and_apart(language: str, count: int) -> None:
    set_language(language)
    months = _months(count)
    drawing = month_chart(months, list(range(count)))
    drawn = list(_strings(drawing))
    texts = [string.text for string, _group in drawn]
    assert not any("…" in text or "..." in text for text in texts)
    for string, group in drawn:
        transform = group.transform if group is not None else (1, 0, 0, 1, 0, 0)
        assert transform[1] == transform[2] == 0, string.text  # upright
    expected = {format_date(date(int(month[:4]), int(month[5:]), 1), "LLL") for month in months}
    labels = [text for text in texts if text in expected]
    assert len(labels) >= min(count, 10)  # every month, or every few when there are many
    assert texts.count("2024") >= min(count, 4)  # each month over its year
    pdf = render([drawing], title="t", organisation=ORGANISATION, printed_on=TODAY)
    assert overlapping_lines(next(_pages(pdf))) == []


LONG_NAME = "Vervoer naar dagbesteding en de regiotaxi die te laat komt bij mensen met een rolstoel"


@pytest.mark.parametrize("chart", ["bars", "grouped"])
def test_bar_names_are_whole_over_several_lines(chart: str) -> None:
    names = ["Zwolle", LONG_NAME, "Súdwest-Fryslân"]
    drawing = (
        bar_chart(names, [3, 2, 1])
        if chart == "bars"
        else grouped_bar_chart(names, [("Contactmomenten", [1, 2, 3]), ("Signalen", [2, 2, 2])])
    )
    texts = [string.text for string, _group in _strings(drawing)]
    assert not any("…" in text for text in texts)
    drawn = " ".join(texts).split()
    for name in names:
        assert all(word in drawn for word in name.split()), name
    pdf = render([drawing], title="t", organisation=ORGANISATION, printed_on=TODAY)
    assert overlapping_lines(next(_pages(pdf))) == []


@pytest.mark.parametrize("sheet", ["preparation", "conversation", "followup"])
def test_an_item_longer_than_a_page_breaks_over_pages(
    sheet: str, demo_workspace: Workspace
) -> None:
    """An item of a few hundred words in large print (a long note, or a long item of an own
    template): its row breaks over pages, whole, with no line over another (ReportLab stopped with
    a LayoutError before)."""
    with demo_workspace.session() as session:
        view = visit_view(session, list_visits(session)[0].id)
    words = [f"woord{number}" for number in range(400)]
    view.items[0] = replace(view.items[0], text=" ".join(words), state=ItemState.OPEN)
    pdf = visit_sheet_pdf(view, sheet, organisation=ORGANISATION, printed_on=TODAY, large=True)
    text = _text(pdf)
    assert all(word in text for word in words)
    assert not any(overlapping_lines(page) for page in _pages(pdf))


def test_what_cannot_break_over_pages_and_is_taller_than_one_gets_one_sentence() -> None:
    tall = Table([[Paragraph(" ".join(["woord"] * 3000), styles(LARGE_PRINT).body)]])
    with pytest.raises(TooLongError, match="korter"):  # the tests run in Dutch
        render([tall], title="t", organisation=ORGANISATION, printed_on=TODAY)
