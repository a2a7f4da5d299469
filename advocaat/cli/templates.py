"""`advocaat templates list|print|copy|export|import`: checklist templates from the command line."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from advocaat.cli.common import format_option, print_json
from advocaat.i18n import _, ngettext

if TYPE_CHECKING:
    from advocaat.app.run_options import RunOptions


def add_parsers(commands: argparse._SubParsersAction) -> None:
    templates = commands.add_parser(
        "templates", help=_("list, print, copy, export and import checklist templates")
    )
    actions = templates.add_subparsers(dest="templates_command", metavar=_("ACTION"), required=True)
    listing = actions.add_parser("list", help=_("list the checklist templates"))
    format_option(listing)
    listing.set_defaults(handler=list_templates)
    printing = actions.add_parser(
        "print", help=_("print a blank conversation sheet of a template as PDF")
    )
    printing.add_argument("template", metavar=_("TEMPLATE"), help=_("template id or JSON file"))
    printing.add_argument("--large", action="store_true", help=_("large print (16 pt)"))
    printing.add_argument(
        "--output", type=Path, required=True, metavar=_("FILE"), help=_("the PDF file to write")
    )
    printing.set_defaults(handler=print_template)
    copying = actions.add_parser("copy", help=_("make your own variant of a template"))
    copying.add_argument("template", metavar=_("TEMPLATE"), help=_("template id"))
    copying.add_argument(
        "--title", required=True, metavar=_("TITLE"), help=_("the title of your copy")
    )
    copying.set_defaults(handler=copy_command)
    exporting = actions.add_parser("export", help=_("write a template as its JSON file"))
    exporting.add_argument("template", metavar=_("TEMPLATE"), help=_("template id"))
    exporting.add_argument(
        "--output", type=Path, required=True, metavar=_("FILE"), help=_("the file to write")
    )
    exporting.set_defaults(handler=export_command)
    importing = actions.add_parser("import", help=_("take in a template file"))
    importing.add_argument("file", type=Path, metavar=_("FILE"), help=_("the template's JSON file"))
    importing.set_defaults(handler=import_command)


def list_templates(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.visits import VisitBook
    from advocaat.app.workspace import Workspace

    with Workspace.open(options.paths) as workspace:
        templates = VisitBook(workspace).templates()
    if arguments.format == "json":
        print_json(
            [
                {
                    "id": template.id,
                    "language": template.language,
                    "version": template.version,
                    "title": template.title,
                    "items": template.item_count(),
                }
                for template in templates
            ]
        )
        return 0
    for template in templates:
        items = ngettext("{count} item", "{count} items", template.item_count()).format(
            count=template.item_count()
        )
        print(
            f"{template.id}\t{template.language}\t"
            + _("version {version}").format(version=template.version)
            + f"\t{template.title} ({items})"
        )
    return 0


def print_template(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.visits import VisitBook
    from advocaat.app.workspace import Workspace
    from advocaat.core.files import write_file_safely

    with Workspace.open(options.paths) as workspace:
        book = VisitBook(workspace)
        pdf = book.blank_sheet(
            book.template(arguments.template), large=arguments.large, today=date.today()
        )
    write_file_safely(arguments.output, pdf)
    print(_("Conversation sheet written to {file}.").format(file=arguments.output))
    return 0


def copy_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.visits import VisitBook
    from advocaat.app.workspace import Workspace

    with Workspace.open(options.paths) as workspace:
        book = VisitBook(workspace)
        copy = book.copy_template(book.template(arguments.template).id, arguments.title)
    print(_("Template {id} made: {title}.").format(id=copy.id, title=copy.title))
    return 0


def export_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.visits import VisitBook
    from advocaat.app.workspace import Workspace

    with Workspace.open(options.paths) as workspace:
        VisitBook(workspace).export_template(arguments.template, arguments.output)
    print(_("Template written to {file}.").format(file=arguments.output))
    return 0


def import_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.visits import VisitBook
    from advocaat.app.workspace import Workspace

    with Workspace.open(options.paths) as workspace:
        template = VisitBook(workspace).import_template(arguments.file)
    print(
        _("Template {id} taken in: {title} (version {version}).").format(
            id=template.id, title=template.title, version=template.version
        )
    )
    return 0
