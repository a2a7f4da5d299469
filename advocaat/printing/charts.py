"""Charts and tables that reports share, readable in black-and-white print.

Every bar is grey on white with its value printed beside it, and every chart is meant to be
followed by a table of the same numbers, so a report reads the same on paper and to a screen reader.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from advocaat.i18n import format_date, format_number
from advocaat.printing.document import (
    FONT,
    FONT_BOLD,
    MARGIN,
    Styles,
    blank_drawing,
    register_fonts,
    styles,
    table_style,
)

WIDTH = A4[0] - 2 * MARGIN
CHART_FONT_SIZE = 10
LEGEND_HEIGHT = 24
MAX_LABEL_WIDTH = 190
"""Names beside horizontal bars get at most this many points a line, so the bars keep room."""
LABEL_LEADING = 1.25
BAR_FILL = colors.Color(0.55, 0.55, 0.55)
SERIES_FILLS = (BAR_FILL, colors.Color(0.15, 0.15, 0.15), colors.white)
"""Shades of bars side by side that stay apart in black-and-white print (with a black edge)."""


def report_styles() -> Styles:
    """The shared styles, with room between a section heading and its chart or table."""
    base = styles()
    heading = ParagraphStyle("section", parent=base.heading, spaceBefore=14, spaceAfter=6)
    return replace(base, heading=heading)


CELL_PADDING = 12
"""A table cell's left and right padding together (ReportLab's 6 pt on each side)."""


def _longest_word(cell: object) -> float:
    """The width of the longest word of a paragraph cell, measured bold (the wider)."""
    if not isinstance(cell, Paragraph):
        return 0
    size = cell.style.fontSize
    return max((stringWidth(w, FONT_BOLD, size) for w in cell.getPlainText().split()), default=0)


def word_widths(
    rows: Sequence[Sequence[object]], widths: Sequence[float | str], total: float = WIDTH
) -> list[float]:
    """``widths`` (points, or percentages of ``total``) in points, every column at least as
    wide as the longest word in it, so a word ("Municipality") never breaks; the room comes from
    the columns with more than their words need."""
    points = [total * float(w.rstrip("%")) / 100 if isinstance(w, str) else w for w in widths]
    needed = [
        max((_longest_word(row[column]) for row in rows), default=0) + CELL_PADDING
        for column in range(len(points))
    ]
    short = sum(max(0.0, need - have) for need, have in zip(needed, points, strict=True))
    spare = [max(0.0, have - need) for need, have in zip(needed, points, strict=True)]
    share = min(1.0, short / sum(spare)) if short and sum(spare) else 0.0
    return [
        max(need, have - room * share)
        for need, have, room in zip(needed, points, spare, strict=True)
    ]


def cells(style: Styles, texts: Sequence[str], numbers: int = 0) -> list[Paragraph]:
    """One row of paragraphs; the last ``numbers`` cells are right-aligned."""
    number = ParagraphStyle("number", parent=style.body, alignment=TA_RIGHT)
    first_number = len(texts) - numbers
    return [
        Paragraph(escape(text), number if index >= first_number else style.body)
        for index, text in enumerate(texts)
    ]


def report_table_style(*extra: tuple[object, ...]) -> TableStyle:
    """A report's table: a grey header row, cells aligned at the top."""
    return table_style(
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *extra,
    )


def header(style: Styles, texts: Sequence[str], numbers: int = 0) -> list[Paragraph]:
    bold = ParagraphStyle("header", parent=style.body, fontName=FONT_BOLD)
    return cells(replace(style, body=bold), texts, numbers)


