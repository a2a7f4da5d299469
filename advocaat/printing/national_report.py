"""The national picture on paper: totals, charts with their numbers, and the newest signals.

Every chart is grey on white with the value printed at each bar, and is followed by a table of
the same numbers, so the report reads the same in black-and-white print and to a screen reader.
The individual signals are not listed (the workbook has them); only the newest few, as examples.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import islice
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable, Paragraph, Spacer, Table
from sqlalchemy.orm import Session

from advocaat.i18n import _, format_date, format_number, ngettext
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
from advocaat.printing.charts import (
    bar_chart,
    month_chart,
    month_label,
    report_styles,
    section,
    table,
    text_table,
)
from advocaat.printing.costs import cost_section
from advocaat.printing.document import Styles, render
from advocaat.signals.kinds import Status
from advocaat.signals.service import label_of

TOP = 15
NEWEST = 50


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
        return table(
            style, [label, group, _("Signals"), _("People")], rows, ["38%", "30%", "16%", "16%"], 2
        )
    rows = [[c.label or unknown, format_number(c.signals), format_number(c.people)] for c in counts]
    return table(style, [label, _("Signals"), _("People")], rows, ["60%", "20%", "20%"], 2)


def _top_chart(counts: list[Count]) -> Drawing:
    """A horizontal bar chart, the largest at the top, the names left of the bars."""
    return bar_chart([count.label or _("unknown") for count in counts], [c.signals for c in counts])


def _month_chart(counts: list[Count]) -> Drawing:
    return month_chart([count.label for count in counts], [count.signals for count in counts])


def _month_count(month: Count) -> Count:
    return Count(month_label(month.label), month.signals, month.people)


def _section(
    style: Styles,
    heading: str,
    counts: list[Count],
    chart: Callable[[list[Count]], Drawing],
    numbers: Table,
) -> list[Flowable]:
    """A heading with its chart and the same numbers as a table, or a word that there are none."""
    if not counts:
        return [
            Paragraph(escape(heading), style.heading),
            Paragraph(escape(_("No signals match this filter.")), style.body),
        ]
    return section(style, heading, chart(counts), numbers)


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
    return table(style, [_("Totals"), _("Number")], rows, ["60%", "20%"], 1)


def _newest(session: Session, wanted: PictureFilter) -> list[PictureRow]:
    """The newest signals that still count: examples of what lies behind the numbers."""
    return list(islice((row for row in all_listed(session, wanted) if not row.withdrawn), NEWEST))


def _newest_table(style: Styles, rows: list[PictureRow]) -> Table:
    """Each example in two rows kept together: when, where and what, then its text full width."""
    entries = [
        (
            [
                format_date(row.happened_on, "short"),
                row.municipality,
                ", ".join(row.themes),
                label_of(Status, row.office_status),
            ],
            row.text,
        )
        for row in rows
    ]
    header = [_("Date"), _("Municipality"), _("Themes"), _("Office status")]
    return text_table(style, header, entries, ["17%", "27%", "36%", "20%"])


def national_report_pdf(
    session: Session,
    wanted: PictureFilter,
    description: list[tuple[str, str]],
    *,
    organisation: str,
    printed_on: date,
) -> bytes:
    """The printable national picture for ``wanted``; ``description`` says what was filtered."""
    style = report_styles()
    title = _("National picture of signals")
    municipalities = per_municipality(session, wanted)
    themes = per_theme(session, wanted)
    months = per_month(session, wanted)
    newest = _newest(session, wanted)
    story: list[Flowable] = [Paragraph(escape(title), style.title)]
    if description:
        pairs = [[name, value] for name, value in description]
        story += [table(style, [_("Filter"), _("Chosen")], pairs, ["35%", "65%"]), Spacer(1, 8)]
    story.append(
        _totals(style, count_listed(session, wanted), months, len(municipalities), len(themes))
    )
    top_municipalities, top_themes = municipalities[:TOP], themes[:TOP]
    story += _section(
        style,
        ngettext(
            "Top {count} municipality", "Top {count} municipalities", len(top_municipalities)
        ).format(count=len(top_municipalities)),
        top_municipalities,
        _top_chart,
        _count_table(style, _("Municipality"), top_municipalities, _("Province")),
    )
    story += _section(
        style,
        ngettext("Top {count} theme", "Top {count} themes", len(top_themes)).format(
            count=len(top_themes)
        ),
        top_themes,
        _top_chart,
        _count_table(style, _("Theme"), top_themes),
    )
    story += cost_section(
        style,
        [
            (_("Municipality"), [(count.label, count) for count in municipalities]),
            (_("Theme"), [(count.label, count) for count in themes]),
        ],
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
