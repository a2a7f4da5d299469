"""`advocaat templates list|print`: checklist templates from the command line."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from advocaat.app.workspace import Workspace
from advocaat.cli.common import format_option, print_json
from advocaat.core.files import read_file_safely, write_file_safely
from advocaat.i18n import _, ngettext
from advocaat.organisation.setup import load_setup
from advocaat.printing.sheets import conversation_sheet_pdf
from advocaat.visits.template_store import all_templates
from advocaat.visits.templates import (
    MAX_TEMPLATE_BYTES,
    ChecklistTemplate,
    TemplateError,
    parse_template,
)

if TYPE_CHECKING:
    from advocaat.app.run_options import RunOptions


def add_parsers(commands: argparse._SubParsersAction) -> None:
    templates = commands.add_parser("templates", help=_("list and print checklist templates"))
    actions = templates.add_subparsers(dest="templates_command", metavar=_("ACTION"), required=True)
    listing = actions.add_parser("list", help=_("list the checklist templates"))
    format_option(listing)
    listing.set_defaults(handler=list_templates)
    printing = actions.add_parser(
        "print", help=_("print a blank conversation sheet of a template as PDF")
    )
    printing.add_argument("template", metavar=_("TEMPLATE"), help=_("template id or JSON file"))
    printing.add_argument("--large", action="store_true", help=_("large print (16 pt)"))
    printing.add_argument("--output", type=Path, required=True, metavar=_("FILE"))
    printing.set_defaults(handler=print_template)


def find_template(options: RunOptions, name: str) -> ChecklistTemplate:
    """A template by its id (shipped or kept in the app), or a template file."""
    with Workspace.open(options.paths) as workspace, workspace.session() as session:
        templates = all_templates(session)
    for template in templates:
        if template.id == name:
            return template
    path = Path(name)
    if not path.exists():
        known = ", ".join(template.id for template in templates)
        raise TemplateError(
            _("There is no template {name}. Known templates: {known}.").format(
                name=name, known=known
            )
        )
    return parse_template(
        read_file_safely(path, MAX_TEMPLATE_BYTES, _("The template file is too large."))
    )


def list_templates(options: RunOptions, arguments: argparse.Namespace) -> int:
    with Workspace.open(options.paths) as workspace, workspace.session() as session:
        templates = all_templates(session)
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
    template = find_template(options, arguments.template)
    with Workspace.open(options.paths) as workspace, workspace.session() as session:
        setup = load_setup(session)
    pdf = conversation_sheet_pdf(
        template,
        organisation=setup.organisation if setup else "",
        printed_on=date.today(),
        large=arguments.large,
    )
    write_file_safely(arguments.output, pdf)
    print(_("Conversation sheet written to {file}.").format(file=arguments.output))
    return 0
