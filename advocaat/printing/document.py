"""The frame every printed page shares: A4, DejaVu Sans embedded, "pagina X van Y", a footer.

The font ships in ``advocaat.resources.fonts`` and is embedded, so Dutch diacritics print on any
computer and the text stays selectable and searchable in the PDF. ReportLab falls back to its
non-embedded Helvetica wherever no font is named, so every PDF is made by :func:`render`, every
table gets :func:`table_style` and every drawing :func:`drawing` (a test holds the app to it).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    LayoutError,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus import Table as _Table

from advocaat.errors import UserFacingError
from advocaat.i18n import LANGUAGES, _, current_language, format_date, set_language

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
MARGIN = 18 * mm
LARGE_PRINT = 16
"""Large print sets every glyph at this size or more, the footer and page numbers included."""
FOOTER_SIZE = 8.5
FOOTER_BASELINE = 10 * mm
LEADING = 1.25
"""Line distance over font size: at least 1.2, or the lines of a large title touch."""


@cache
def register_fonts() -> None:
    """Register the shipped fonts with ReportLab once per process."""
    folder = resources.files("advocaat.resources.fonts")
    for name in (FONT, FONT_BOLD):
        data = (folder / f"{name}.ttf").read_bytes()
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD)


@dataclass(frozen=True)
class Styles:
    """Paragraph styles in one body size (11 pt normally, 16 pt and more for large print)."""

    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    footer_size: float


def _sized(name: str, parent: ParagraphStyle, size: float, **options: Any) -> ParagraphStyle:
    return ParagraphStyle(name, parent=parent, fontSize=size, leading=size * LEADING, **options)


def styles(body_size: float = 11) -> Styles:
    register_fonts()
    large = body_size >= LARGE_PRINT
    # allowWidows=0: the last line of a paragraph never stands alone at the top of a page.
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=body_size, leading=body_size * LEADING, allowWidows=0
    )
    return Styles(
        body=body,
        # Large print keeps even the small text at the body size (16 pt and more).
        small=_sized("small", body, body_size if large else body_size * 0.85),
        # A title or heading never ends a page: it stays with what it announces.
        title=_sized(
            "title", body, body_size * 1.7, fontName=FONT_BOLD, spaceAfter=8, keepWithNext=1
        ),
        heading=_sized(
            "heading", body, body_size * 1.25, fontName=FONT_BOLD, spaceBefore=8, keepWithNext=1
        ),
        footer_size=body_size if large else FOOTER_SIZE,
    )


@contextmanager
def in_language(code: str) -> Iterator[None]:
    """Switch the process's language for one piece of work, and back afterwards."""
    previous = current_language().code
    set_language(code)
    try:
        yield
    finally:
        set_language(previous)


def known_language(code: str) -> str:
    """The app's language for a document's language tag ("en", "EN-gb", "nl_NL"), or the
    active language when the app has no words for it."""
    base = code.strip().lower().replace("_", "-").split("-")[0]
    return base if base in LANGUAGES else current_language().code


def table_style(*commands: tuple[Any, ...]) -> TableStyle:
    """A table style in the embedded font: a cell without a paragraph, even an empty one, is
    otherwise set in ReportLab's default Helvetica, which is not embedded."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


class _MeasuredOnce(Flowable):
    """ReportLab asks a flowable for its size several times at one width: to keep an item on
    one page, to place it, and again to draw it in a table cell. The answer does not change, so
    the first one that fits is kept; one that does not fit is measured anew (a long table
    measures only the rows that fit), and so is one after a split was tried."""

    _measured: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab's names
        if self._measured is not None and self._measured[0] == availWidth:
            return self._measured[1]
        size = super().wrap(availWidth, availHeight)
        if size[1] <= availHeight:
            self._measured = (availWidth, size)
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 - ReportLab's names
        self._measured = None  # splitting lays the flowable out again, for the room left
        return super().split(availWidth, availHeight)


class Paragraph(_MeasuredOnce, _Paragraph):
    """A paragraph that breaks its lines once for a width."""


class Table(_MeasuredOnce, _Table):
    """A table that lays its cells out once for a width."""


def blank_drawing(width: float, height: float, font_size: float = 10) -> Drawing:
    """A drawing that starts in the embedded font, not in ReportLab's default Helvetica."""
    from reportlab.graphics.shapes import Drawing  # noqa: PLC0415 - only reports draw; sheets do not

    register_fonts()
    return Drawing(width, height, initialFontName=FONT, initialFontSize=font_size)


