"""`advocaat network print`: the written netwerkanalyse of one municipality as a PDF file."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from advocaat.app.workspace import Workspace
from advocaat.core.files import write_file_safely
from advocaat.i18n import _
from advocaat.network.analysis import municipality_analysis
from advocaat.organisation.setup import load_setup
from advocaat.printing.network_report import network_report_pdf

if TYPE_CHECKING:
    from advocaat.app.run_options import RunOptions


def add_parsers(commands: argparse._SubParsersAction) -> None:
    network = commands.add_parser("network", help=_("the netwerkanalyse of a municipality"))
    actions = network.add_subparsers(dest="network_command", metavar=_("ACTION"), required=True)
    printing = actions.add_parser(
        "print", help=_("print the analysis: grid, relations, parties and approach, as PDF")
    )
    printing.add_argument("--municipality", required=True, metavar=_("NAME_OR_CBS_CODE"))
    printing.add_argument(
        "--theme", metavar=_("THEME"), help=_("only the parties involved in this theme")
    )
    printing.add_argument("--output", type=Path, required=True, metavar=_("FILE"))
    printing.set_defaults(handler=print_command)


def print_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    today = date.today()
    with Workspace.open(options.paths) as workspace, workspace.session() as session:
        analysis = municipality_analysis(session, arguments.municipality, today, arguments.theme)
        setup = load_setup(session)
    pdf = network_report_pdf(
        analysis, organisation=setup.organisation if setup else "", printed_on=today
    )
    write_file_safely(arguments.output, pdf)
    print(_("Analysis written to {file}.").format(file=arguments.output))
    return 0