def table(
    style: Styles,
    head: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float | str],
    numbers: int = 0,
) -> Table:
    """A table with a bold header row repeated on every page."""
    body = [header(style, head, numbers), *(cells(style, row, numbers) for row in rows)]
    result = Table(body, colWidths=word_widths(body, widths), repeatRows=1, hAlign="LEFT")
    result.setStyle(report_table_style(("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey)))
    return result


def text_table(
    style: Styles,
    head: Sequence[str],
    entries: Sequence[tuple[Sequence[str], str]],
    widths: Sequence[float | str],
) -> Table:
    """Each entry in two rows kept together: its short fields, then its text at full width."""
    body: list[list[Any]] = [header(style, head)]  # paragraphs, and empty cells under a span
    commands: list[tuple[object, ...]] = [("LINEBELOW", (0, 0), (-1, 0), 0.25, colors.grey)]
    short_rows = [body[0]]  # the rows of columns, not the texts that span them
    for fields, text in entries:
        body.append(cells(style, fields))
        short_rows.append(body[-1])
        body.append(
            [Paragraph(escape(text).replace("\n", "<br/>"), style.body), *[""] * (len(head) - 1)]
        )
        last = len(body) - 1
        commands += [
            ("SPAN", (0, last), (-1, last)),
            ("NOSPLIT", (0, last - 1), (-1, last)),
            ("LINEBELOW", (0, last), (-1, last), 0.25, colors.grey),
        ]
    result = Table(body, colWidths=word_widths(short_rows, widths), repeatRows=1)
    result.setStyle(report_table_style(*commands))
    return result


def section(style: Styles, heading: str, chart: Drawing, numbers: Table) -> list[Flowable]:
    """A heading kept together with its chart, then the same numbers as a table."""
    title = Paragraph(escape(heading), style.heading)
    return [KeepTogether([title, chart]), Spacer(1, 6), numbers]


def _step(largest: int) -> int:
    """A round whole step (1, 2, 5, 10, 20, 50, ...) for the value axis: counts have no halves."""
    magnitude = 1
    while True:
        for step in (magnitude, 2 * magnitude, 5 * magnitude):
            if largest <= 8 * step:
                return step
        magnitude *= 10


def _style_axes(
    chart: HorizontalBarChart | VerticalBarChart, fills: Sequence[colors.Color] = (BAR_FILL,)
) -> None:
    """Grey bars with their value at the end, every label in the embedded font."""
    for index, fill in enumerate(fills):
        chart.bars[index].fillColor = fill
        chart.bars[index].strokeColor = colors.black
    chart.bars.strokeWidth = 0.5
    chart.barLabelFormat = format_number
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = CHART_FONT_SIZE
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = CHART_FONT_SIZE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = _step(max(max(row) for row in chart.data))
    chart.valueAxis.labelTextFormat = format_number
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.8, 0.8, 0.8)
    chart.valueAxis.gridStrokeWidth = 0.25


def _drawing(height: float) -> Drawing:
    """A drawing as wide as the text."""
    return blank_drawing(WIDTH, height, CHART_FONT_SIZE)


def _wrapped(label: str) -> str:
    """``label`` on as many lines of ``MAX_LABEL_WIDTH`` as it needs: never cut short."""
    return "\n".join(simpleSplit(label, FONT, CHART_FONT_SIZE, MAX_LABEL_WIDTH)) or label


def _horizontal(
    labels: Sequence[str],
    data: list[list[int]],
    row_height: float,
    fills: Sequence[colors.Color] = (BAR_FILL,),
) -> Drawing:
    """Bars to the right of their names, in the given order from the top, in a drawing whose
    top ``LEGEND_HEIGHT`` is left free when there is more than one series."""
    register_fonts()  # the names are measured before the drawing exists
    names = [_wrapped(label) for label in labels]
    lines = [line for name in names for line in name.split("\n")]
    widest = max((stringWidth(line, FONT, CHART_FONT_SIZE) for line in lines), default=0)
    most = max((name.count("\n") + 1 for name in names), default=1)
    row_height = max(row_height, most * CHART_FONT_SIZE * LABEL_LEADING + 4)
    label_width = max(150, widest + 10)
    legend = LEGEND_HEIGHT if len(data) > 1 else 0
    drawing = _drawing(len(labels) * row_height + 30 + legend)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 20  # type: ignore[assignment]  # stubs say int; floats work
    width, height = WIDTH - label_width - 55, len(labels) * row_height
    chart.width, chart.height = width, height  # type: ignore[assignment]  # stubs say int; floats work
    chart.data = data
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.reverseDirection = True
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.textAnchor = "end"
    chart.categoryAxis.labels.leading = CHART_FONT_SIZE * LABEL_LEADING
    chart.categoryAxis.labels.dx = -6
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 4
    _style_axes(chart, fills)
    drawing.add(chart)
    return drawing


def bar_chart(labels: Sequence[str], values: Sequence[int]) -> Drawing:
    """A horizontal bar chart in the given order from the top, the names left of the bars."""
    return _horizontal(labels, [list(values)], 17)


def grouped_bar_chart(
    labels: Sequence[str], series: Sequence[tuple[str, Sequence[int]]]
) -> Drawing:
    """Several numbers per name as bars side by side, told apart by their shade and a legend."""
    fills = SERIES_FILLS[: len(series)]
    # Reversed, so the first series is the top bar of each group, as in the legend.
    data = [list(values) for _name, values in reversed(series)]
    drawing = _horizontal(labels, data, 12 * len(series) + 8, fills[::-1])
    legend = Legend()
    legend.x, legend.y = 0, drawing.height  # type: ignore[assignment]  # stubs say int; floats work
    legend.boxAnchor = "nw"
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 0
    legend.dxTextSpace = 5
    legend.fontName, legend.fontSize = FONT, CHART_FONT_SIZE
    legend.strokeColor = colors.black
    legend.strokeWidth = 0.5
    legend.colorNamePairs = [
        (fill, name) for fill, (name, _values) in zip(fills, series, strict=True)
    ]
    drawing.add(legend)
    return drawing


MONTH_LABEL_GAP = 6
"""Points between two month labels at the foot of the month chart."""


def month_chart(months: Sequence[str], values: Sequence[int]) -> Drawing:
    """Values per month (``YYYY-MM``) as upright bars over their month, upright too, in full
    ("mrt" over "2026"); with many months only every few get a label, and the bars no values
    (the table below gives them)."""
    drawing = _drawing(230)
    chart = VerticalBarChart()
    chart.x, chart.y = 45, 45
    chart.width, chart.height = WIDTH - 55, 165  # type: ignore[assignment]  # stubs say int; floats work
    chart.data = [list(values)]
    labels = [_month_lines(month) for month in months]
    widest = max(
        (stringWidth(line, FONT, CHART_FONT_SIZE) for label in labels for line in label.split()),
        default=0,
    )
    slot = chart.width / max(len(months), 1)
    step = max(1, math.ceil((widest + MONTH_LABEL_GAP) / slot))
    chart.categoryAxis.categoryNames = [
        label if index % step == 0 else "" for index, label in enumerate(labels)
    ]
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.textAnchor = "middle"
    chart.categoryAxis.labels.dy = -4
    chart.categoryAxis.labels.leading = CHART_FONT_SIZE * LABEL_LEADING
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 2
    _style_axes(chart)
    if len(months) > 12:
        chart.barLabelFormat = None
    drawing.add(chart)
    return drawing


def _month(label: str) -> date:
    year, month = label.split("-")
    return date(int(year), int(month), 1)


def _month_lines(label: str) -> str:
    """``2026-09`` as the month's own short name over its year ("sep", "2026")."""
    month = _month(label)
    return f"{format_date(month, 'LLL')}\n{month.year}"


def month_label(label: str) -> str:
    """``2026-09`` as "sep 2026" in the active language."""
    return format_date(_month(label), "MMM yyyy")
