"""`advocaat setup`: the first-run setup without the window, for a server or a script.

It checks what the window checks (both save through the application layer's
:class:`~advocaat.app.organisation.OrganisationBook`) and is idempotent: the same arguments a second
time change nothing and say so.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from advocaat.i18n import LANGUAGES, _

if TYPE_CHECKING:
    from advocaat.app.run_options import RunOptions

ROLES = {"volunteer": "volunteer", "office": "national_office"}
"""The roles as the command line names them, and the :class:`Role` each one is."""


def add_parsers(commands: argparse._SubParsersAction) -> None:
    setup = commands.add_parser(
        "setup",
        help=_("set up the organisation, role and municipalities, as the first-run window does"),
    )
    setup.add_argument(
        "--organisation", required=True, metavar=_("NAME"), help=_("the name of your organisation")
    )
    setup.add_argument(
        "--role",
        required=True,
        choices=list(ROLES),
        help=_("volunteer (local) or office (the national office)"),
    )
    setup.add_argument(
        "--municipality",
        action="append",
        default=[],
        metavar=_("NAME_OR_CBS_CODE"),
        help=_(
            "one of your municipalities; repeat it for more. The setup gets exactly the"
            " municipalities named here"
        ),
    )
    setup.add_argument(
        "--language", choices=sorted(LANGUAGES), help=_("the language of the app from now on")
    )
    setup.set_defaults(handler=setup_command)


def setup_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.organisation import OrganisationBook, setup_lines
    from advocaat.app.settings import remember_language
    from advocaat.app.workspace import Workspace
    from advocaat.organisation.setup import Role

    role = Role(ROLES[arguments.role])
    with Workspace.open(options.paths) as workspace:
        saved = OrganisationBook(workspace).save_setup_named(
            arguments.organisation, arguments.municipality, role
        )
    changed = saved.changed
    if arguments.language is not None:
        changed = remember_language(options.paths.preferences_file, arguments.language) or changed
    print(_("Setup saved.") if changed else _("Nothing changed: the setup was already like this."))
    print("\n".join(setup_lines(arguments.organisation.strip(), role, saved.municipalities)))
    return 0
