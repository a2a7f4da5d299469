"""`advocaat office …`: the national office, headless.

Its keys (init, rotate-keys, passphrase, export-identity) and the signed organisation profile;
taking in many export files with a summary line per file (exit 1 when any file was refused);
trusting a new sender once; a feedback file per sender. Passphrases come from the environment or
a file, never from an argument (see :mod:`advocaat.cli.passphrase`).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from advocaat.cli import questionnaires
from advocaat.cli.common import format_option, print_json
from advocaat.cli.examples import add_office_parsers
from advocaat.cli.passphrase import asked_passphrase, passphrase, passphrase_option
from advocaat.i18n import _, ngettext

if TYPE_CHECKING:
    from advocaat.app.office import SenderLine
    from advocaat.app.run_options import RunOptions
    from advocaat.office.inbox import FileResult


def add_parsers(commands: argparse._SubParsersAction) -> None:
    office = commands.add_parser(
        "office", help=_("the national office: keys, profile, import, senders and feedback")
    )
    actions = office.add_subparsers(dest="office_command", metavar=_("ACTION"), required=True)
    init = actions.add_parser("init", help=_("make the office's keys, once"))
    passphrase_option(init)
    init.set_defaults(handler=init_command)
    profile = actions.add_parser("profile", help=_("write the signed organisation profile"))
    _profile_options(profile)
    passphrase_option(profile)
    profile.set_defaults(handler=profile_command)
    rotating = actions.add_parser(
        "rotate-keys",
        help=_("make new office keys (the old ones are kept) and the profile that announces them"),
    )
    _profile_options(rotating)
    rotating.add_argument(
        "--lost-passphrase",
        action="store_true",
        help=_(
            "the passphrase of the keys is lost: make new keys protected by the passphrase"
            " given now (typed twice); volunteers check the new key id by phone, and export"
            " files made for the old keys stay unreadable"
        ),
    )
    passphrase_option(rotating)
    rotating.set_defaults(handler=rotate_command)
    identity = actions.add_parser(
        "export-identity",
        help=_("write the decryption identity UNPROTECTED, for the standard age tool"),
    )
    identity.add_argument(
        "--output",
        type=Path,
        required=True,
        metavar=_("FILE"),
        help=_("the file for the unprotected decryption identity"),
    )
    passphrase_option(identity)
    identity.set_defaults(handler=identity_command)
    importing = actions.add_parser("import", help=_("take in export files of volunteers"))
    importing.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar=_("FILE_OR_FOLDER"),
        help=_("export files, or folders that hold them"),
    )
    passphrase_option(importing)
    importing.set_defaults(handler=import_command)
    listing = actions.add_parser("senders", help=_("list the volunteers who sent files"))
    format_option(listing)
    listing.set_defaults(handler=senders_command)
    accepting = actions.add_parser("accept", help=_("trust a new sender (once)"))
    accepting.add_argument(
        "sender",
        metavar=_("SENDER"),
        help=_("the sender's name or key id, as office senders shows it"),
    )
    accepting.set_defaults(handler=accept_command)
    feedback = actions.add_parser("feedback", help=_("write the feedback file for one sender"))
    feedback.add_argument(
        "--sender",
        required=True,
        metavar=_("SENDER"),
        help=_("the sender's name or key id, as office senders shows it"),
    )
    feedback.add_argument(
        "--output",
        type=Path,
        required=True,
        metavar=_("FILE"),
        help=_("the feedback file to write"),
    )
    passphrase_option(feedback)
    feedback.set_defaults(handler=feedback_command)
    covering = actions.add_parser(
        "coverage",
        help=_(
            "per municipality and province: active volunteers, last signal and last export,"
            " the municipalities without either first"
        ),
    )
    covering.add_argument(
        "--format",
        choices=["csv", "xlsx", "pdf"],
        default="csv",
        help=_("csv (the default) for scripts and spreadsheets, xlsx for Excel, or pdf to print"),
    )
    covering.add_argument(
        "--output",
        type=Path,
        metavar=_("FILE"),
        help=_("the file to write; csv without it goes to the screen"),
    )
    covering.add_argument(
        "--day",
        metavar=_("DATE"),
        help=_("count the twelve months up to this day (YYYY-MM-DD) instead of today"),
    )
    covering.set_defaults(handler=coverage_command)
    add_office_parsers(actions)
    changing = actions.add_parser("passphrase", help=_("protect the office keys anew"))
    passphrase_option(changing)
    passphrase_option(changing, new=True)
    changing.set_defaults(handler=passphrase_command)
    questionnaires.add_office_parsers(actions)


def _profile_options(parser: argparse.ArgumentParser) -> None:
    """Where a profile goes and the office's contact details it carries."""
    parser.add_argument(
        "--output",
        type=Path,
        required=True,
        metavar=_("FILE"),
        help=_("the profile file to write, for the volunteers"),
    )
    parser.add_argument(
        "--office-email",
        default="",
        metavar=_("ADDRESS"),
        help=_("the office's e-mail address, shown to the volunteers"),
    )
    parser.add_argument(
        "--office-phone",
        default="",
        metavar=_("NUMBER"),
        help=_("the office's phone number, shown to the volunteers"),
    )


