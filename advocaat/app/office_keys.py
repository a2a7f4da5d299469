"""The national office's keys and the organisation profile they sign, for the GUI and the CLI.

The keys live in the profile's folder, protected by a passphrase; every call that needs the
secret keys takes the passphrase, opens them, and forgets them again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from advocaat.app.workspace import Workspace
from advocaat.core.files import write_file_safely
from advocaat.examples.service import SharedExample
from advocaat.i18n import _
from advocaat.office.examples import selection
from advocaat.organisation.municipalities import MunicipalityList, list_in_use
from advocaat.organisation.setup import OrganisationSetup, load_setup
from advocaat.questionnaires.questionnaire import Questionnaire
from advocaat.questionnaires.store import stored_questionnaires
from advocaat.signals.service import DEFAULT_THEMES
from advocaat.sync import office_keys
from advocaat.sync.office_keys import OfficeKeys, OfficePublic
from advocaat.sync.profile import OrganisationProfile, ProfileError, write_profile
from advocaat.visits.template_store import all_templates
from advocaat.visits.templates import ChecklistTemplate


class OfficeKeysBook:
    def __init__(self, profile_dir: Path) -> None:
        self.folder = office_keys.office_folder(profile_dir)

    def make(self, passphrase: str) -> OfficePublic:
        """Make the keys, once; a second time is refused in one sentence."""
        return office_keys.init_office(self.folder, passphrase)

    def public(self) -> OfficePublic:
        """The public keys; an OfficeError when there are none yet."""
        return office_keys.office_public(self.folder)

    def change_passphrase(self, old: str, new: str) -> None:
        office_keys.change_passphrase(self.folder, old, new)

    def write_backup(self, path: Path) -> None:
        write_file_safely(path, office_keys.backup_keys(self.folder))

    def write_identity(self, path: Path, passphrase: str) -> None:
        """The decryption identity unprotected, for the standard age tool."""
        write_file_safely(path, office_keys.unprotected_identity(self.folder, passphrase))

    def write_profile(
        self,
        workspace: Workspace,
        path: Path,
        passphrase: str,
        *,
        office_email: str = "",
        office_phone: str = "",
    ) -> OrganisationProfile:
        """Write the signed organisation profile: the organisation's name from the setup (a
        profile without it is refused by every volunteer's import), the default themes, every
        checklist template, questionnaire and selected good example, and the office's
        municipality list."""
        keys = office_keys.load_office(self.folder, passphrase)
        contents = _contents(workspace)
        return _write_profile(path, keys, contents, office_email, office_phone)

    def rotate(
        self,
        workspace: Workspace,
        path: Path,
        passphrase: str,
        *,
        office_email: str = "",
        office_phone: str = "",
    ) -> OfficePublic:
        """New keys under the same passphrase (the old ones kept, so older export files still
        open), and in the same step the profile that takes the volunteers along: signed by the
        new key, endorsed by the old.

        The profile of the keys in use is written first: an output that cannot be written is
        refused before a key changes, and a rotation that fails leaves a profile that is good."""
        old = office_keys.load_office(self.folder, passphrase)
        contents = _contents(workspace)
        _write_profile(path, old, contents, office_email, office_phone)
        keys = office_keys.rotate_keys(self.folder, old, passphrase, date.today())
        _write_profile(path, keys, contents, office_email, office_phone)
        return keys.public

    def replace_lost(
        self,
        workspace: Workspace,
        path: Path,
        new_passphrase: str,
        *,
        office_email: str = "",
        office_phone: str = "",
    ) -> OfficePublic:
        """New keys without the lost passphrase, and the profile for them; the old keys are
        kept aside. Volunteers check the new key id by phone before they trust it."""
        contents = _contents(workspace)
        keys = office_keys.replace_lost_keys(self.folder, new_passphrase, date.today())
        _write_profile(path, keys, contents, office_email, office_phone)
        return keys.public


@dataclass(frozen=True)
class _Contents:
    """What the office's database puts in its profile."""

    setup: OrganisationSetup
    templates: tuple[ChecklistTemplate, ...]
    municipalities: MunicipalityList | None
    """The office's own list in use, so that every volunteer follows the office's."""
    questionnaires: tuple[Questionnaire, ...]
    examples: tuple[SharedExample, ...]
    """The good examples the office selected."""


def _contents(workspace: Workspace) -> _Contents:
    with workspace.session() as session:
        setup = load_setup(session)
        templates = tuple(all_templates(session))
        municipalities = list_in_use(session)
        questionnaires = tuple(stored_questionnaires(session))
        examples = selection(session)
    if setup is None:
        raise ProfileError(_("Set up Advocaat first: the profile carries the organisation's name."))
    return _Contents(setup, templates, municipalities, questionnaires, examples)


def _write_profile(
    path: Path,
    keys: OfficeKeys,
    contents: _Contents,
    office_email: str,
    office_phone: str,
) -> OrganisationProfile:
    setup = contents.setup
    profile = OrganisationProfile(
        organisation=setup.organisation,
        office_name=setup.organisation,
        office_email=office_email,
        office_phone=office_phone,
        recipient=keys.public.recipient,
        signing_key=keys.public.signing_key,
        themes=DEFAULT_THEMES,
        templates=contents.templates,
        municipalities=contents.municipalities,
        questionnaires=contents.questionnaires,
        examples=contents.examples,
    )
    write_file_safely(path, write_profile(profile, keys))
    return profile
