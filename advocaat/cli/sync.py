"""`advocaat profile import` and `advocaat feedback import`: the volunteer's side of the round
trip with the national office (the office's side is `advocaat office …`)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from advocaat.i18n import _, ngettext

if TYPE_CHECKING:
    from advocaat.app.run_options import RunOptions


def add_parsers(commands: argparse._SubParsersAction) -> None:
    profile = commands.add_parser("profile", help=_("the organisation profile from the office"))
    profile_actions = profile.add_subparsers(
        dest="profile_command", metavar=_("ACTION"), required=True
    )
    importing = profile_actions.add_parser("import", help=_("import a profile file"))
    importing.add_argument(
        "file", type=Path, metavar=_("FILE"), help=_("the profile file the national office sent")
    )
    importing.add_argument(
        "--trust-new-office-key",
        action="store_true",
        help=_("take a profile signed by a new office key, after checking its id with the office"),
    )
    importing.set_defaults(handler=profile_import_command)
    feedback = commands.add_parser("feedback", help=_("feedback from the national office"))
    actions = feedback.add_subparsers(dest="feedback_command", metavar=_("ACTION"), required=True)
    importing = actions.add_parser("import", help=_("take in a feedback file"))
    importing.add_argument(
        "file", type=Path, metavar=_("FILE"), help=_("the feedback file the national office sent")
    )
    importing.set_defaults(handler=feedback_import_command)


def profile_import_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.signals import SyncBook
    from advocaat.app.workspace import Workspace

    with Workspace.open(options.paths) as workspace:
        profile = SyncBook(workspace).import_profile_file(
            arguments.file, trust_new_key=arguments.trust_new_office_key
        )
    print(_("Profile of {organisation} imported.").format(organisation=profile.organisation))
    return 0


def feedback_import_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.signals import SyncBook
    from advocaat.app.workspace import Workspace

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
