"""`advocaat contacts import|export`: the contact book from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from advocaat.contacts.cards import MAX_CONTACT_FILE_BYTES, ContactFileError, RecordProblem
from advocaat.contacts.transfer import (
    Action,
    FileFormat,
    ImportPreview,
    apply_import,
    export_contacts,
    preview_import,
)
from advocaat.core.files import read_file_safely, write_file_safely
from advocaat.core.workspace import Workspace
from advocaat.i18n import _

if TYPE_CHECKING:
    from advocaat.cli import RunOptions


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    contacts = commands.add_parser("contacts", help=_("import and export contacts"))
    actions = contacts.add_subparsers(dest="contacts_command", metavar=_("ACTION"), required=True)
    importing = actions.add_parser(
        "import", help=_("import vCard (.vcf) or CSV files into the contact book")
    )
    importing.add_argument("files", nargs="+", type=Path, metavar=_("FILE"))
    importing.set_defaults(handler=import_files)
    exporting = actions.add_parser("export", help=_("export the contact book to a file"))
    exporting.add_argument("--format", choices=[f.value for f in FileFormat], required=True)
    exporting.add_argument("--output", type=Path, required=True, metavar=_("FILE"))
    exporting.add_argument(
        "--vcard-version",
        choices=["4.0", "3.0"],
        default="4.0",
        help=_("vCard version (default 4.0; 3.0 for older programs)"),
    )
    exporting.set_defaults(handler=export_file)


def _read(path: Path) -> bytes:
    return read_file_safely(
        path, MAX_CONTACT_FILE_BYTES, _("{file} is too large to be an address book.")
    )


def _report(preview: ImportPreview) -> list[str]:
    lines = []
    for candidate in preview.candidates:
        name = candidate.card.display_name()
        if candidate.action is Action.MERGE:
            lines.append(
                "  "
                + _("{name}: merged with {existing} ({reason})").format(
                    name=name, existing=candidate.match_name, reason=candidate.reason
                )
            )
        for note in (candidate.similar, candidate.warning):
            if note:
                lines.append("  " + _("{name}: {warning}").format(name=name, warning=note))
    return lines


def _skipped(problems: list[RecordProblem]) -> list[str]:
    return [
        "  " + _("{where}: skipped, {message}").format(where=p.place(), message=p.message)
        for p in problems
    ]


def import_files(options: RunOptions, arguments: argparse.Namespace) -> int:
    """Each file on its own, and each record in it: what can be used comes in, the rest is
    listed with its place in the file. Exit status 1 when a file could not be used at all."""
    failures = 0
    with Workspace.open(options.paths) as workspace:
        for path in arguments.files:
            try:
                data = _read(path)
                with workspace.session() as session:
                    preview = preview_import(session, path.name, data)
                    summary = apply_import(session, preview)
            except ContactFileError as error:
                print(_("advocaat: {message}").format(message=error.message), file=sys.stderr)
                failures += 1
                continue
            print(
                _(
                    "{file}: {added} added, {merged} merged with existing contacts,"
                    " {skipped} skipped."
                ).format(
                    file=path, added=summary.added, merged=summary.merged, skipped=summary.skipped
                )
            )
            for line in _report(preview):
                print(line)
            if summary.problems:
                print("\n".join(_skipped(summary.problems)), file=sys.stderr)
    return 1 if failures else 0


def export_file(options: RunOptions, arguments: argparse.Namespace) -> int:
    with Workspace.open(options.paths) as workspace, workspace.session() as session:
        data = export_contacts(session, FileFormat(arguments.format), arguments.vcard_version)
    write_file_safely(arguments.output, data)
    print(_("Contacts written to {file}.").format(file=arguments.output))
    return 0
