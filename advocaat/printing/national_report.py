"""The national picture on paper: totals, charts with their numbers, and the newest signals.

Every chart is grey on white with the value printed at each bar, and is followed by a table of
the same numbers, so the report reads the same in black-and-white print and to a screen reader.
The individual signals are not listed (the workbook has them); only the newest few, as examples.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from itertools import islice
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from advocaat.i18n import _, format_date, format_number
from advocaat.office.picture import (
    Count,
    PictureFilter,
    PictureRow,
    all_listed,
    count_listed,
    per_month,
    per_municipality,
    per_province,
    per_theme,
)
from advocaat.printing.document import FONT, FONT_BOLD, MARGIN, Styles, render, styles
from advocaat.signals.service import Status, label_of

TOP = 15
NEWEST = 50
WIDTH = A4[0] - 2 * MARGIN
CHART_FONT_SIZE = 10
BAR_FILL = colors.Color(0.55, 0.55, 0.55)


def _cells(style: Styles, texts: Sequence[str], numbers: int = 0) -> list[Paragraph]:
    """One row of paragraphs; the last ``numbers`` cells are right-aligned."""
    number = ParagraphStyle("number", parent=style.body, alignment=TA_RIGHT)
    first_number = len(texts) - numbers
    return [
        Paragraph(escape(text), number if index >= first_number else style.body)
        for index, text in enumerate(texts)
    ]


def _table_style(*extra: tuple[object, ...]) -> TableStyle:
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            *extra,
        ]
    )


def _header(style: Styles, texts: Sequence[str], numbers: int = 0) -> list[Paragraph]:
    bold = ParagraphStyle("header", parent=style.body, fontName=FONT_BOLD)
    return _cells(replace(style, body=bold), texts, numbers)


def _table(
    style: Styles,
    header: Sequence[str],
    rows: list[list[str]],
    widths: Sequence[float | str],
    numbers: int = 0,
) -> Table:
    """A table with a bold header row repeated on every page."""
    cells = [_header(style, header, numbers), *(_cells(style, row, numbers) for row in rows)]
    table = Table(cells, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(_table_style(("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey)))
    return table


def _count_table(style: Styles, label: str, counts: list[Count], group: str = "") -> Table:
    """The numbers behind a chart: label (and group), signals, people."""
    unknown = _("unknown")
    if group:
        rows = [
            [
                c.label or unknown,
                c.group or unknown,
                format_number(c.signals),
                format_number(c.people),
            ]
            for c in counts
        ]
        return _table(
            style, [label, group, _("Signals"), _("People")], rows, ["38%", "30%", "16%", "16%"], 2
        )
    rows = [[c.label or unknown, format_number(c.signals), format_number(c.people)] for c in counts]
    return _table(style, [label, _("Signals"), _("People")], rows, ["60%", "20%", "20%"], 2)


def _step(largest: int) -> int:
    """A round whole step (1, 2, 5, 10, 20, 50, ...) for the value axis: counts have no halves."""
    magnitude = 1
    while True:
        for step in (magnitude, 2 * magnitude, 5 * magnitude):
            if largest <= 8 * step:
                return step
        magnitude *= 10


def _style_axes(chart: HorizontalBarChart | VerticalBarChart) -> None:
    """Grey bars with their value at the end, every label in the embedded font."""
    chart.bars[0].fillColor = BAR_FILL
    chart.bars[0].strokeColor = colors.black
    chart.bars.strokeWidth = 0.5
    chart.barLabelFormat = format_number
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = CHART_FONT_SIZE
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = CHART_FONT_SIZE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = _step(max(chart.data[0]))
    chart.valueAxis.labelTextFormat = format_number
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.8, 0.8, 0.8)
    chart.valueAxis.gridStrokeWidth = 0.25


def _drawing(height: float) -> Drawing:
    """A drawing as wide as the text that starts in the embedded font (never Helvetica)."""
    return Drawing(WIDTH, height, initialFontName=FONT, initialFontSize=CHART_FONT_SIZE)


def _top_chart(counts: list[Count]) -> Drawing:
    """A horizontal bar chart, the largest at the top, the names left of the bars."""
    row_height = 17
    label_width = 150
    drawing = _drawing(len(counts) * row_height + 30)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 20
    chart.width, chart.height = WIDTH - label_width - 55, len(counts) * row_height
    chart.data = [[count.signals for count in counts]]
    chart.categoryAxis.categoryNames = [count.label or _("unknown") for count in counts]
    chart.categoryAxis.reverseDirection = True
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -6
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 4
    _style_axes(chart)
    drawing.add(chart)
    return drawing


def _month_chart(counts: list[Count]) -> Drawing:
    """Signals per month as upright bars; with many months only every few get a label."""
    drawing = _drawing(230)
    chart = VerticalBarChart()
    chart.x, chart.y = 45, 60
    chart.width, chart.height = WIDTH - 55, 150
    chart.data = [[count.signals for count in counts]]
    step = max(1, -(-len(counts) // 12))
    chart.categoryAxis.categoryNames = [
        _month_label(count.label) if index % step == 0 else "" for index, count in enumerate(counts)
    ]
    chart.categoryAxis.labels.angle = 45
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.labels.dy = -4
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 2
    _style_axes(chart)
    if len(counts) > 12:
        chart.barLabelFormat = None  # too narrow for values; the table below gives them
    drawing.add(chart)
    return drawing


def _month_label(label: str) -> str:
    """``2026-09`` as "sep 2026" in the active language."""
    year, month = label.split("-")
    return format_date(date(int(year), int(month), 1), "MMM yyyy")


def _month_count(month: Count) -> Count:
    return Count(_month_label(month.label), month.signals, month.people)


def _section(
    style: Styles,
    heading: str,
    counts: list[Count],
    chart: Callable[[list[Count]], Drawing],
    table: Table,
) -> list[Flowable]:
    """A heading kept together with its chart, then the same numbers as a table."""
    title = Paragraph(escape(heading), style.heading)
    if not counts:
        return [title, Paragraph(escape(_("No signals match this filter.")), style.body)]
    return [KeepTogether([title, chart(counts)]), Spacer(1, 6), table]


def _totals(
    style: Styles, listed: int, months: list[Count], municipalities: int, themes: int
) -> Table:
    counted = sum(month.signals for month in months)
    rows = [
        [_("Signals counted"), format_number(counted)],
        [_("People concerned"), format_number(sum(month.people for month in months))],
        [_("Withdrawn signals (not counted)"), format_number(listed - counted)],
        [_("Municipalities"), format_number(municipalities)],
        [_("Themes"), format_number(themes)],
    ]
    return _table(style, [_("Totals"), _("Number")], rows, ["60%", "20%"], 1)


def _newest(session: Session, wanted: PictureFilter) -> list[PictureRow]:
    """The newest signals that still count: examples of what lies behind the numbers."""
    return list(islice((row for row in all_listed(session, wanted) if not row.withdrawn), NEWEST))


def _newest_table(style: Styles, rows: list[PictureRow]) -> Table:
    """Each example in two rows kept together: when, where and what, then its text full width."""
    header = [_("Date"), _("Municipality"), _("Themes"), _("Office status")]
    cells = [_header(style, header)]
    commands: list[tuple[object, ...]] = [("LINEBELOW", (0, 0), (-1, 0), 0.25, colors.grey)]
    for row in rows:
        status = label_of(Status, row.office_status)
        when = format_date(row.happened_on, "short")
        cells.append(_cells(style, [when, row.municipality, ", ".join(row.themes), status]))
        text = escape(row.text).replace("\n", "<br/>")
        cells.append([Paragraph(text, style.body), "", "", ""])
        last = len(cells) - 1
        commands += [
            ("SPAN", (0, last), (-1, last)),
            ("NOSPLIT", (0, last - 1), (-1, last)),
            ("LINEBELOW", (0, last), (-1, last), 0.25, colors.grey),
        ]
    table = Table(cells, colWidths=["17%", "27%", "36%", "20%"], repeatRows=1)
    table.setStyle(_table_style(*commands))
    return table


def _report_styles() -> Styles:
    """The shared styles, with room between a section heading and its chart or table."""
    base = styles()
    heading = ParagraphStyle("section", parent=base.heading, spaceBefore=14, spaceAfter=6)
    return replace(base, heading=heading)


def national_report_pdf(
    session: Session,
    wanted: PictureFilter,
    description: list[tuple[str, str]],
    *,
    organisation: str,
    printed_on: date,
) -> bytes:
    """The printable national picture for ``wanted``; ``description`` says what was filtered."""
    style = _report_styles()
    title = _("National picture of signals")
    municipalities = per_municipality(session, wanted)
    themes = per_theme(session, wanted)
    months = per_month(session, wanted)
    newest = _newest(session, wanted)
    story: list[Flowable] = [Paragraph(escape(title), style.title)]
    if description:
        pairs = [[name, value] for name, value in description]
        story += [_table(style, [_("Filter"), _("Chosen")], pairs, ["35%", "65%"]), Spacer(1, 8)]
    story.append(
        _totals(style, count_listed(session, wanted), months, len(municipalities), len(themes))
    )
    top_municipalities, top_themes = municipalities[:TOP], themes[:TOP]
    story += _section(
        style,
        _("Top {count} municipalities").format(count=TOP),
        top_municipalities,
        _top_chart,
        _count_table(style, _("Municipality"), top_municipalities, _("Province")),
    )
    story += _section(
        style,
        _("Top {count} themes").format(count=TOP),
        top_themes,
        _top_chart,
        _count_table(style, _("Theme"), top_themes),
    )
    story += _section(
        style,
        _("Signals per month"),
        months,
        _month_chart,
        _count_table(style, _("Month"), [_month_count(month) for month in months]),
    )
    provinces = per_province(session, wanted)
    story += [
        Paragraph(escape(_("Per province")), style.heading),
        _count_table(style, _("Province"), provinces)
        if provinces
        else Paragraph(escape(_("No signals match this filter.")), style.body),
    ]
    if newest:
        heading = _("Newest signals ({count})").format(count=len(newest))
        story += [Paragraph(escape(heading), style.heading), _newest_table(style, newest)]
    return render(story, title=title, organisation=organisation, printed_on=printed_on)
