"""Portable mode in the window: Settings says the data folder is the portable one, and Qt's own
settings (the file dialog's last folder) stay in it instead of the user's profile."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import make_controller
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from advocaat.i18n import set_language
from advocaat.paths import AppPaths
from advocaat.ui.app import keep_qt_settings_in
from advocaat.ui.views.settings import SettingsView


@pytest.mark.parametrize("portable", [False, True])
def test_settings_says_whether_the_data_folder_is_portable(
    qtbot: QtBot, app: QApplication, tmp_path: Path, portable: bool
) -> None:
    set_language("en")  # the Dutch ("draagbaar") comes with the merged catalog
    paths = AppPaths(tmp_path / "data", portable=portable)
    workspace, controller = make_controller(paths, app)
    try:
        settings = SettingsView(controller)
        qtbot.addWidget(settings)
        labels = {label.text() for label in settings.findChildren(QLabel)}
    finally:
        workspace.close()
    suffix = " (portable)" if portable else ""
    assert f"Data folder: {paths.root}{suffix}" in labels


@pytest.fixture
def qt_settings_restored() -> Iterator[None]:
    """The settings paths are global to the process: the next test gets Qt's own back."""
    scope = QSettings.Scope.UserScope
    formats = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
    before = {f: QSettings(f, scope, "probe").fileName().rsplit("/", 1)[0] for f in formats}
    default = QSettings.defaultFormat()
    yield
    for settings_format, folder in before.items():
        QSettings.setPath(settings_format, scope, folder)
    QSettings.setDefaultFormat(default)


@pytest.mark.usefixtures("qt_settings_restored")
def test_qt_keeps_its_own_settings_in_the_portable_folder(
    app: QApplication, tmp_path: Path
) -> None:
    paths = AppPaths(tmp_path / "data", portable=True)
    keep_qt_settings_in(paths.qt_settings_dir)
    dialog = QFileDialog(None, "", str(tmp_path))
    dialog.deleteLater()
    del dialog  # Qt saves the dialog's last folder when it goes
    app.processEvents()
    for settings in (QSettings(QSettings.Scope.UserScope, "QtProject"), QSettings()):
        assert Path(settings.fileName()).is_relative_to(paths.qt_settings_dir)
