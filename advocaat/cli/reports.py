"""`advocaat reports signals|year`: the volunteer's local reports as PDF files."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from advocaat.cli.common import day
from advocaat.i18n import LANGUAGES, _, current_language

if TYPE_CHECKING:
    from advocaat.app.run_options import RunOptions


def add_parsers(commands: argparse._SubParsersAction) -> None:
    reports = commands.add_parser("reports", help=_("print local reports as PDF"))
    actions = reports.add_subparsers(dest="reports_command", metavar=_("ACTION"), required=True)
    signals = actions.add_parser(
        "signals", help=_("your signals per theme, law and month, for a meeting")
    )
    signals.add_argument(
        "--municipality", action="append", required=True, metavar=_("NAME_OR_CBS_CODE"),
        help=_("a municipality; repeat it for more"),
    )  # fmt: skip
    signals.add_argument("--from", dest="date_from", metavar=_("DATE"), help=_("YYYY-MM-DD"))
    signals.add_argument("--to", dest="date_to", metavar=_("DATE"), help=_("YYYY-MM-DD"))
    _output_options(signals)
    signals.set_defaults(handler=signals_command)
    year = actions.add_parser("year", help=_("an overview of your own work in one year"))
    year.add_argument("--year", metavar=_("YEAR"), help=_("default: this year"))
    _output_options(year)
    year.set_defaults(handler=year_command)


def _output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--language",
        choices=sorted(LANGUAGES),
        help=_("language of the report (default: the app's)"),
    )
    parser.add_argument(
        "--output", type=Path, required=True, metavar=_("FILE"), help=_("the PDF file to write")
    )


def _year(text: str | None) -> int:
    if text is None:
        return date.today().year
    from advocaat.reports.local import ReportError

    if not (text.isdigit() and 1900 <= int(text) <= 9999):
        raise ReportError(
            _("{text} is not a year; write it as YYYY, for example 2026.").format(text=text)
        )
    return int(text)


def signals_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.reports import ReportBook
    from advocaat.app.workspace import Workspace
    from advocaat.core.files import write_file_safely

    date_from, date_to = day(arguments.date_from), day(arguments.date_to)
    with Workspace.open(options.paths) as workspace:
        book = ReportBook(workspace)
        pdf = book.signal_report_pdf(
            book.find_municipalities(arguments.municipality),
            date_from,
            date_to,
            language=arguments.language or current_language().code,
            printed_on=date.today(),
        )
    write_file_safely(arguments.output, pdf)
    print(_("Report written to {file}.").format(file=arguments.output))
    return 0


def year_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.reports import ReportBook
    from advocaat.app.workspace import Workspace
    from advocaat.core.files import write_file_safely

    year = _year(arguments.year)
    with Workspace.open(options.paths) as workspace:
        pdf = ReportBook(workspace).year_overview_pdf(
            year, language=arguments.language or current_language().code, printed_on=date.today()
        )
    write_file_safely(arguments.output, pdf)
    print(_("Report written to {file}.").format(file=arguments.output))
    return 0
