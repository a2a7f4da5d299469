"""What the command line hands a command, checked first; and argparse speaking the app's language.

A mistyped command ends in one sentence in the user's language, never in a traceback. Refused
before any command runs: text that is not valid UTF-8, numbers beyond what the database stores,
and an output that would take the place of the database or the keys.
argparse's own complaints (a missing or unknown argument) are translated.
"""

from __future__ import annotations

import argparse
from collections.abc import Collection

from advocaat.errors import UserFacingError
from advocaat.i18n import N_, _, ngettext
from advocaat.paths import AppPaths

LARGEST_NUMBER = 2**63 - 1
"""The largest whole number SQLite and PostgreSQL store (a signed 64-bit integer)."""

NAMES_AS_TEXT = {"data_dir", "template"}
"""Arguments that hold a file or folder name as text (a template may be an id or a file); a file
name may hold bytes that are not UTF-8, as the system allows them."""

ARGPARSE_MESSAGES = (
    N_("usage: "),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("unrecognized arguments: %s"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
)
"""The messages of argparse (Python 3.11 to 3.13) a user may see, so the catalogs hold them."""


class CommandLineError(UserFacingError):
    pass


def translate_argparse() -> None:
    """Let argparse form its messages with the app's catalogs (it looks up ``_`` and
    ``ngettext`` in its own module each time); a message it has that the catalogs lack stays
    English."""
    argparse._ = _  # type: ignore[attr-defined]  # its gettext alias, not in typeshed
    argparse.ngettext = ngettext  # type: ignore[attr-defined]  # not in typeshed either


def check_arguments(parsed: argparse.Namespace, paths: AppPaths) -> None:
    """Refuse, in one sentence, text that is not valid UTF-8, numbers no database stores, and an
    output that would take the place of the database or the keys."""
    output = getattr(parsed, "output", None)
    if output is not None:
        from advocaat.app.own_files import refuse_own_file  # only for a command that writes

        refuse_own_file(output, paths)
    for name, value in vars(parsed).items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, int) and not isinstance(item, bool):
                _check_number(item)
            elif isinstance(item, str) and name not in NAMES_AS_TEXT:
                _check_text(item)


def _check_number(number: int) -> None:
    if abs(number) > LARGEST_NUMBER:
        raise CommandLineError(_("{number} is too large a number.").format(number=number))


def _check_text(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise CommandLineError(
            _("{text} holds characters that are not valid text; type it again.").format(text=text)
        ) from None


VALUE_OPTIONS = ("--data-dir", "--database-url", "--lang", "--quit-after")
"""The options before a command that take a value (the next argument, unless given with =)."""


def opened_file_argument(
    arguments: list[str], commands: Collection[str]
) -> tuple[list[str], str | None]:
    """``advocaat [OPTIONS] FILE``: the arguments without FILE, and FILE, when the first argument
    that is no option nor an option's value names no command; else the arguments as they are."""
    index = 0
    while index < len(arguments):
        token = arguments[index]
        if token == "--":
            return arguments[:index] + arguments[index + 2 :], (
                arguments[index + 1] if index + 1 < len(arguments) else None
            )
        if not token.startswith("-") or token == "-":
            break
        takes_value = "=" not in token and any(
            option.startswith(token) for option in VALUE_OPTIONS if token.startswith("--")
        )
        index += 2 if takes_value else 1
    if index >= len(arguments) or arguments[index] in commands:
        return arguments, None
    return arguments[:index] + arguments[index + 1 :], arguments[index]