def init_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.office_keys import OfficeKeysBook

    public = OfficeKeysBook(options.paths.profile_dir).make(passphrase(arguments))
    print(_("Office keys made."))
    print(_("Encryption key (age): {key}").format(key=public.recipient))
    print(_("Signing key (minisign): {key}").format(key=public.signing_key))
    return 0


def profile_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.office_keys import OfficeKeysBook
    from advocaat.app.workspace import Workspace

    secret = passphrase(arguments)
    with Workspace.open(options.paths) as workspace:
        OfficeKeysBook(options.paths.profile_dir).write_profile(
            workspace,
            arguments.output,
            secret,
            office_email=arguments.office_email,
            office_phone=arguments.office_phone,
        )
    print(_("Profile written to {file}.").format(file=arguments.output))
    return 0


def rotate_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.office_keys import OfficeKeysBook
    from advocaat.app.workspace import Workspace
    from advocaat.sync.signed_zip import key_id

    book = OfficeKeysBook(options.paths.profile_dir)
    lost = arguments.lost_passphrase
    secret = asked_passphrase(arguments, choosing=True) if lost else passphrase(arguments)
    with Workspace.open(options.paths) as workspace:
        make = book.replace_lost if lost else book.rotate
        public = make(
            workspace,
            arguments.output,
            secret,
            office_email=arguments.office_email,
            office_phone=arguments.office_phone,
        )
    if lost:
        print(_("New office keys made; the old ones are kept aside, but nobody can open them."))
        print(
            _(
                "Volunteers are asked to check the new key id {id} with you by phone when they"
                " import the new profile."
            ).format(id=key_id(public.signing_key))
        )
    else:
        print(_("New office keys made; the old ones are kept to open older export files."))
    print(_("Encryption key (age): {key}").format(key=public.recipient))
    print(_("Signing key (minisign): {key}").format(key=public.signing_key))
    print(
        _("Send every volunteer the new profile, written to {file}.").format(file=arguments.output)
    )
    return 0


def identity_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.office_keys import OfficeKeysBook

    OfficeKeysBook(options.paths.profile_dir).write_identity(
        arguments.output, passphrase(arguments)
    )
    print(
        _("Decryption identity written UNPROTECTED to {file}. Keep it safe.").format(
            file=arguments.output
        )
    )
    return 0


def passphrase_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.office_keys import OfficeKeysBook

    OfficeKeysBook(options.paths.profile_dir).change_passphrase(
        passphrase(arguments), passphrase(arguments, new=True)
    )
    print(_("The office keys are protected with the new passphrase. Keep it somewhere safe."))
    return 0


