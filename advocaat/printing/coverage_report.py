"""Coverage on paper: the totals, a chart of each province's municipalities by status with the
same numbers as a table, then every municipality, the witte vlekken first."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Spacer

from advocaat.i18n import _, format_date, format_number
from advocaat.office.coverage import Coverage, CoverageStatus, active_meaning
from advocaat.printing.charts import grouped_bar_chart, report_styles, section, table
from advocaat.printing.document import Styles, render


def _date(day: date | None) -> str:
    return format_date(day, "short") if day else _("never")


def _totals(style: Styles, found: Coverage) -> list[Flowable]:
    statuses = [row.status for row in found.rows]
    rows = [
        [_("Reference day"), format_date(found.day)],
        [_("Municipalities"), format_number(len(found.rows))],
        *([status.label, format_number(statuses.count(status))] for status in CoverageStatus),
    ]
    return [
        table(style, [_("Totals"), _("Number")], rows, ["60%", "25%"], 1),
        Spacer(1, 4),
        Paragraph(escape(active_meaning(found)), style.body),
    ]


def _provinces(style: Styles, found: Coverage) -> list[Flowable]:
    provinces = found.provinces
    series = [
        (CoverageStatus.NO_VOLUNTEER.label, [p.no_volunteer for p in provinces]),
        (CoverageStatus.NO_RECENT_SIGNAL.label, [p.no_recent_signal for p in provinces]),
        (CoverageStatus.COVERED.label, [p.covered for p in provinces]),
    ]
    rows = [
        [p.province, format_number(p.volunteers), format_number(p.no_volunteer),
         format_number(p.no_recent_signal), format_number(p.covered), _date(p.last_signal)]
        for p in provinces
    ]  # fmt: skip
    head = [_("Province"), _("Active volunteers"), _("No volunteer"),
            _("No signal in 12 months"), _("Covered"), _("Last signal")]  # fmt: skip
    numbers = table(style, head, rows, ["19%", "15%", "15%", "19%", "14%", "18%"], 0)
    chart = grouped_bar_chart([p.province for p in provinces], series)
    return section(style, _("Municipalities per province"), chart, numbers)


def _municipalities(style: Styles, found: Coverage) -> list[Flowable]:
    """A list per status, the witte vlekken first; the heading says the status and how many."""
    head = [_("Municipality"), _("Province"), _("Volunteers"), _("Last signal"),
            _("Last export")]  # fmt: skip
    # The small size keeps the longest names ("Hardinxveld-Giessendam") whole on the page.
    small = replace(style, body=style.small)
    story: list[Flowable] = []
    for status in CoverageStatus:
        rows = [
            [row.name, row.province, format_number(row.volunteers), _date(row.last_signal),
             _date(row.last_export)]
            for row in found.rows
            if row.status is status
        ]  # fmt: skip
        if rows:
            heading = f"{status.label.capitalize()} ({format_number(len(rows))})"
            story += [
                Paragraph(escape(heading), style.heading),
                table(small, head, rows, ["30%", "20%", "16%", "17%", "17%"]),
            ]
    return story


def coverage_pdf(found: Coverage, *, organisation: str, printed_on: date) -> bytes:
    style = report_styles()
    title = _("Coverage of the municipalities")
    story: list[Flowable] = [Paragraph(escape(title), style.title)]
    story += _totals(style, found)
    if found.provinces:
        story += _provinces(style, found)
        story += _municipalities(style, found)
    return render(story, title=title, organisation=organisation, printed_on=printed_on)
