"""The organisation profile is one use case: Settings and `advocaat office profile` write the same
profile, and refuse the same way when there is no organisation to name."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from conftest import make_controller
from long_work import Gate
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from advocaat.cli import main
from advocaat.cli.passphrase import PASSPHRASE_ENV
from advocaat.paths import AppPaths
from advocaat.sync.profile import OrganisationProfile, ProfileError, read_profile
from advocaat.ui.views.office_keys import OfficeKeysBox

PASSPHRASE = "een lang genoeg wachtwoord"


@pytest.fixture
def office_keys(paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    assert main(["--data-dir", str(paths.root), "office", "init"]) == 0


def command_profile(paths: AppPaths, output: Path) -> int:
    return main(["--data-dir", str(paths.root), "office", "profile", "--output", str(output)])


def window_profile(paths: AppPaths, app: QApplication, qtbot: QtBot, output: Path) -> None:
    workspace, controller = make_controller(paths, app)
    try:
        box = OfficeKeysBox(controller)
        qtbot.addWidget(box)
        box.write_profile_file(output, PASSPHRASE)
    finally:
        workspace.close()


@pytest.mark.usefixtures("office_keys")
def test_settings_and_the_command_write_the_same_profile(
    paths: AppPaths, app: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    setup = ["setup", "--organisation", "Landelijk Bureau Proef", "--role", "office"]
    assert main(["--data-dir", str(paths.root), *setup, "--municipality", "Zwolle"]) == 0
    from_command, from_window = tmp_path / "command.profiel", tmp_path / "window.profiel"
    assert command_profile(paths, from_command) == 0
    window_profile(paths, app, qtbot, from_window)

    profiles = [read_profile(file.read_bytes()) for file in (from_command, from_window)]
    assert all(profile.created_at for profile in profiles)
    fields = [f.name for f in dataclasses.fields(OrganisationProfile) if f.name != "created_at"]
    command, window = ({name: getattr(p, name) for name in fields} for p in profiles)
    assert command == window
    assert command["organisation"] == command["office_name"] == "Landelijk Bureau Proef"
    assert command["themes"]
    assert command["templates"]


@pytest.mark.usefixtures("office_keys")
def test_without_a_setup_both_refuse_in_the_same_sentence(
    paths: AppPaths,
    app: QApplication,
    qtbot: QtBot,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    capsys.readouterr()
    assert command_profile(paths, tmp_path / "command.profiel") == 1
    told = capsys.readouterr().err
    with pytest.raises(ProfileError) as refused:
        window_profile(paths, app, qtbot, tmp_path / "window.profiel")
    assert refused.value.message in told
    assert list(tmp_path.glob("*.profiel")) == []


def test_every_key_action_of_settings_runs_off_the_gui_thread(
    paths: AppPaths,
    app: QApplication,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Making, unlocking and protecting the keys runs scrypt: the window keeps drawing."""
    assert main(["--data-dir", str(paths.root), "setup", "--organisation", "Bureau Proef",
                 "--role", "office"]) == 0  # fmt: skip
    workspace, controller = make_controller(paths, app)
    try:
        box = OfficeKeysBox(controller)
        qtbot.addWidget(box)
        gate = Gate(monkeypatch)
        box.make_keys(PASSPHRASE)
        box.write_profile_file(tmp_path / "profiel", PASSPHRASE)
        box.change_passphrase(PASSPHRASE, "een nieuw lang wachtwoord")
        box.write_identity(tmp_path / "identity.txt", "een nieuw lang wachtwoord")
    finally:
        workspace.close()
    assert len(gate.threads) == 4
    assert gate.ran_off_the_gui_thread()
    assert read_profile((tmp_path / "profiel").read_bytes()).organisation == "Bureau Proef"
    assert "\nAGE-SECRET-KEY-" in (tmp_path / "identity.txt").read_text(encoding="ascii")
