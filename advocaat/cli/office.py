"""`advocaat office import|senders|accept|feedback|passphrase` and `advocaat feedback import`.

The office's side of the signal round trip, headless: take in many export files with a summary
line per file (exit 1 when any file was refused), trust a new sender once, write a feedback file
per sender; and the volunteer's side: take in that feedback.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from advocaat.app.signals import SyncBook
from advocaat.app.workspace import Workspace
from advocaat.cli.common import format_option, print_json
from advocaat.cli.passphrase import passphrase, passphrase_option
from advocaat.core.files import write_file_safely
from advocaat.i18n import _, ngettext
from advocaat.office.inbox import (
    FileResult,
    Inbox,
    Outcome,
    accept_sender,
    export_files,
    sender_row,
)
from advocaat.office.picture import senders
from advocaat.office.review import feedback_file, feedback_name
from advocaat.sync.export_reader import key_id
from advocaat.sync.office_keys import change_passphrase, load_office, office_folder

if TYPE_CHECKING:
    from advocaat.app.run_options import RunOptions


def add_office_actions(actions: argparse._SubParsersAction) -> None:
    importing = actions.add_parser("import", help=_("take in export files of volunteers"))
    importing.add_argument("files", nargs="+", type=Path, metavar=_("FILE_OR_FOLDER"))
    passphrase_option(importing)
    importing.set_defaults(handler=import_command)
    listing = actions.add_parser("senders", help=_("list the volunteers who sent files"))
    format_option(listing)
    listing.set_defaults(handler=senders_command)
    accepting = actions.add_parser("accept", help=_("trust a new sender (once)"))
    accepting.add_argument("sender", metavar=_("SENDER"))
    accepting.set_defaults(handler=accept_command)
    feedback = actions.add_parser("feedback", help=_("write the feedback file for one sender"))
    feedback.add_argument("--sender", required=True, metavar=_("SENDER"))
    feedback.add_argument("--output", type=Path, required=True, metavar=_("FILE"))
    passphrase_option(feedback)
    feedback.set_defaults(handler=feedback_command)
    changing = actions.add_parser("passphrase", help=_("protect the office keys anew"))
    passphrase_option(changing)
    passphrase_option(changing, new=True)
    changing.set_defaults(handler=passphrase_command)


def add_parsers(commands: argparse._SubParsersAction) -> None:
    feedback = commands.add_parser("feedback", help=_("feedback from the national office"))
    actions = feedback.add_subparsers(dest="feedback_command", metavar=_("ACTION"), required=True)
    importing = actions.add_parser("import", help=_("take in a feedback file"))
    importing.add_argument("file", type=Path, metavar=_("FILE"))
    importing.set_defaults(handler=feedback_import_command)


def summary(result: FileResult) -> str:
    """One line per file, as the office reads it."""
    if result.outcome is Outcome.REFUSED:
        return _("{file}: REFUSED. {reason}").format(file=result.name, reason=result.reason)
    if result.outcome is Outcome.ALREADY:
        return _("{file}: imported before, nothing changed ({sender}).").format(
            file=result.name, sender=result.sender
        )
    return _("{file}: {new} new, {updated} updated, {unchanged} unchanged ({sender}).").format(
        file=result.name,
        new=result.new,
        updated=result.updated,
        unchanged=result.unchanged,
        sender=result.sender,
    )


def import_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    files = export_files(arguments.files)
    keys = load_office(office_folder(options.paths.profile_dir), passphrase(arguments))
    with Workspace.open(options.paths) as workspace:
        results = Inbox(workspace.session, keys.identity).take_in(files)
    for result in results:
        print(summary(result))
    refused = sum(1 for result in results if result.outcome is Outcome.REFUSED)
    print(
        ngettext("{count} file read, ", "{count} files read, ", len(results)).format(
            count=len(results)
        )
        + ngettext("{count} refused.", "{count} refused.", refused).format(count=refused)
    )
    return 1 if refused else 0


def senders_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    with Workspace.open(options.paths) as workspace, workspace.session() as session:
        rows = [
            {
                "key_id": key_id(sender.signing_key),
                "accepted": sender.accepted,
                "name": sender.name,
                "municipalities": json.loads(sender.municipalities),
                "sender_uid": sender.sender_uid,
            }
            for sender in senders(session)
        ]
    if arguments.format == "json":
        print_json(rows)
        return 0
    for row in rows:
        print(
            "\t".join(
                (
                    row["key_id"],
                    _("accepted") if row["accepted"] else _("NOT ACCEPTED"),
                    row["name"],
                    ", ".join(row["municipalities"]),
                    row["sender_uid"],
                )
            )
        )
    if not rows:
        print(_("No volunteer has sent a file yet."))
    return 0


def accept_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    with Workspace.open(options.paths) as workspace, workspace.session() as session:
        sender = accept_sender(session, arguments.sender)
        print(
            _("{name} (key id {key}) is accepted; import their files again.").format(
                name=sender.name, key=key_id(sender.signing_key)
            )
        )
    return 0


def feedback_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    keys = load_office(office_folder(options.paths.profile_dir), passphrase(arguments))
    with Workspace.open(options.paths) as workspace, workspace.session() as session:
        sender = sender_row(session, arguments.sender)
        data, count = feedback_file(session, sender, keys)
        output = arguments.output
        if output.is_dir():
            output = output / feedback_name(sender.name)
        write_file_safely(output, data)
        print(
            ngettext(
                "Feedback on {count} signal written for {name} to {file}.",
                "Feedback on {count} signals written for {name} to {file}.",
                count,
            ).format(count=count, name=sender.name, file=output)
        )
    return 0


def passphrase_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    change_passphrase(
        office_folder(options.paths.profile_dir),
        passphrase(arguments),
        passphrase(arguments, new=True),
    )
    print(_("The office keys are protected with the new passphrase. Keep it somewhere safe."))
    return 0


def feedback_import_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    with Workspace.open(options.paths) as workspace:
        result = SyncBook(workspace).import_feedback(arguments.file)
    if result.already:
        print(_("This feedback was taken in before; nothing changed."))
        return 0
    print(
        ngettext(
            "Feedback {sequence} taken in: {count} signal has news from the national office.",
            "Feedback {sequence} taken in: {count} signals have news from the national office.",
            result.updated,
        ).format(sequence=result.sequence, count=result.updated)
    )
    return 0
