"""The frame every printed page shares: A4, DejaVu Sans embedded, "pagina X van Y", a footer.

The font ships in ``advocaat.resources.fonts`` and is embedded, so Dutch diacritics print on any
computer and the text stays selectable and searchable in the PDF. ReportLab falls back to its
non-embedded Helvetica wherever no font is named, so every PDF is made by :func:`render`, every
table gets :func:`table_style` and every drawing :func:`drawing` (a test holds the app to it).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, TableStyle

from advocaat.i18n import _, format_date

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
MARGIN = 18 * mm


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


def styles(body_size: float = 11) -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=body_size, leading=body_size * 1.3)
    return Styles(
        body=body,
        # Large print keeps even the small text at the body size (16 pt and more).
        small=ParagraphStyle(
            "small",
            parent=body,
            fontSize=body_size if body_size >= 16 else body_size * 0.85,
            leading=body_size * 1.3 if body_size >= 16 else body_size * 1.1,
        ),
        title=ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=body_size * 1.7, spaceAfter=8
        ),
        heading=ParagraphStyle(
            "heading", parent=body, fontName=FONT_BOLD, fontSize=body_size * 1.25, spaceBefore=8
        ),
    )


def table_style(*commands: tuple[Any, ...]) -> TableStyle:
    """A table style in the embedded font: a cell without a paragraph, even an empty one, is
    otherwise set in ReportLab's default Helvetica, which is not embedded."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def blank_drawing(width: float, height: float, font_size: float = 10) -> Drawing:
    """A drawing that starts in the embedded font, not in ReportLab's default Helvetica."""
    register_fonts()
    return Drawing(width, height, initialFontName=FONT, initialFontSize=font_size)


class _NumberedCanvas(Canvas):
    """Draws "pagina X van Y" once the number of pages is known (two passes over the pages)."""

    footer_left = ""

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
        self.setFont(FONT, 8.5)
        self.setFillGray(0.35)
        self.drawString(MARGIN, 10 * mm, self.footer_left)
        self.drawRightString(
            A4[0] - MARGIN,
            10 * mm,
            _("page {page} of {pages}").format(page=page, pages=total),
        )


def render(story: list[Flowable], *, title: str, organisation: str, printed_on: date) -> bytes:
    """The PDF of ``story`` with the shared page frame, as bytes."""
    register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=title,
        author=organisation,
        creator="Advocaat",
        initialFontName=FONT,  # no Helvetica anywhere: every glyph comes from the embedded font
    )
    footer = " · ".join(
        part
        for part in (organisation, _("printed on {date}").format(date=format_date(printed_on)))
        if part
    )

    class FooterCanvas(_NumberedCanvas):
        footer_left = footer

    document.build(story, canvasmaker=FooterCanvas)
    return buffer.getvalue()
