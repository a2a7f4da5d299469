"""A volunteer's local reports on paper, in Dutch or English whatever the app's language is.

The signals report is what a volunteer takes to a Wmo-raad meeting or a talk with the wethouder:
counts per municipality, theme, law and month, each as a chart with its table, then the signals'
own texts (anonymised when they were saved; nothing about members is printed). The year overview
counts the volunteer's own work in one calendar year.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable, Paragraph, Spacer

from advocaat.i18n import _, format_date, format_number
from advocaat.printing.charts import (
    bar_chart,
    grouped_bar_chart,
    month_chart,
    month_label,
    report_styles,
    section,
    table,
    text_table,
)
from advocaat.printing.costs import cost_section
from advocaat.printing.document import Styles, in_language, render
from advocaat.reports.local import SignalReport, Tally, YearOverview
from advocaat.signals.kinds import Law, Status
from advocaat.signals.service import label_of


def period_text(date_from: date | None, date_to: date | None) -> str:
    if date_from and date_to:
        return _("{start} to {end}").format(start=format_date(date_from), end=format_date(date_to))
    if date_from:
        return _("from {start}").format(start=format_date(date_from))
    if date_to:
        return _("until {end}").format(end=format_date(date_to))
    return _("any date")


def _tally_section(
    style: Styles,
    heading: str,
    column: str,
    names: Sequence[str],
    tallies: Sequence[Tally],
    *,
    chart: Drawing,
) -> list[Flowable]:
    """A chart, then a table of the same signals (and their people) under ``names``."""
    rows = [
        [name, format_number(tally.signals), format_number(tally.people)]
        for name, tally in zip(names, tallies, strict=True)
    ]
    numbers = table(style, [column, _("Signals"), _("People")], rows, ["60%", "20%", "20%"], 2)
    return section(style, heading, chart, numbers)


def _bar_section(
    style: Styles, heading: str, column: str, names: list[str], tallies: Sequence[Tally]
) -> list[Flowable]:
    chart = bar_chart(names, [tally.signals for tally in tallies])
    return _tally_section(style, heading, column, names, tallies, chart=chart)


def _signal_sections(style: Styles, report: SignalReport) -> list[Flowable]:
    """Per municipality, theme, law and month: each a chart and its table."""
    municipalities = [tally.label or _("unknown") for tally in report.per_municipality]
    themes = [tally.label or _("no theme") for tally in report.per_theme]
    laws = [label_of(Law, tally.label) for tally in report.per_law]
    months = report.per_month
    month_names = [month_label(tally.label) for tally in months]
    chart = month_chart([tally.label for tally in months], [tally.signals for tally in months])
    return [
        *_bar_section(
            style,
            _("Signals per municipality"),
            _("Municipality"),
            municipalities,
            report.per_municipality,
        ),
        *_bar_section(style, _("Signals per theme"), _("Theme"), themes, report.per_theme),
        Paragraph(escape(_("A signal with several themes counts for each of them.")), style.small),
        *cost_section(
            style,
            [
                (
                    _("Municipality"),
                    list(zip(municipalities, report.per_municipality, strict=True)),
                ),
                (_("Theme"), list(zip(themes, report.per_theme, strict=True))),
            ],
        ),
        *_bar_section(style, _("Signals per law"), _("Law"), laws, report.per_law),
        *_tally_section(
            style, _("Signals per month"), _("Month"), month_names, months, chart=chart
        ),
    ]


def _signal_list(style: Styles, report: SignalReport) -> list[Flowable]:
    entries = [
        (
            [
                format_date(signal.happened_on, "short"),
                signal.municipality,
                ", ".join(signal.themes),
                label_of(Law, signal.law),
                format_number(signal.people),
            ],
            signal.text,
        )
        for signal in report.signals
    ]
    header = [_("Date"), _("Municipality"), _("Themes"), _("Law"), _("People")]
    return [
        Paragraph(escape(_("The signals")), style.heading),
        text_table(style, header, entries, ["16%", "18%", "27%", "26%", "13%"]),
    ]


def signal_report_pdf(
    report: SignalReport, *, organisation: str, printed_on: date, language: str
) -> bytes:
    """The signals report as a PDF in ``language`` ("nl" or "en")."""
    with in_language(language):
        style = report_styles()
        title = _("Signals report")
        chosen = [
            [_("Municipalities"), ", ".join(report.municipalities) or _("all")],
            [_("Period"), period_text(report.date_from, report.date_to)],
            [_("Signals"), format_number(len(report.signals))],
            [_("People concerned"), format_number(report.people)],
        ]
        story: list[Flowable] = [
            Paragraph(escape(title), style.title),
            table(style, [_("Report"), ""], chosen, ["35%", "65%"]),
            Spacer(1, 4),
            Paragraph(
                escape(
                    _("Withdrawn signals are left out. The texts are printed as they were saved.")
                ),
                style.small,
            ),
        ]
        if report.signals:
            story += _signal_sections(style, report) + _signal_list(style, report)
        else:
            no_signals = _("There are no signals for this choice.")
            story += [Spacer(1, 8), Paragraph(escape(no_signals), style.body)]
        return render(story, title=title, organisation=organisation, printed_on=printed_on)


def _year_totals(style: Styles, overview: YearOverview) -> list[Flowable]:
    rows: list[tuple[str, int]] = [
        (_("Contact moments"), overview.contact_moments),
        (_("Keukentafelgesprekken supported"), overview.visits),
        (_("Signals recorded"), overview.signals),
        (_("of which sent to the national office"), overview.signals_sent),
        (_("Export files sent to the national office"), overview.export_files),
        (_("Signals with feedback from the national office"), overview.feedback_received),
    ]
    cells = [[name, format_number(value)] for name, value in rows]
    return [table(style, [_("This year"), _("Number")], cells, ["70%", "20%"], 1)]


def _year_municipalities(style: Styles, overview: YearOverview) -> list[Flowable]:
    work = overview.per_municipality
    names = [row.municipality or _("no municipality") for row in work]
    columns = (_("Contact moments"), _("Keukentafelgesprekken"), _("Signals"))
    series = [
        (columns[0], [row.contact_moments for row in work]),
        (columns[1], [row.visits for row in work]),
        (columns[2], [row.signals for row in work]),
    ]
    rows = [
        [name, *(format_number(values[index]) for _label, values in series)]
        for index, name in enumerate(names)
    ]
    numbers = table(
        style, [_("Municipality"), *columns], rows, ["23%", "27%", "35%", "15%"], len(columns)
    )
    chart = grouped_bar_chart(names, series)
    return section(style, _("Per municipality"), chart, numbers)


def _year_feedback(style: Styles, overview: YearOverview) -> list[Flowable]:
    heading = Paragraph(escape(_("Feedback from the national office")), style.heading)
    if not overview.feedback:
        return [heading, Paragraph(escape(_("No feedback this year.")), style.body)]
    rows = [
        [label_of(Status, tally.label), format_number(tally.signals)] for tally in overview.feedback
    ]
    return [
        heading,
        table(style, [_("Status at the office"), _("Signals")], rows, ["70%", "20%"], 1),
    ]


def year_overview_pdf(
    overview: YearOverview, *, organisation: str, printed_on: date, language: str
) -> bytes:
    """The year overview as a PDF in ``language`` ("nl" or "en")."""
    with in_language(language):
        style = report_styles()
        title = _("Year overview {year}").format(year=overview.year)
        story: list[Flowable] = [
            Paragraph(escape(title), style.title),
            *_year_totals(style, overview),
        ]
        story.append(Spacer(1, 4))
        story.append(
            Paragraph(
                escape(
                    _(
                        "Signals count by the day they happened, withdrawn ones left out. A"
                        " contact moment counts for every municipality of the people and"
                        " organisations in it; a keukentafelgesprek by the day of the"
                        " conversation."
                    )
                ),
                style.small,
            )
        )
        if overview.per_municipality:
            story += _year_municipalities(style, overview)
        story += _year_feedback(style, overview)
        return render(story, title=title, organisation=organisation, printed_on=printed_on)
