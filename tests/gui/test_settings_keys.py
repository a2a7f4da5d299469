"""Settings shows the volunteer's key id, the one the office sees, and replaces a lost key."""

from __future__ import annotations

import re
from pathlib import Path

from accessibility import unnamed_inputs
from office_kit import Office
from pytestqt.qtbot import QtBot

from advocaat.organisation.setup import OrganisationSetup, Role
from advocaat.sync.export_reader import read_export
from advocaat.sync.volunteer import SIGNING_KEY_FILE
from advocaat.ui.controller import AppController
from advocaat.ui.views.settings import SettingsView


def key_in_line(settings: SettingsView) -> str:
    (key,) = re.findall(r"\b[0-9A-F]{16}\b", settings.key_text.text())
    return key


def exported_key_id(controller: AppController, tmp_path: Path, office: Office) -> str:
    """The key id the office reads from the volunteer's next export file."""
    out = tmp_path / "usb"
    out.mkdir(exist_ok=True)
    written = controller.sync.export(out, full=True)
    return read_export(written.path.read_bytes(), office.keys.identities).sender.fingerprint


def test_the_key_id_in_settings_is_the_one_the_office_sees_and_a_new_key_replaces_it(
    qtbot: QtBot, controller: AppController, tmp_path: Path, office: Office
) -> None:
    controller.sync.import_profile(office.profile)
    settings = SettingsView(controller)
    qtbot.addWidget(settings)
    shown = key_in_line(settings)
    assert len(shown) == 16
    assert shown == exported_key_id(controller, tmp_path, office)

    settings.new_signing_key()
    new = key_in_line(settings)
    assert new != shown
    assert exported_key_id(controller, tmp_path, office) == new
    kept = list(controller.paths.profile_dir.glob(SIGNING_KEY_FILE + ".replaced-*"))
    assert len(kept) == 1
    assert key_in_line(SettingsView(controller)) == new
    assert unnamed_inputs(settings) == []


def test_the_office_sees_no_volunteer_key_line(qtbot: QtBot, controller: AppController) -> None:
    controller.save_setup(OrganisationSetup("Landelijk Bureau Proef", (), Role.NATIONAL_OFFICE))
    settings = SettingsView(controller)
    qtbot.addWidget(settings)
    assert not hasattr(settings, "key_text")
