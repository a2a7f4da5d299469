"""Settings → Backups, and the start that offers to restore a damaged database's newest backup."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from advocaat.app import backups
from advocaat.app.run_options import RunOptions
from advocaat.app.workspace import Workspace
from advocaat.core.preferences import read_backups_kept
from advocaat.db.models import Setting
from advocaat.paths import AppPaths
from advocaat.ui.app import run_gui
from advocaat.ui.controller import AppController
from advocaat.ui.dialogs.password_dialog import PasswordDialog
from advocaat.ui.views.backups import BackupsBox
from advocaat.ui.views.settings import SettingsView


def remember(workspace: Workspace, value: str) -> None:
    with workspace.session() as session:
        session.merge(Setting(key="k", value=value))


def remembered(workspace: Workspace) -> str | None:
    with workspace.session() as session:
        row = session.get(Setting, "k")
        return None if row is None else row.value


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def box(qtbot: QtBot, controller: AppController) -> BackupsBox:
    widget = BackupsBox(controller)
    qtbot.addWidget(widget)
    return widget


def test_settings_show_the_backups_box(qtbot: QtBot, controller: AppController) -> None:
    view = SettingsView(controller)
    qtbot.addWidget(view)
    assert isinstance(view.backups, BackupsBox)


def test_back_up_now_adds_a_row_with_what_it_holds(box: BackupsBox) -> None:
    assert box.table.topLevelItemCount() == 0
    assert not box.restore_button.isEnabled()
    box.back_up_now()
    assert box.table.topLevelItemCount() == 1
    item = box.table.topLevelItem(0)
    assert item.text(2).endswith("kB")
    assert "0" in item.text(3)  # counts of a fresh database
    box.table.setCurrentItem(item)
    assert box.restore_button.isEnabled()


def test_restore_asks_first_and_no_changes_nothing(
    box: BackupsBox, controller: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    remember(controller.workspace, '"oud"')
    box.back_up_now()
    remember(controller.workspace, '"nieuw"')
    box.table.setCurrentItem(box.table.topLevelItem(0))
    asked: list[str] = []

    def no(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    box._ask_restore()
    assert len(asked) == 1
    assert remembered(controller.workspace) == '"nieuw"'


def test_restore_puts_back_the_backup_and_keeps_the_current_state(
    box: BackupsBox, controller: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    remember(controller.workspace, '"oud"')
    box.back_up_now()
    remember(controller.workspace, '"nieuw"')
    name = backups.list_backups(controller.paths)[0].path.name
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    box.restore(name)
    assert len(told) == 1
    assert remembered(controller.workspace) == '"oud"'
    reasons = [info.reason.value for info in backups.list_backups(controller.paths) if info.reason]
    assert reasons == ["before-restore", "by-hand"]


def test_a_damaged_backup_is_refused_in_the_window(
    box: BackupsBox, controller: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    remember(controller.workspace, '"oud"')
    box.back_up_now()
    chosen = backups.list_backups(controller.paths)[0].path
    chosen.write_bytes(b"kapot" * 2000)
    problems: list[object] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: problems.append(args))
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: pytest.fail("not restored"))
    box.restore(chosen.name)
    assert len(problems) == 1
    assert remembered(controller.workspace) == '"oud"'


def _damaged_with_a_backup(paths: AppPaths) -> None:
    with Workspace.open(paths) as workspace:
        remember(workspace, '"goed"')
    backups.make_backup(paths)
    sqlite3.connect(paths.database).close()
    data = bytearray(paths.database.read_bytes())
    data[4096 + 16 : 4 * 4096] = b"\xa5" * (3 * 4096 - 16)
    paths.database.write_bytes(bytes(data))


@pytest.mark.parametrize("restore", [True, False])
def test_the_start_offers_to_restore_a_damaged_database(
    app: QApplication, paths: AppPaths, monkeypatch: pytest.MonkeyPatch, restore: bool
) -> None:
    _damaged_with_a_backup(paths)
    damaged = digest(paths.database)
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes if restore else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    code = run_gui(RunOptions(paths=paths, language="nl", quit_after=0.3))
    assert len(asked) == 1
    assert "advocaat restore" in asked[0]
    aside = list(paths.profile_dir.glob("advocaat.sqlite3.damaged-*"))
    if restore:
        assert code == 0
        assert [digest(path) for path in aside] == [damaged]
        with Workspace.open(paths) as workspace:
            assert remembered(workspace) == '"goed"'
    else:
        assert code == 1
        assert aside == []
        assert digest(paths.database) == damaged


def test_how_many_are_kept_is_remembered(box: BackupsBox, controller: AppController) -> None:
    assert box.kept.value() == 10
    box.kept.setValue(2)
    assert read_backups_kept(controller.paths.preferences_file) == 2
    for _time in range(3):
        box.back_up_now()
    assert box.table.topLevelItemCount() == 2


SECRET = "een lang genoeg wachtwoord"


@pytest.mark.usefixtures("english")
def test_the_password_is_chosen_twice_in_one_dialog(qtbot: QtBot) -> None:
    dialog = PasswordDialog("Meenemen", choosing=True)
    qtbot.addWidget(dialog)
    assert dialog.again.isVisibleTo(dialog)
    for first, second, refusal in (
        ("", "", "Type the password."),
        ("kort", "kort", "at least 8 characters"),
        (SECRET, SECRET + "!", "differ"),
    ):
        dialog.password.setText(first)
        dialog.again.setText(second)
        dialog.accept()
        assert refusal in dialog.problem.text()
        assert dialog.result() != PasswordDialog.DialogCode.Accepted
    dialog.again.setText(SECRET)
    dialog.accept()
    assert dialog.result() == PasswordDialog.DialogCode.Accepted


def test_opening_asks_the_password_once(qtbot: QtBot) -> None:
    dialog = PasswordDialog("Terugzetten", choosing=False)
    qtbot.addWidget(dialog)
    assert not dialog.again.isVisibleTo(dialog)
    dialog.password.setText("x")
    dialog.accept()
    assert dialog.result() == PasswordDialog.DialogCode.Accepted


def test_take_to_another_computer_and_back(
    box: BackupsBox, controller: AppController, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    carried = tmp_path / "meenemen.advocaat-backup"
    remember(controller.workspace, '"oud"')
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(carried), ""))
    monkeypatch.setattr("advocaat.ui.views.backups.ask_password", lambda *_a, **_k: SECRET)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    box._ask_portable()
    assert backups.is_portable_backup(controller.paths, str(carried))
    assert str(carried) in told[0]

    remember(controller.workspace, '"nieuw"')
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(carried), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    box._ask_restore_file()
    assert len(told) == 2
    assert remembered(controller.workspace) == '"oud"'
    reasons = [info.reason.value for info in backups.list_backups(controller.paths) if info.reason]
    assert reasons == ["before-restore"]


def test_a_wrong_password_changes_nothing_in_the_window(
    box: BackupsBox, controller: AppController, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    carried = tmp_path / "meenemen.advocaat-backup"
    remember(controller.workspace, '"oud"')
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: None)
    box.write_portable(carried, SECRET)
    remember(controller.workspace, '"nieuw"')
    problems: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: problems.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: pytest.fail("not restored"))
    box.restore_file(str(carried), "een ander wachtwoord")
    assert problems == ["Het wachtwoord klopt niet."]
    assert remembered(controller.workspace) == '"nieuw"'


def test_a_plain_backup_file_is_restored_from_a_file_too(
    box: BackupsBox, controller: AppController, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    remember(controller.workspace, '"oud"')
    plain = backups.make_backup(controller.paths, tmp_path / "gewoon.sqlite3")
    remember(controller.workspace, '"nieuw"')
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(plain), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(
        "advocaat.ui.views.backups.ask_password", lambda *_a, **_k: pytest.fail("no password")
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: None)
    box._ask_restore_file()
    assert remembered(controller.workspace) == '"oud"'
