"""`advocaat backup [--output FILE]`, `advocaat backup list` and `advocaat restore FILE`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from advocaat.cli.arguments import CommandLineError
from advocaat.cli.common import print_json
from advocaat.cli.passphrase import asked_passphrase, passphrase_option
from advocaat.i18n import _

if TYPE_CHECKING:
    from advocaat.app.backups import BackupInfo, RestoreOutcome
    from advocaat.app.run_options import RunOptions


def add_parsers(commands: argparse._SubParsersAction) -> None:
    making = commands.add_parser(
        "backup", help=_("back up the database (into the backups folder, or into FILE)")
    )
    making.add_argument(
        "--output",
        type=Path,
        metavar=_("FILE"),
        help=_("write the backup to FILE instead of the backups folder"),
    )
    making.add_argument(
        "--portable",
        action="store_true",
        help=_(
            "one file, protected with a passphrase, holding the database, the keys and the"
            " preferences: to move to another computer (needs --output)"
        ),
    )
    passphrase_option(making)
    making.set_defaults(handler=backup_command)
    actions = making.add_subparsers(dest="backup_command", metavar=_("ACTION"))
    listing = actions.add_parser("list", help=_("list the backups, newest first"))
    listing.add_argument(
        "--format",
        choices=["text", "json", "csv"],
        default="text",
        help=_("text for people (the default), json or csv for scripts"),
    )
    listing.set_defaults(handler=list_command)
    restoring = commands.add_parser(
        "restore",
        help=_("put back a backup; the current state is backed up first"),
    )
    restoring.add_argument(
        "file", metavar=_("FILE"), help=_("a backup's name from `advocaat backup list`, or a path")
    )
    passphrase_option(restoring)
    restoring.set_defaults(handler=restore_command)


def backup_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.backups import make_backup, make_portable_backup

    if arguments.portable:
        if arguments.output is None:
            raise CommandLineError(_("A portable backup needs --output FILE: where to write it."))
        secret = asked_passphrase(arguments, choosing=True)
        made = make_portable_backup(options.paths, arguments.output, secret)
        print(
            _(
                "Portable backup written to {path}. Keep the passphrase: without it nobody can"
                " open the file."
            ).format(path=made)
        )
        return 0
    made = make_backup(options.paths, arguments.output)
    print(_("Backup written to {path}.").format(path=made))
    return 0


COLUMNS = (
    "name",
    "made",
    "size",
    "reason",
    "people",
    "organisations",
    "visits",
    "signals",
    "sound",
)


def _row(info: BackupInfo) -> dict[str, object]:
    held = info.holdings
    return {
        "name": info.path.name,
        "made": info.made.isoformat(sep=" "),
        "size": info.size,
        "reason": info.reason.value if info.reason else "",
        "people": held.people if held else None,
        "organisations": held.organisations if held else None,
        "visits": held.visits if held else None,
        "signals": held.signals if held else None,
        "sound": held is not None,
    }


def _line(info: BackupInfo) -> str:
    from advocaat.app.backups import holdings_text

    holds = holdings_text(info)
    reason = info.reason.label if info.reason else "-"
    size = _("{size} kB").format(size=max(1, round(info.size / 1024)))
    return "\t".join((info.path.name, f"{info.made:%Y-%m-%d %H:%M}", reason, size, holds))


def list_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.backups import list_backups
    from advocaat.core.spreadsheet import csv_text

    listed = list_backups(options.paths)
    if arguments.format == "json":
        print_json([_row(info) for info in listed])
    elif arguments.format == "csv":
        rows = (_row(info) for info in listed)
        sys.stdout.write(csv_text(list(COLUMNS), ([row[name] for name in COLUMNS] for row in rows)))
    elif listed:
        print("\n".join(_line(info) for info in listed))
    else:
        print(_("There are no backups yet."))
    return 0


def restore_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.backups import is_portable_backup, restore_backup, restore_portable

    if is_portable_backup(options.paths, arguments.file):
        secret = asked_passphrase(arguments, choosing=False)
        brought = restore_portable(options.paths, arguments.file, secret)
        print(
            _("{name} is restored: the database, the keys and the preferences.").format(
                name=Path(arguments.file).name
            )
        )
        _tell_kept(brought.restore)
        for path in brought.kept_aside:
            print(_("The file it replaced is kept as {path}.").format(path=path))
        return 0
    outcome = restore_backup(options.paths, arguments.file)
    print(_("{name} is restored.").format(name=outcome.restored.name))
    _tell_kept(outcome)
    return 0


def _tell_kept(outcome: RestoreOutcome) -> None:
    if outcome.before_restore is not None:
        print(
            _("The state before it is kept in the backup {name}.").format(
                name=outcome.before_restore.name
            )
        )
    if outcome.set_aside is not None:
        print(_("The damaged database is kept aside as {path}.").format(path=outcome.set_aside))
