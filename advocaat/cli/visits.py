"""`advocaat visits add|list|print`: keukentafelgesprekken from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from advocaat.cli.common import day, moment
from advocaat.i18n import N_, _

if TYPE_CHECKING:
    from advocaat.app.run_options import RunOptions
    from advocaat.app.visits import VisitSummary


def add_parsers(commands: argparse._SubParsersAction) -> None:
    from advocaat.visits.kinds import SHEETS

    visits = commands.add_parser("visits", help=_("add, list and print keukentafelgesprekken"))
    actions = visits.add_subparsers(dest="visits_command", metavar=_("ACTION"), required=True)
    _add_parser(actions)
    listing = actions.add_parser("list", help=_("list the visits"))
    listing.add_argument(
        "--format",
        choices=["json", "csv"],
        default="json",
        help=_("json (the default) for scripts, or csv for a spreadsheet"),
    )
    listing.set_defaults(handler=list_command)
    printing = actions.add_parser("print", help=_("print a sheet of a visit as PDF"))
    printing.add_argument(
        "visit_id",
        type=int,
        metavar=_("VISIT_ID"),
        help=_("the number of the visit, as visits list shows it"),
    )
    printing.add_argument("--sheet", choices=SHEETS, required=True, help=_("which sheet to print"))
    printing.add_argument("--large", action="store_true", help=_("large print (16 pt)"))
    printing.add_argument(
        "--output", type=Path, required=True, metavar=_("FILE"), help=_("the PDF file to write")
    )
    printing.set_defaults(handler=print_command)
    _escalate_parser(actions)
    letter = actions.add_parser(
        "letter", help=_("write the ingebrekestelling of a visit as PDF, or .docx to edit")
    )
    letter.add_argument(
        "visit_id", type=int, metavar=_("VISIT_ID"),
        help=_("the number of the visit, as visits list shows it"),
    )  # fmt: skip
    letter.add_argument(
        "--output", type=Path, required=True, metavar=_("FILE"),
        help=_("FILE.pdf to print, or FILE.docx to edit in Word or LibreOffice"),
    )  # fmt: skip
    letter.set_defaults(handler=letter_command)


TEXT_OPTIONS = {
    "member_contact": ("--member-contact", N_("how to reach the member")),
    "place": ("--place", N_("where the conversation is held")),
    "consulent_name": ("--consultant", N_("the name of the Wmo consultant")),
    "client_supporter": ("--client-supporter", N_("the name of the client supporter")),
    "volunteer": ("--volunteer", N_("the volunteer who joins the conversation")),
    "help_question": ("--help-question", N_("the member's question for help")),
    "goals": ("--goals", N_("what the member wants to reach")),
    "outcome": ("--outcome", N_("what the conversation came to")),
}
"""The free-text fields of a visit (besides the member's name): their options and help."""


def _option(column: str) -> str:
    return "--" + column.replace("_", "-")


def _add_parser(actions: argparse._SubParsersAction) -> None:
    from advocaat.visits.kinds import DATE_COLUMNS

    adding = actions.add_parser("add", help=_("add a visit, checked as the visit form checks it"))
    adding.add_argument(
        "--member", dest="member_name", required=True, metavar=_("NAME"),
        help=_("the member's name or initials"),
    )  # fmt: skip
    adding.add_argument(
        "--template", metavar=_("TEMPLATE"),
        help=_("checklist template id or JSON file (default: the first template)"),
    )  # fmt: skip
    adding.add_argument(
        "--municipality", metavar=_("NAME_OR_CBS_CODE"), help=_("the member's municipality")
    )
    adding.add_argument("--planned-at", metavar=_("DATE_TIME"), help=_("YYYY-MM-DD HH:MM"))
    adding.add_argument(
        "--consultant-id", dest="consulent_id", type=int, metavar="ID",
        help=_("the Wmo consultant, a person of the contact book"),
    )  # fmt: skip
    for field, (option, help_text) in TEXT_OPTIONS.items():
        adding.add_argument(option, dest=field, default="", metavar=_("TEXT"), help=_(help_text))
    for column in DATE_COLUMNS:
        adding.add_argument(_option(column), dest=column, metavar=_("DATE"), help=_("YYYY-MM-DD"))
    for flag, help_text in FLAG_OPTIONS.items():
        adding.add_argument(_option(flag), dest=flag, action="store_true", help=_(help_text))
    adding.set_defaults(handler=add_command)


FLAG_OPTIONS = {
    "objection_committee": N_("an advisory committee hears the bezwaar (Awb 7:10: 12 weeks)"),
    "objection_extended": N_("the decision on the bezwaar was extended by 6 weeks (Awb 7:10)"),
}
"""The yes/no facts of a visit's bezwaar: their options and help."""

ESCALATION_DATES = {
    "notice_sent_on": ("--sent", N_("the day the ingebrekestelling was sent")),
    "notice_received_on": (
        "--received",
        N_("the day the municipality received it (else assumed: 2 working days after sending)"),
    ),
    "decision_on": ("--decided", N_("the day the decision (beschikking) was made known")),
    "objection_on": ("--objection", N_("the day the bezwaar was lodged")),
    "objection_decided_on": ("--objection-decided", N_("the day the bezwaar was decided")),
}
"""The dates of the escalation that `visits escalate` records: their short options and help."""


def _escalate_parser(actions: argparse._SubParsersAction) -> None:
    escalating = actions.add_parser(
        "escalate",
        help=_("record the ingebrekestelling and the bezwaar of a visit, and show the dwangsom"),
    )
    escalating.add_argument(
        "visit_id", type=int, metavar=_("VISIT_ID"),
        help=_("the number of the visit, as visits list shows it"),
    )  # fmt: skip
    for column, (option, help_text) in ESCALATION_DATES.items():
        escalating.add_argument(option, dest=column, metavar=_("DATE"), help=_(help_text))
    for flag, help_text in FLAG_OPTIONS.items():
        escalating.add_argument(
            _option(flag).replace("--objection-", "--"), dest=flag,
            action=argparse.BooleanOptionalAction, help=_(help_text),
        )  # fmt: skip
    escalating.add_argument(
        "--on", metavar=_("DATE"), help=_("the day to count the dwangsom to (default: today)")
    )
    escalating.set_defaults(handler=escalate_command)


def add_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    """Add a visit through the same service, and so the same checks, as the window."""
    from advocaat.app.organisation import OrganisationBook
    from advocaat.app.visits import VisitBook
    from advocaat.app.workspace import Workspace
    from advocaat.visits.kinds import DATE_COLUMNS
    from advocaat.visits.service import VisitData

    with Workspace.open(options.paths) as workspace:
        book = VisitBook(workspace)
        template = book.template(arguments.template) if arguments.template else None
        municipality_code = None
        if arguments.municipality:
            municipality_code, _name = OrganisationBook(workspace).municipality(
                arguments.municipality
            )
        data = VisitData(
            member_name=arguments.member_name,
            municipality_code=municipality_code,
            planned_at=moment(arguments.planned_at),
            consulent_id=arguments.consulent_id,
            dates={column: day(getattr(arguments, column)) for column in DATE_COLUMNS},
            **{flag: getattr(arguments, flag) for flag in FLAG_OPTIONS},
            **{field: getattr(arguments, field) for field in TEXT_OPTIONS},
        )
        visit_id = book.create(data, template or book.templates()[0])
    print(
        _("Visit {number} added ({member}).").format(
            number=visit_id, member=arguments.member_name.strip()
        )
    )
    return 0


def _listed(summary: VisitSummary) -> dict[str, object]:
    planned_at, deadline_on = summary.planned_at, summary.next_deadline_on
    return {
        "id": summary.id,
        "member": summary.member,
        "municipality": summary.municipality,
        "planned_at": planned_at.isoformat(timespec="minutes") if planned_at else None,
        "template": summary.template,
        "items_done": summary.items_done,
        "items": summary.items,
        "next_deadline": summary.next_deadline,
        "next_deadline_on": deadline_on.isoformat() if deadline_on else None,
        "next_deadline_state": summary.next_deadline_timing,
    }


def list_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.visits import VisitBook
    from advocaat.app.workspace import Workspace
    from advocaat.core.spreadsheet import csv_text

    with Workspace.open(options.paths) as workspace:
        rows = [_listed(summary) for summary in VisitBook(workspace).summaries(date.today())]
    if arguments.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    header = list(rows[0]) if rows else ["id"]
    sys.stdout.write(csv_text(header, ([row[name] for name in header] for row in rows)))
    return 0


def print_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.visits import VisitBook
    from advocaat.app.workspace import Workspace
    from advocaat.core.files import write_file_safely

    with Workspace.open(options.paths) as workspace:
        pdf = VisitBook(workspace).sheet(
            arguments.visit_id, arguments.sheet, large=arguments.large, today=date.today()
        )
    write_file_safely(arguments.output, pdf)
    print(_("Sheet written to {file}.").format(file=arguments.output))
    return 0


def escalate_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    """Record only the dates and facts given; show the deadlines and the dwangsom that follow."""
    from advocaat.app.visits import VisitBook
    from advocaat.app.workspace import Workspace
    from advocaat.i18n import format_date
    from advocaat.visits.service import escalation_lines

    dates = {
        column: day(getattr(arguments, column))
        for column in ESCALATION_DATES
        if getattr(arguments, column) is not None
    }
    flags = {
        flag: getattr(arguments, flag)
        for flag in FLAG_OPTIONS
        if getattr(arguments, flag) is not None
    }
    today = day(arguments.on) or date.today()
    with Workspace.open(options.paths) as workspace:
        view = VisitBook(workspace).change(arguments.visit_id, dates, flags)
    print(_("Visit {number} updated.").format(number=view.id))
    for deadline in view.deadlines:
        print(f"{format_date(deadline.due)}: {deadline.rule.label()} ({deadline.rule.source})")
    for line in escalation_lines(view, today):
        print(line)
    return 0


LETTER_KINDS = {".pdf": "pdf", ".docx": "docx"}


def letter_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.visits import VisitBook
    from advocaat.app.workspace import Workspace
    from advocaat.core.files import write_file_safely

    kind = LETTER_KINDS.get(arguments.output.suffix.lower())
    if kind is None:
        message = _("The letter is written as .pdf or .docx; give a file name ending in one.")
        print(_("advocaat: {message}").format(message=message), file=sys.stderr)
        return 2
    with Workspace.open(options.paths) as workspace:
        data = VisitBook(workspace).letter(arguments.visit_id, kind, today=date.today())
    write_file_safely(arguments.output, data)
    print(_("Letter written to {file}.").format(file=arguments.output))
    return 0
