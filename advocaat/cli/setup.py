"""`advocaat setup`: the first-run setup without the window, for a server or a script.

It checks what the window checks (both save through
:func:`advocaat.organisation.setup.save_setup`) and is idempotent: the same arguments a second
time change nothing and say so.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from advocaat.app.workspace import Workspace, storage_errors_explained
from advocaat.core.preferences import read_language_preference, write_language_preference
from advocaat.i18n import LANGUAGES, _, set_language
from advocaat.organisation.municipalities import resolve_municipality
from advocaat.organisation.setup import OrganisationSetup, Role, save_setup

if TYPE_CHECKING:
    from advocaat.app.run_options import RunOptions

ROLES = {"volunteer": Role.VOLUNTEER, "office": Role.NATIONAL_OFFICE}


def add_parsers(commands: argparse._SubParsersAction) -> None:
    setup = commands.add_parser(
        "setup",
        help=_("set up the organisation, role and municipalities, as the first-run window does"),
    )
    setup.add_argument("--organisation", required=True, metavar=_("NAME"))
    setup.add_argument("--role", required=True, choices=list(ROLES))
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


def _language_changed(options: RunOptions, language: str | None) -> bool:
    """Remember the chosen language, as the window does; ``False`` when it was already so."""
    preferences = options.paths.preferences_file
    if language is None or language == read_language_preference(preferences):
        return False
    with storage_errors_explained(preferences):
        write_language_preference(preferences, language)
    set_language(language)
    return True


def setup_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    role = ROLES[arguments.role]
    with Workspace.open(options.paths) as workspace, workspace.session() as session:
        chosen = [resolve_municipality(session, name) for name in arguments.municipality]
        codes = tuple(municipality.cbs_code for municipality in chosen)
        changed = save_setup(session, OrganisationSetup(arguments.organisation, codes, role))
    changed = _language_changed(options, arguments.language) or changed
    names = dict.fromkeys(municipality.name for municipality in chosen)
    print(_("Setup saved.") if changed else _("Nothing changed: the setup was already like this."))
    print(_("Organisation: {name}").format(name=arguments.organisation.strip()))
    print(_("Role: {role}").format(role=role.label))
    print(_("Municipalities: {names}").format(names=", ".join(names) or "-"))
    return 0
