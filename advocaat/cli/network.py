"""`advocaat network print`: the written netwerkanalyse of one municipality as a PDF file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from advocaat.i18n import _

if TYPE_CHECKING:
    from advocaat.app.run_options import RunOptions


def add_parsers(commands: argparse._SubParsersAction) -> None:
    network = commands.add_parser("network", help=_("the netwerkanalyse of a municipality"))
    actions = network.add_subparsers(dest="network_command", metavar=_("ACTION"), required=True)
    printing = actions.add_parser(
        "print", help=_("print the analysis: grid, relations, parties and approach, as PDF")
    )
    printing.add_argument(
        "--municipality",
        required=True,
        metavar=_("NAME_OR_CBS_CODE"),
        help=_("the municipality of the network"),
    )
    printing.add_argument(
        "--theme", metavar=_("THEME"), help=_("only the parties involved in this theme")
    )
    printing.add_argument(
        "--output", type=Path, required=True, metavar=_("FILE"), help=_("the PDF file to write")
    )
    printing.set_defaults(handler=print_command)


def print_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.network import NetworkBook
    from advocaat.app.workspace import Workspace

    with Workspace.open(options.paths) as workspace:
        NetworkBook(workspace).write_report(
            arguments.municipality, arguments.theme, arguments.output
        )
    print(_("Analysis written to {file}.").format(file=arguments.output))
    return 0
