"""Fixtures for GUI tests: a real workspace, controller and main window in a temporary folder."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from office_kit import PASSPHRASE, Office, set_up_office
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from advocaat.app.run_options import RunOptions
from advocaat.app.workspace import Workspace
from advocaat.paths import AppPaths
from advocaat.ui.app import application
from advocaat.ui.controller import AppController
from advocaat.ui.main_window import MainWindow
from advocaat.ui.qt_language import QtLanguage


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    return application()


def make_controller(paths: AppPaths, app: QApplication) -> tuple[Workspace, AppController]:
    workspace = Workspace.open(paths)
    language = QtLanguage(app)
    language.apply()
    options = RunOptions(paths=paths, language="nl")
    return workspace, AppController(workspace, options, language)


@pytest.fixture
def controller(paths: AppPaths, app: QApplication) -> Iterator[AppController]:
    workspace, controller = make_controller(paths, app)
    yield controller
    workspace.close()


@pytest.fixture
def demo_controller(demo_paths: AppPaths, app: QApplication) -> Iterator[AppController]:
    workspace, controller = make_controller(demo_paths, app)
    yield controller
    workspace.close()


@pytest.fixture
def office_controller(tmp_path: Path, office: Office, app: QApplication) -> Iterator[AppController]:
    """The national office's role, its keys unlocked."""
    paths = set_up_office(AppPaths(tmp_path / "office"))
    shutil.copytree(office.folder, paths.profile_dir / "office")
    workspace, controller = make_controller(paths, app)
    controller.office.unlock(PASSPHRASE)
    yield controller
    workspace.close()


@pytest.fixture
def window(qtbot: QtBot, controller: AppController) -> MainWindow:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
