"""`advocaat visits list|print`: keukentafelgesprekken from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from advocaat.core.files import write_file_safely
from advocaat.core.setup import load_setup
from advocaat.core.spreadsheet import csv_text
from advocaat.core.workspace import Workspace
from advocaat.i18n import _
from advocaat.printing.sheets import SHEETS, visit_sheet_pdf
from advocaat.visits.service import (
    ItemState,
    VisitView,
    list_visits,
    open_deadlines,
    visit_view,
)

if TYPE_CHECKING:
    from advocaat.cli import RunOptions


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    visits = commands.add_parser("visits", help=_("list and print keukentafelgesprekken"))
    actions = visits.add_subparsers(dest="visits_command", metavar=_("ACTION"), required=True)
    listing = actions.add_parser("list", help=_("list the visits"))
    listing.add_argument("--format", choices=["json", "csv"], default="json")
    listing.set_defaults(handler=list_command)
    printing = actions.add_parser("print", help=_("print a sheet of a visit as PDF"))
    printing.add_argument("visit_id", type=int, metavar=_("VISIT_ID"))
    printing.add_argument("--sheet", choices=SHEETS, required=True)
    printing.add_argument("--large", action="store_true", help=_("large print (16 pt)"))
    printing.add_argument("--output", type=Path, required=True, metavar=_("FILE"))
    printing.set_defaults(handler=print_command)


def _summary(view: VisitView) -> dict[str, object]:
    upcoming = [d for d in open_deadlines(view.deadlines, view.dates) if d.due >= date.today()]
    return {
        "id": view.id,
        "member": view.member_name,
        "municipality": view.municipality,
        "planned_at": view.planned_at.isoformat(timespec="minutes") if view.planned_at else None,
        "template": view.template_title,
        "items_done": sum(item.state is ItemState.DONE for item in view.items),
        "items": len(view.items),
        "next_deadline": upcoming[0].rule.id if upcoming else None,
        "next_deadline_on": upcoming[0].due.isoformat() if upcoming else None,
    }


def list_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    with Workspace.open(options.paths) as workspace, workspace.session() as session:
        rows = [_summary(visit_view(session, visit.id)) for visit in list_visits(session)]
    if arguments.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    header = list(rows[0]) if rows else ["id"]
    sys.stdout.write(csv_text(header, ([row[name] for name in header] for row in rows)))
    return 0


def print_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    with Workspace.open(options.paths) as workspace, workspace.session() as session:
        view = visit_view(session, arguments.visit_id)
        setup = load_setup(session)
    pdf = visit_sheet_pdf(
        view,
        arguments.sheet,
        organisation=setup.organisation if setup else "",
        printed_on=date.today(),
        large=arguments.large,
    )
    write_file_safely(arguments.output, pdf)
    print(_("Sheet written to {file}.").format(file=arguments.output))
    return 0
