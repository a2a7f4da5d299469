"""The ``advocaat`` command: the desktop app by default, headless jobs as subcommands.

The options ``--data-dir``, ``--database-url``, ``--demo`` and ``--lang`` come before any
subcommand and hold for all of them (``advocaat --demo info``). Later parts of the app add their
subcommands in :func:`build_parser`.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import io
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from advocaat import __version__
from advocaat.app.run_options import RunOptions
from advocaat.cli.arguments import check_arguments, opened_file_argument, translate_argparse
from advocaat.core.preferences import choose_language, chosen_database_url
from advocaat.errors import UserFacingError
from advocaat.i18n import DEFAULT_LANGUAGE, LANGUAGES, _, current_language, set_language
from advocaat.paths import DATA_DIR_ENV, DATABASE_URL_ENV, AppPaths, resolve_data_dir


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar=_("FOLDER"),
        help=_(
            "keep all data of the app in FOLDER (default: the folder in {env}, or else your"
            " user data folder)"
        ).format(env=DATA_DIR_ENV),
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help=_(
            "use the PostgreSQL database at URL (postgresql+psycopg://user@server/database)"
            " instead of the database file in the data folder (default: the address in {env},"
            " or else the one chosen in Settings); keep the password in your .pgpass file"
        ).format(env=DATABASE_URL_ENV),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=_("open a separate demo database with fictional data; your own data is not touched"),
    )
    parser.add_argument(
        "--lang",
        choices=sorted(LANGUAGES),
        help=_("language of the app: nl (Dutch, the default) or en (English)"),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="advocaat",
        description=_(
            "Advocaat: contacts, keukentafelgesprekken and signals for local patient advocates."
            " Without a command it opens the app; with an export file, organisation profile or"
            " feedback file (advocaat FILE) it opens the app at that file's import."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"advocaat {__version__}",
        help=_("show program's version number and exit"),  # argparse's default stays English
    )
    _global_options(parser)
    # For CI and the screenshot script: open the app, then close it after SECONDS.
    parser.add_argument("--quit-after", type=float, metavar="SECONDS", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar=_("COMMAND"), title=_("commands"))
    info = commands.add_parser(
        "info", help=_("show where the data is kept and what the database holds")
    )
    info.set_defaults(handler=command_info)
    # The command groups, each importing what its commands need only when one of them runs.
    from advocaat.cli import (  # after the package itself has loaded
        backup,
        contacts,
        examples,
        keys,
        network,
        office,
        questionnaires,
        reports,
        setup,
        signals,
        sync,
        templates,
        visits,
    )

    for group in (
        setup,
        contacts,
        templates,
        visits,
        signals,
        examples,
        office,
        questionnaires,
        sync,
        keys,
        reports,
        network,
        backup,
    ):
        group.add_parsers(commands)
    return parser


def _pre_parse_language(argv: Sequence[str]) -> str:
    """Find the language before the full parser is built, so its help text is translated."""
    early = argparse.ArgumentParser(add_help=False)
    _global_options(early)
    known, _rest = early.parse_known_args(argv)
    paths = AppPaths.of(resolve_data_dir(known.data_dir), demo=known.demo)
    return choose_language(known.lang, paths.preferences_file)


def command_info(options: RunOptions, _arguments: argparse.Namespace) -> int:
    """Print where the data lives and a short summary of the database."""
    from advocaat.app.info import workspace_info
    from advocaat.app.workspace import Workspace

    with Workspace.open(options.paths) as workspace:
        info = workspace_info(workspace)
    lines = [
        info.data_folder_line,
        _("Database: {path}").format(path=info.database),
        _("Schema version: {revision}").format(revision=info.schema_revision),
        _("Demo: {answer}").format(answer=_("yes") if info.demo else _("no")),
        _("Language: {language}").format(language=current_language().native_name),
    ]
    if info.setup is None:
        lines.append(_("Organisation: not set up yet"))
    else:
        from advocaat.app.organisation import setup_lines

        lines += setup_lines(info.setup.organisation, info.setup.role, info.municipalities)
    lines.append(info.municipality_list)
    print("\n".join(lines))
    return 0


BEFORE_QT = (
    "advocaat.app.backups",
    "advocaat.app.contacts",
    "advocaat.app.drafts",
    "advocaat.app.examples",
    "advocaat.app.office",
    "advocaat.app.organisation",
    "advocaat.app.signals",
    "advocaat.app.visits",
)
"""The app layer the window uses, loaded before Qt: PySide6's import hook reads the source of
every module imported after it (about a tenth of a second of CPU at each start)."""


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    """The names of the commands (argparse keeps them in its subparsers action only)."""
    return {
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }


def _refused_file(path: Path) -> str | None:
    """Why the file given as ``advocaat FILE`` is no Advocaat file (told before Qt starts)."""
    from advocaat.app.opened_file import check_opened

    try:
        check_opened(path)
    except UserFacingError as error:
        return error.message
    return None


def _run_gui(options: RunOptions, _arguments: argparse.Namespace) -> int:
    for name in BEFORE_QT + (("advocaat.app.opened_file",) if options.open_file else ()):
        importlib.import_module(name)
    from advocaat.ui.app import run_gui  # Qt loads only when the GUI is wanted

    return run_gui(options)


def _without_console() -> bool:
    """Started where no one reads the console: a double-click or a menu runs ``advocaat-gui``
    (a windowed program has no standard error at all on Windows)."""
    return sys.stderr is None or Path(sys.argv[0]).stem == "advocaat-gui"


def _tell(message: str, *, in_window: bool) -> None:
    """Why the app stops, in one sentence: on standard error, or in a message box."""
    if in_window:
        from advocaat.ui.app import tell_in_window  # Qt only when needed

        tell_in_window(message)
    else:
        print(_("advocaat: {message}").format(message=message), file=sys.stderr)


def _tolerant_output() -> None:
    """A file name the terminal cannot show (not UTF-8, say) is printed escaped, not a crash."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    _tolerant_output()
    translate_argparse()
    set_language(DEFAULT_LANGUAGE)  # a mistake in the options is told before the choice is read
    arguments = list(sys.argv[1:] if argv is None else argv)
    language = _pre_parse_language(arguments)
    set_language(language)
    parser = build_parser()
    rest, opened = opened_file_argument(arguments, _command_names(parser))
    parsed = parser.parse_args(rest)
    if opened is not None and hasattr(parsed, "handler"):
        parser.parse_args(arguments)  # a command after FILE: argparse names FILE as unknown
    folder = resolve_data_dir(parsed.data_dir)
    database_url = chosen_database_url(
        parsed.database_url, AppPaths.of(folder).preferences_file, demo=parsed.demo
    )
    options = RunOptions(
        paths=AppPaths.of(folder, demo=parsed.demo, database_url=database_url),
        language=language,
        quit_after=parsed.quit_after,
        open_file=None if opened is None else Path(opened),
    )
    handler: Callable[[RunOptions, argparse.Namespace], int] = getattr(parsed, "handler", _run_gui)
    if options.open_file is not None and (refusal := _refused_file(options.open_file)):
        _tell(refusal, in_window=handler is _run_gui and _without_console())
        return 2
    try:
        check_arguments(parsed, options.paths)
        code = handler(options, parsed)
        if sys.stdout is not None:  # None in a windowed program on Windows
            sys.stdout.flush()  # here, so a reader that went away is caught below
        return code
    except UserFacingError as error:
        _tell(error.message, in_window=handler is _run_gui and _without_console())
        return 1
    except BrokenPipeError:
        # The reader went away (`advocaat info | head -1`): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as error:
        if error.errno != errno.ENOSPC:
            raise
        # The output goes to a file on a full disk (`advocaat signals list > file`).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        message = _(
            "The disk is full, so Advocaat cannot save. Make room on the disk and try again."
        )
        print(_("advocaat: {message}").format(message=message), file=sys.stderr)
        return 1