def summary(result: FileResult) -> str:
    """One line per file, as the office reads it."""
    from advocaat.office.inbox import Outcome

    if result.outcome is Outcome.REFUSED:
        return _("{file}: REFUSED. {reason}").format(file=result.name, reason=result.reason)
    if result.outcome is Outcome.ALREADY:
        return _("{file}: imported before, nothing changed ({sender}).").format(
            file=result.name, sender=result.sender
        )
    line = _("{file}: {new} new, {updated} updated, {unchanged} unchanged ({sender}).").format(
        file=result.name,
        new=result.new,
        updated=result.updated,
        unchanged=result.unchanged,
        sender=result.sender,
    )
    if result.examples:
        line += " " + ngettext(
            "{count} good example new or changed.",
            "{count} good examples new or changed.",
            result.examples,
        ).format(count=result.examples)
    return line


def import_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.office import OfficeBook
    from advocaat.app.workspace import Workspace
    from advocaat.office.inbox import Outcome, export_files

    files = export_files(arguments.files)
    secret = passphrase(arguments)
    with Workspace.open(options.paths) as workspace:
        book = OfficeBook(workspace)
        book.unlock(secret)
        results = book.take_in(files)
    for result in results:
        print(summary(result))
    refused = sum(1 for result in results if result.outcome is Outcome.REFUSED)
    print(
        ngettext("{count} file read, ", "{count} files read, ", len(results)).format(
            count=len(results)
        )
        + ngettext("{count} file refused.", "{count} files refused.", refused).format(count=refused)
    )
    return 1 if refused else 0


def _status(sender: SenderLine) -> str:
    if sender.pending_key_id:
        return _("NEW KEY {key} WAITING").format(key=sender.pending_key_id)
    return _("accepted") if sender.accepted else _("NOT ACCEPTED")


def senders_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.office import OfficeBook
    from advocaat.app.workspace import Workspace

    with Workspace.open(options.paths) as workspace:
        senders = OfficeBook(workspace).senders()
    rows = [
        {
            "key_id": sender.key_id,
            "accepted": sender.accepted,
            "name": sender.name,
            "municipalities": list(sender.municipality_codes),
            "sender_uid": sender.sender_uid,
            "pending_key_id": sender.pending_key_id,
        }
        for sender in senders
    ]
    if arguments.format == "json":
        print_json(rows)
        return 0
    for sender in senders:
        print(
            "\t".join(
                (
                    sender.key_id,
                    _status(sender),
                    sender.name,
                    ", ".join(sender.municipality_codes),
                    sender.sender_uid,
                )
            )
        )
    if not senders:
        print(_("No volunteer has sent a file yet."))
    return 0


def accept_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.office import OfficeBook
    from advocaat.app.workspace import Workspace

    with Workspace.open(options.paths) as workspace:
        name, key = OfficeBook(workspace).accept_named(arguments.sender)
    print(
        _("{name} (key id {key}) is accepted; import their files again.").format(name=name, key=key)
    )
    return 0


def feedback_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.office import OfficeBook
    from advocaat.app.workspace import Workspace

    secret = passphrase(arguments)
    with Workspace.open(options.paths) as workspace:
        book = OfficeBook(workspace)
        book.unlock(secret)
        output, count, name = book.write_feedback_named(arguments.sender, arguments.output)
    print(
        ngettext(
            "Feedback on {count} signal written for {name} to {file}.",
            "Feedback on {count} signals written for {name} to {file}.",
            count,
        ).format(count=count, name=name, file=output)
    )
    return 0


def coverage_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    import sys
    from datetime import date

    from advocaat.app.office import OfficeBook
    from advocaat.app.workspace import Workspace
    from advocaat.cli.arguments import CommandLineError
    from advocaat.cli.common import day

    if arguments.output is None and arguments.format != "csv":
        raise CommandLineError(
            _("A {format} file needs --output FILE.").format(format=arguments.format)
        )
    reference = day(arguments.day) or date.today()
    with Workspace.open(options.paths) as workspace:
        book = OfficeBook(workspace)
        if arguments.output is None:
            from advocaat.office.coverage import coverage_csv

            sys.stdout.write(coverage_csv(book.coverage(reference)))
            return 0
        book.write_coverage(arguments.format, arguments.output, reference)
    print(_("Coverage written to {file}.").format(file=arguments.output))
    return 0
