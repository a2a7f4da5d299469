"""Settings → Backups, and the start that offers to restore a damaged database's newest backup."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from advocaat.app import backups
from advocaat.app.run_options import RunOptions
from advocaat.app.workspace import Workspace
from advocaat.core.preferences import read_backups_kept
from advocaat.db.models import Setting
from advocaat.paths import AppPaths
from advocaat.ui.app import run_gui
from advocaat.ui.controller import AppController
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
