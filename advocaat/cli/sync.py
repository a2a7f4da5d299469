"""`advocaat office …` and `advocaat profile import`: the office's keys and profile, headless.

Passphrases come from the environment variable ADVOCAAT_PASSPHRASE or --passphrase-file, never
from an argument (arguments are visible to every user of the computer).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from advocaat.app.workspace import Workspace
from advocaat.cli import office as cli_office
from advocaat.cli.passphrase import passphrase, passphrase_option
from advocaat.core.files import read_file_safely, write_file_safely
from advocaat.i18n import _
from advocaat.organisation.setup import load_setup
from advocaat.signals.service import DEFAULT_THEMES
from advocaat.sync.office_keys import (
    init_office,
    load_office,
    office_folder,
    unprotected_identity,
)
from advocaat.sync.profile import (
    MAX_PROFILE_BYTES,
    OrganisationProfile,
    ProfileError,
    import_profile,
    write_profile,
)
from advocaat.visits.template_store import all_templates

if TYPE_CHECKING:
    from advocaat.app.run_options import RunOptions


def add_parsers(commands: argparse._SubParsersAction) -> None:
    office = commands.add_parser(
        "office", help=_("the national office: keys, profile, import, senders and feedback")
    )
    actions = office.add_subparsers(dest="office_command", metavar=_("ACTION"), required=True)
    init = actions.add_parser("init", help=_("make the office's keys, once"))
    passphrase_option(init)
    init.set_defaults(handler=init_command)
    profile = actions.add_parser("profile", help=_("write the signed organisation profile"))
    profile.add_argument("--output", type=Path, required=True, metavar=_("FILE"))
    profile.add_argument("--office-email", default="", metavar=_("ADDRESS"))
    profile.add_argument("--office-phone", default="", metavar=_("NUMBER"))
    passphrase_option(profile)
    profile.set_defaults(handler=profile_command)
    identity = actions.add_parser(
        "export-identity",
        help=_("write the decryption identity UNPROTECTED, for the standard age tool"),
    )
    identity.add_argument("--output", type=Path, required=True, metavar=_("FILE"))
    passphrase_option(identity)
    identity.set_defaults(handler=identity_command)
    cli_office.add_office_actions(actions)
    volunteer = commands.add_parser("profile", help=_("the organisation profile from the office"))
    profile_actions = volunteer.add_subparsers(
        dest="profile_command", metavar=_("ACTION"), required=True
    )
    importing = profile_actions.add_parser("import", help=_("import a profile file"))
    importing.add_argument("file", type=Path, metavar=_("FILE"))
    importing.set_defaults(handler=import_command)
    cli_office.add_parsers(commands)


def init_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    public = init_office(office_folder(options.paths.profile_dir), passphrase(arguments))
    print(_("Office keys made."))
    print(_("Encryption key (age): {key}").format(key=public.recipient))
    print(_("Signing key (minisign): {key}").format(key=public.signing_key))
    return 0


def profile_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    keys = load_office(office_folder(options.paths.profile_dir), passphrase(arguments))
    with Workspace.open(options.paths) as workspace, workspace.session() as session:
        setup = load_setup(session)
        templates = tuple(all_templates(session))
    if setup is None:
        raise ProfileError(_("Set up Advocaat first: the profile carries the organisation's name."))
    profile = OrganisationProfile(
        organisation=setup.organisation,
        office_name=setup.organisation,
        office_email=arguments.office_email,
        office_phone=arguments.office_phone,
        recipient=keys.public.recipient,
        signing_key=keys.public.signing_key,
        themes=DEFAULT_THEMES,
        templates=templates,
    )
    write_file_safely(arguments.output, write_profile(profile, keys))
    print(_("Profile written to {file}.").format(file=arguments.output))
    return 0


def identity_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    data = unprotected_identity(office_folder(options.paths.profile_dir), passphrase(arguments))
    write_file_safely(arguments.output, data)
    print(
        _("Decryption identity written UNPROTECTED to {file}. Keep it safe.").format(
            file=arguments.output
        )
    )
    return 0


def import_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    data = read_file_safely(arguments.file, MAX_PROFILE_BYTES, _("The profile file is too large."))
    with Workspace.open(options.paths) as workspace, workspace.session() as session:
        profile = import_profile(session, data)
    print(_("Profile of {organisation} imported.").format(organisation=profile.organisation))
    return 0