def _page_text(page: int, total: int) -> str:
    return _("page {page} of {pages}").format(page=page, pages=total)


def footer_lines(left: str, right: str, size: float) -> list[tuple[str, str]]:
    """The footer as (left, right) lines from the top: the left text wrapped to the text
    width, the page number beside its last line when it fits and on a line of its own if not."""
    width = A4[0] - 2 * MARGIN
    lines = [(text, "") for text in simpleSplit(left, FONT, size, width)] if left else []
    gap = 2 * size
    if lines and (
        pdfmetrics.stringWidth(lines[-1][0], FONT, size)
        + gap
        + pdfmetrics.stringWidth(right, FONT, size)
        <= width
    ):
        lines[-1] = (lines[-1][0], right)
    else:
        lines.append(("", right))
    return lines


class _NumberedCanvas(Canvas):
    """Draws "pagina X van Y" once the number of pages is known (two passes over the pages)."""

    footer_left = ""
    footer_size = FOOTER_SIZE

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # ReportLab's private page reset, unstubbed

    def save(self) -> None:
        total = len(self._pages)
        for page in self._pages:
            self.__dict__.update(page)
            self._footer(total)
            super().showPage()
        super().save()

    def _footer(self, total: int) -> None:
        page = self._pageNumber  # type: ignore[attr-defined]  # ReportLab's counter, unstubbed
        size = self.footer_size
        self.setFont(FONT, size)
        self.setFillGray(0.35)
        lines = footer_lines(self.footer_left, _page_text(page, total), size)
        for row, (left, right) in enumerate(reversed(lines)):
            y = FOOTER_BASELINE + row * size * LEADING
            self.drawString(MARGIN, y, left)
            self.drawRightString(A4[0] - MARGIN, y, right)


ENDING_BLOCKS = 3
"""The last blocks of every document stay on one page: a last page never holds a lone line."""


def _ending_kept(story: list[Flowable]) -> list[Flowable]:
    blocks = [index for index, flowable in enumerate(story) if not isinstance(flowable, Spacer)]
    # (a CondPageBreak is a Spacer too)
    if len(blocks) < ENDING_BLOCKS:
        return story
    start = blocks[-ENDING_BLOCKS]
    while start > 0 and _announces(story[start - 1]):
        start -= 1  # with the heading that announces the kept blocks
    return [*story[:start], KeepTogether(story[start:])]


def _announces(flowable: Flowable) -> bool:
    """A spacer or a heading before a block belongs with it (a conditional page break stays
    outside: inside the kept blocks it would break them apart)."""
    if isinstance(flowable, CondPageBreak):
        return False
    style = getattr(flowable, "style", None)
    return isinstance(flowable, Spacer) or bool(getattr(style, "keepWithNext", 0))


class TooLongError(UserFacingError):
    """Something of the story that ReportLab cannot break over pages is taller than one."""


def render(
    story: list[Flowable],
    *,
    title: str,
    organisation: str,
    printed_on: date,
    footer_size: float = FOOTER_SIZE,
) -> bytes:
    """The PDF of ``story`` with the shared page frame, as bytes."""
    register_fonts()
    footer = " · ".join(
        part
        for part in (organisation, _("printed on {date}").format(date=format_date(printed_on)))
        if part
    )
    # Room for the footer as it is on the widest page number the document may get.
    rows = len(footer_lines(footer, _page_text(999, 999), footer_size))
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=FOOTER_BASELINE + rows * footer_size * LEADING + 8 * mm,
        title=title,
        author=organisation,
        creator="Advocaat",
        initialFontName=FONT,  # no Helvetica anywhere: every glyph comes from the embedded font
    )

    class FooterCanvas(_NumberedCanvas):
        footer_left = footer

    FooterCanvas.footer_size = footer_size
    try:
        document.build(_ending_kept(story), canvasmaker=FooterCanvas)
    except LayoutError as error:  # a table row or kept block taller than a page
        raise TooLongError(
            _(
                "One part is longer than a page and cannot be printed, for example a checklist"
                " item with a long note: make that text shorter."
            )
        ) from error
    return buffer.getvalue()
