"""Passphrases for the headless commands: from the environment or a file, never an argument
(arguments are visible to every user of the computer).

A passphrase file is read as UTF-8 (a byte order mark, as Windows Notepad writes it, is dropped).
A file that is not UTF-8 is read as Windows-1252, the "ANSI" of an older Notepad and a superset of
Latin-1's letters: UTF-8 is so strict that such a file is practically never UTF-8 meant otherwise,
and this reading gives exactly the characters the user typed and sees, so "geheim-café" saved in
either form opens the same keys. Refusing it would only send the user off to re-save the file.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from advocaat.core.files import read_file_safely
from advocaat.errors import UserFacingError
from advocaat.i18n import _

PASSPHRASE_ENV = "ADVOCAAT_PASSPHRASE"
NEW_PASSPHRASE_ENV = "ADVOCAAT_NEW_PASSPHRASE"
MAX_PASSPHRASE_FILE_BYTES = 4096


class PassphraseError(UserFacingError):
    """No passphrase given, or one that cannot be read."""


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
        data = read_file_safely(
            file, MAX_PASSPHRASE_FILE_BYTES, _("{file} is too large to hold a passphrase.")
        )
        value = _decoded(data, file)
        if not value:
            raise PassphraseError(_("{file} holds no passphrase.").format(file=file))
        return value
    value = _decoded(os.fsencode(os.environ.get(env, "")), env)
    if not value:
        raise PassphraseError(
            _("Give the passphrase in {env} or with --passphrase-file.").format(env=env)
        )
    return value


def _decoded(data: bytes, source: Path | str) -> str:
    """The passphrase in ``data``: UTF-8 without a byte order mark, else Windows-1252."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding).strip()
        except UnicodeDecodeError:
            continue
    raise PassphraseError(
        _("The passphrase in {source} cannot be read; save it as UTF-8 text.").format(source=source)
    )


def asked_passphrase(arguments: argparse.Namespace, *, choosing: bool) -> str:
    """The passphrase from the environment or a file, else typed at the terminal: twice when it
    is being chosen, so a typing mistake does not lock the user out of their own file."""
    if arguments.passphrase_file or os.environ.get(PASSPHRASE_ENV) or not sys.stdin.isatty():
        return passphrase(arguments)
    typed = getpass.getpass(_("Passphrase: "))
    if choosing and getpass.getpass(_("The same passphrase again: ")) != typed:
        raise PassphraseError(_("The two passphrases differ; nothing was written."))
    if not typed:
        raise PassphraseError(_("No passphrase was typed."))
    return typed
