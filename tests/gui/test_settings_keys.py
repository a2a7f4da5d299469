"""Settings shows the volunteer's key id, the one the office sees, and replaces a lost key."""

from __future__ import annotations

import re
from pathlib import Path

from accessibility import unnamed_inputs
from pytestqt.qtbot import QtBot

from advocaat.organisation.setup import OrganisationSetup, Role
from advocaat.sync.export_reader import read_export
from advocaat.sync.office_keys import init_office, load_office
from advocaat.sync.profile import OrganisationProfile, write_profile
from advocaat.sync.volunteer import SIGNING_KEY_FILE
from advocaat.ui.controller import AppController
from advocaat.ui.views.settings import SettingsView

SECRET = "een lang genoeg wachtwoord"


def key_in_line(settings: SettingsView) -> str:
    (key,) = re.findall(r"\b[0-9A-F]{16}\b", settings.key_text.text())
    return key


def exported_key_id(controller: AppController, tmp_path: Path, keys_folder: Path) -> str:
    """The key id the office reads from the volunteer's next export file."""
    keys = load_office(keys_folder, SECRET)
    out = tmp_path / "usb"
    out.mkdir(exist_ok=True)
    written = controller.sync.export(out, full=True)
    return read_export(written.path.read_bytes(), keys.identity).sender.fingerprint


def test_the_key_id_in_settings_is_the_one_the_office_sees_and_a_new_key_replaces_it(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    folder = tmp_path / "office"
    init_office(folder, SECRET)
    keys = load_office(folder, SECRET)
    profile = OrganisationProfile(
        organisation="Vereniging Proef", office_name="Landelijk bureau",
        office_email="bureau@example.nl", office_phone="", recipient=keys.public.recipient,
        signing_key=keys.public.signing_key,
    )  # fmt: skip
    controller.sync.import_profile(write_profile(profile, keys))
    settings = SettingsView(controller)
    qtbot.addWidget(settings)
    shown = key_in_line(settings)
    assert len(shown) == 16
    assert shown == exported_key_id(controller, tmp_path, folder)

    settings.new_signing_key()
    new = key_in_line(settings)
    assert new != shown
    assert exported_key_id(controller, tmp_path, folder) == new
    kept = list(controller.paths.profile_dir.glob(SIGNING_KEY_FILE + ".replaced-*"))
    assert len(kept) == 1
    assert key_in_line(SettingsView(controller)) == new
    assert unnamed_inputs(settings) == []


def test_the_office_sees_no_volunteer_key_line(qtbot: QtBot, controller: AppController) -> None:
    controller.save_setup(OrganisationSetup("Landelijk Bureau Proef", (), Role.NATIONAL_OFFICE))
    settings = SettingsView(controller)
    qtbot.addWidget(settings)
    assert not hasattr(settings, "key_text")
