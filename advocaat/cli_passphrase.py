"""Passphrases for the headless commands: from the environment or a file, never an argument
(arguments are visible to every user of the computer)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from advocaat.i18n import _
from advocaat.sync.office import OfficeError

PASSPHRASE_ENV = "ADVOCAAT_PASSPHRASE"
NEW_PASSPHRASE_ENV = "ADVOCAAT_NEW_PASSPHRASE"


def passphrase_option(parser: argparse.ArgumentParser, new: bool = False) -> None:
    name, env = ("--new-passphrase-file", NEW_PASSPHRASE_ENV) if new else (
        "--passphrase-file", PASSPHRASE_ENV)  # fmt: skip
    parser.add_argument(
        name,
        type=Path,
        metavar=_("FILE"),
        help=_("read the passphrase from FILE (else from {env})").format(env=env),
    )


def passphrase(arguments: argparse.Namespace, new: bool = False) -> str:
    file, env = (
        (arguments.new_passphrase_file, NEW_PASSPHRASE_ENV)
        if new
        else (arguments.passphrase_file, PASSPHRASE_ENV)
    )
    if file:
        try:
            return file.read_text(encoding="utf-8").strip()
        except OSError as error:
            raise OfficeError(_("{file} cannot be read.").format(file=file)) from error
    value = os.environ.get(env, "")
    if not value:
        raise OfficeError(
            _("Give the passphrase in {env} or with --passphrase-file.").format(env=env)
        )
    return value
