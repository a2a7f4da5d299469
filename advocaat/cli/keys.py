"""`advocaat keys show|new`: the volunteer's signing key, read out to the office or replaced."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from advocaat.i18n import _

if TYPE_CHECKING:
    from advocaat.app.run_options import RunOptions


def add_parsers(commands: argparse._SubParsersAction) -> None:
    keys = commands.add_parser("keys", help=_("the key that signs your export files"))
    actions = keys.add_subparsers(dest="keys_command", metavar=_("ACTION"), required=True)
    showing = actions.add_parser("show", help=_("show the key id the office checks by phone"))
    showing.set_defaults(handler=show_command)
    making = actions.add_parser(
        "new", help=_("make a new key when yours is lost (the old one is kept aside)")
    )
    making.set_defaults(handler=new_command)


def show_command(options: RunOptions, _arguments: argparse.Namespace) -> int:
    from advocaat.app.signals import SyncBook
    from advocaat.app.workspace import Workspace

    with Workspace.open(options.paths) as workspace:
        key = SyncBook(workspace).own_key_id()
    print(_("Key id of your signing key: {key}").format(key=key))
    return 0


def new_command(options: RunOptions, _arguments: argparse.Namespace) -> int:
    from advocaat.app.signals import SyncBook
    from advocaat.app.workspace import Workspace

    with Workspace.open(options.paths) as workspace:
        key = SyncBook(workspace).new_signing_key()
    print(
        _(
            "New signing key made; its key id is {key}. Your next export carries it: tell the"
            " national office this id, so they can accept it."
        ).format(key=key)
    )
    return 0
