"""`advocaat examples add|edit|list|print`: good examples from the command line.

Every write goes through the same :class:`ExampleBook` as the window, with the privacy guard on
the title, the story and the partners, as for a signal's text.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advocaat.cli.common import day, format_option, print_json, save_guarded
from advocaat.examples.strategies import Strategy
from advocaat.i18n import _, ngettext

if TYPE_CHECKING:
    from advocaat.app.run_options import RunOptions
    from advocaat.app.workspace import Workspace


def add_parsers(commands: argparse._SubParsersAction) -> None:
    examples = commands.add_parser(
        "examples", help=_("record, list and print good examples (local successes)")
    )
    actions = examples.add_subparsers(dest="examples_command", metavar=_("ACTION"), required=True)
    adding = actions.add_parser("add", help=_("record a good example"))
    _example_options(adding, required=True)
    adding.set_defaults(handler=add_command)
    editing = actions.add_parser(
        "edit", help=_("change a good example; what you leave out stays as it is")
    )
    editing.add_argument(
        "example", metavar="ID", help=_("the example's number or uid, as examples list shows")
    )
    _example_options(editing, required=False)
    editing.set_defaults(handler=edit_command)
    listing = actions.add_parser("list", help=_("list the good examples"))
    listing.add_argument(
        "--format",
        choices=["json", "csv"],
        default="json",
        help=_("json (the default) for scripts, or csv for a spreadsheet"),
    )
    listing.add_argument(
        "--from-office",
        action="store_true",
        help=_("list the national office's selection instead of your own examples"),
    )
    listing.set_defaults(handler=list_command)
    printing = actions.add_parser(
        "print", help=_("print the voorbeeldenbundel (PDF) with the national office's selection")
    )
    printing.add_argument(
        "examples",
        nargs="*",
        metavar="ID",
        help=_("the own examples to print (all when none is named)"),
    )
    printing.add_argument(
        "--output", type=Path, required=True, metavar=_("FILE"), help=_("the PDF file to write")
    )
    printing.add_argument(
        "--without-office",
        action="store_true",
        help=_("leave the national office's selection out"),
    )
    printing.set_defaults(handler=print_command)


def _example_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument(
        "--municipality",
        required=required,
        metavar=_("NAME_OR_CBS_CODE"),
        help=_("the municipality where it happened"),
    )
    parser.add_argument(
        "--strategy",
        required=required,
        choices=[strategy.value for strategy in Strategy],
        help=_("which of the five strategies it belongs to"),
    )
    parser.add_argument(
        "--title", required=required, metavar=_("TEXT"), help=_("what changed, in a few words")
    )
    parser.add_argument(
        "--story",
        required=required,
        metavar=_("TEXT"),
        help=_("how it came about, without personal data"),
    )
    parser.add_argument(
        "--partners",
        default=None,
        metavar=_("TEXT"),
        help=_("with whom: organisations and roles, never a member's name"),
    )
    parser.add_argument(
        "--date", metavar=_("DATE"), help=_("YYYY-MM-DD (default: today, for a new example)")
    )
    parser.add_argument(
        "--confirm-private-data-ok",
        action="store_true",
        help=_("save even though the privacy guard found possible personal data"),
    )


def add_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.examples import ExampleBook
    from advocaat.app.organisation import OrganisationBook
    from advocaat.app.workspace import Workspace
    from advocaat.examples.service import ExampleData

    with Workspace.open(options.paths) as workspace:
        code, name = OrganisationBook(workspace).municipality(arguments.municipality)
        book = ExampleBook(workspace)
        data = ExampleData(
            municipality_code=code,
            strategy=arguments.strategy,
            title=arguments.title,
            story=arguments.story,
            partners=arguments.partners or "",
            happened_on=day(arguments.date) or date.today(),
        )
        example_id = save_guarded(
            lambda kept: book.save(None, data, kept),
            frozenset(),
            confirm_ok=arguments.confirm_private_data_ok,
        )
    print(
        _("Good example {number} recorded for {municipality}.").format(
            number=example_id, municipality=name
        )
    )
    return 0


def _changes(workspace: Workspace, arguments: argparse.Namespace) -> dict[str, Any]:
    """The fields the user named, read into the values an example holds."""
    from advocaat.app.organisation import OrganisationBook

    changes: dict[str, Any] = {
        field: getattr(arguments, field)
        for field in ("strategy", "title", "story", "partners")
        if getattr(arguments, field) is not None
    }
    if arguments.date is not None:
        changes["happened_on"] = day(arguments.date)
    if arguments.municipality is not None:
        code, _name = OrganisationBook(workspace).municipality(arguments.municipality)
        changes["municipality_code"] = code
    return changes


def edit_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from dataclasses import replace

    from advocaat.app.examples import ExampleBook
    from advocaat.app.workspace import Workspace

    with Workspace.open(options.paths) as workspace:
        book = ExampleBook(workspace)
        row = book.row(arguments.example)
        data = replace(row.data, **_changes(workspace, arguments))
        if data == row.data:
            print(_("Example {number} already reads like this; nothing changed.").format(
                number=row.id
            ))  # fmt: skip
            return 0
        save_guarded(
            lambda kept: book.save(row.id, data, kept),
            row.confirmed,
            confirm_ok=arguments.confirm_private_data_ok,
        )
    print(_("Example {number} saved.").format(number=row.id))
    return 0


def list_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.examples import ExampleBook
    from advocaat.app.workspace import Workspace
    from advocaat.core.spreadsheet import csv_text

    with Workspace.open(options.paths) as workspace:
        rows = ExampleBook(workspace).listing(from_office=arguments.from_office)
    if arguments.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    header = list(rows[0]) if rows else ["title"]
    sys.stdout.write(csv_text(header, ([row[name] for name in header] for row in rows)))
    return 0


def print_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.examples import ExampleBook
    from advocaat.app.workspace import Workspace

    with Workspace.open(options.paths) as workspace:
        count = ExampleBook(workspace).write_bundle(
            arguments.output,
            arguments.examples or None,
            with_office=not arguments.without_office,
        )
    print(
        ngettext(
            "Voorbeeldenbundel with {count} example written to {file}.",
            "Voorbeeldenbundel with {count} examples written to {file}.",
            count,
        ).format(count=count, file=arguments.output)
    )
    return 0


def add_office_parsers(actions: argparse._SubParsersAction) -> None:
    """``advocaat office examples list|select|unselect``: the office curates what it shares."""
    examples = actions.add_parser(
        "examples", help=_("the good examples received, and the selection the profile shares")
    )
    steps = examples.add_subparsers(dest="office_examples_command", metavar=_("ACTION"),
                                    required=True)  # fmt: skip
    listing = steps.add_parser("list", help=_("list the good examples received"))
    format_option(listing)
    listing.add_argument(
        "--selected", action="store_true", help=_("only the examples in the selection")
    )
    listing.set_defaults(handler=office_list_command)
    for name, selected, help_text in (
        ("select", True, _("put a received example in the selection")),
        ("unselect", False, _("take a received example out of the selection")),
    ):
        step = steps.add_parser(name, help=help_text)
        step.add_argument(
            "example", type=int, metavar="ID", help=_("the example's number, as the list shows")
        )
        step.set_defaults(handler=office_select_command, selected=selected)


def office_list_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.examples import OfficeExampleBook, shared_record
    from advocaat.app.workspace import Workspace
    from advocaat.examples.strategies import strategy_label

    with Workspace.open(options.paths) as workspace:
        lines = OfficeExampleBook(workspace).received(selected_only=arguments.selected)
    if arguments.format == "json":
        print_json(
            [
                {"id": line.id, "selected": line.selected, "sender": line.sender}
                | shared_record(line.example)
                for line in lines
            ]
        )
        return 0
    for line in lines:
        example = line.example
        mark = _("in the selection") if line.selected else "-"
        print("\t".join((str(line.id), mark, example.happened_on.isoformat(),
                         example.municipality_name, strategy_label(example.strategy),
                         example.title, line.sender)))  # fmt: skip
    if not lines:
        print(_("No good examples received yet."))
    return 0


def office_select_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.examples import OfficeExampleBook
    from advocaat.app.workspace import Workspace

    with Workspace.open(options.paths) as workspace:
        line = OfficeExampleBook(workspace).select(arguments.example, arguments.selected)
    message = (
        _("Example {number} ({title}) is in the selection; the next profile shares it.")
        if line.selected
        else _("Example {number} ({title}) is out of the selection.")
    )
    print(message.format(number=line.id, title=line.example.title))
    return 0
