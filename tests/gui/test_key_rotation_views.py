"""Key rotation in the window: the office renews its keys in its Settings box, and a volunteer's
profile import follows the new key silently, or explains an unknown one and takes it only when
told the number was checked with the office."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from accessibility import clashing_mnemonics
from office_kit import PASSPHRASE, Office, keys_in_memory, set_up_office
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from advocaat.paths import AppPaths
from advocaat.sync import office_keys
from advocaat.sync.endorsement import endorse
from advocaat.sync.office_keys import OfficeError, OfficeKeys, load_office
from advocaat.sync.profile import OrganisationProfile, read_profile, write_profile
from advocaat.sync.signed_zip import key_id
from advocaat.ui import profile_import
from advocaat.ui.controller import AppController
from advocaat.ui.dialogs.setup_dialog import SetupDialog
from advocaat.ui.views.office_keys import OfficeKeysBox
from advocaat.ui.views.settings import SettingsView


@pytest.fixture
def office_controller(tmp_path: Path, office: Office, app: QApplication) -> Iterator[AppController]:
    from conftest import make_controller  # the GUI tests' own helper

    paths = set_up_office(AppPaths(tmp_path / "office"))
    shutil.copytree(office.folder, paths.profile_dir / "office")
    workspace, controller = make_controller(paths, app)
    yield controller
    workspace.close()


def test_the_office_renews_its_keys_and_writes_the_profile_that_takes_volunteers_along(
    qtbot: QtBot, office_controller: AppController, office: Office, tmp_path: Path
) -> None:
    box = OfficeKeysBox(office_controller)
    qtbot.addWidget(box)
    assert box.rotate_button.isVisibleTo(box)
    assert clashing_mnemonics(box) == []
    written = tmp_path / "nieuw.advocaat-profiel"
    with pytest.raises(OfficeError):
        box.rotate_keys(written, "niet het wachtwoord")
    assert not written.exists()
    assert box.recipient_field.text() == office.keys.public.recipient

    box.rotate_keys(written, PASSPHRASE)
    renewed = load_office(box.folder, PASSPHRASE)
    assert box.recipient_field.text() == renewed.public.recipient
    assert box.signing_field.text() == renewed.public.signing_key
    assert key_id(renewed.public.signing_key) in box.state.text()
    profile = read_profile(written.read_bytes())
    assert (profile.recipient, profile.signing_key) == (
        renewed.public.recipient,
        renewed.public.signing_key,
    )
    assert len(profile.endorsements) == 1
    assert [str(old) for old in renewed.retired] == [str(office.keys.identity)]
    assert len(office_keys.retired_folders(box.folder)) == 1


def test_an_office_that_lost_its_password_makes_new_keys_and_is_told_the_id_to_give(
    qtbot: QtBot, office_controller: AppController, office: Office, tmp_path: Path
) -> None:
    box = OfficeKeysBox(office_controller)
    qtbot.addWidget(box)
    assert box.lost_button.isVisibleTo(box)
    written = tmp_path / "nieuw.advocaat-profiel"
    new_id = box.replace_lost_keys(written, "een heel nieuw wachtwoord")
    renewed = load_office(box.folder, "een heel nieuw wachtwoord")
    assert new_id == key_id(renewed.public.signing_key)
    assert box.recipient_field.text() == renewed.public.recipient
    assert renewed.retired == ()  # the old ones cannot be opened: kept aside, not loaded
    profile = read_profile(written.read_bytes())
    assert (profile.signing_key, profile.endorsements) == (renewed.public.signing_key, ())
    (lost,) = (box.folder / office_keys.LOST).iterdir()
    assert (lost / office_keys.IDENTITY_FILE).read_bytes() == (
        office.folder / office_keys.IDENTITY_FILE
    ).read_bytes()


def rotated(keys: OfficeKeys) -> OfficeKeys:
    new = keys_in_memory()
    step = endorse(
        keys.signing, keys.public.signing_key, new.public.signing_key, new.public.recipient
    )
    return replace(new, endorsements=(step,))


def profile_path(keys: OfficeKeys, folder: Path, name: str) -> Path:
    profile = OrganisationProfile(
        organisation=name, office_name="Landelijk bureau", office_email="bureau@example.nl",
        office_phone="", recipient=keys.public.recipient, signing_key=keys.public.signing_key,
    )  # fmt: skip
    path = folder / f"{name}.advocaat-profiel"
    path.write_bytes(write_profile(profile, keys))
    return path


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The key ids the volunteer is asked about; the answer is the test's."""
    questions: list[str] = []
    answers = iter([False, True])

    def answer(_parent: object, key: str) -> bool:
        questions.append(key)
        return next(answers)

    monkeypatch.setattr(profile_import, "trusts_new_key", answer)
    return questions


@pytest.mark.parametrize("where", ["settings", "first-run setup"])
def test_a_volunteer_follows_a_rotation_silently_and_is_asked_about_an_unknown_key(
    qtbot: QtBot, controller: AppController, tmp_path: Path, asked: list[str], where: str
) -> None:
    first = keys_in_memory()
    second = rotated(first)
    stranger = keys_in_memory()
    if where == "settings":
        widget = SettingsView(controller)
        shown = widget.profile_text.text
    else:
        widget = SetupDialog(controller)
        shown = widget.profile_state.text
    qtbot.addWidget(widget)

    widget.import_profile(profile_path(first, tmp_path, "Eerste"))
    widget.import_profile(profile_path(second, tmp_path, "Tweede"))
    assert asked == []  # the endorsed key is followed without a question
    assert controller.sync.profile().signing_key == second.public.signing_key  # type: ignore[union-attr]
    assert "Tweede" in shown()

    unknown = profile_path(stranger, tmp_path, "Vreemd")
    widget.import_profile(unknown)  # not trusted: nothing changes
    assert asked == [key_id(stranger.public.signing_key)]
    assert controller.sync.profile().signing_key == second.public.signing_key  # type: ignore[union-attr]
    assert "Vreemd" not in shown()
    widget.import_profile(unknown)  # "I checked the number with the office"
    assert controller.sync.profile().signing_key == stranger.public.signing_key  # type: ignore[union-attr]
    assert "Vreemd" in shown()


@pytest.mark.parametrize("checked", [True, False], ids=["checked", "cancelled"])
def test_the_question_shows_the_key_id_and_cancel_is_the_default(
    qtbot: QtBot, controller: AppController, checked: bool
) -> None:
    seen: dict[str, object] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert box.objectName() == "new-office-key-question"
        seen["text"] = box.text()
        seen["default is cancel"] = box.defaultButton() is box.button(
            QMessageBox.StandardButton.Cancel
        )
        (trust,) = [
            b for b in box.buttons() if b is not box.button(QMessageBox.StandardButton.Cancel)
        ]
        seen["button"] = trust.text()
        (trust if checked else box.button(QMessageBox.StandardButton.Cancel)).click()

    QTimer.singleShot(0, answer)
    assert profile_import.trusts_new_key(None, "0123456789ABCDEF") is checked  # type: ignore[arg-type]
    assert "0123456789ABCDEF" in str(seen["text"])
    assert seen["default is cancel"] is True
    assert seen["button"]
