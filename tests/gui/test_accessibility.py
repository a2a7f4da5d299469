"""Every window and dialog, in both languages: unique Alt-keys, a name for every control, a
visible label for every input. The dialogs are every_dialog's (a test enforces it is whole)."""

from __future__ import annotations

import pprint
from pathlib import Path

import pytest
from accessibility import clashing_menu_items, clashing_mnemonics, unnamed_inputs
from every_dialog import dialog_makers, missing_from
from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from advocaat.ui.controller import AppController
from advocaat.ui.main_window import PARTS, MainWindow
from advocaat.ui.worker import _ProgressDialog

LANGUAGES = ["nl", "en"]
CONTACTS = Path(__file__).parents[1] / "data" / "contacts"


def problems_of(root: QWidget) -> list[str]:
    """Clashing keys and unnamed controls in ``root``, tab by tab."""
    found = clashing_mnemonics(root) + unnamed_inputs(root)
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        shown = tabs.currentIndex()
        for index in set(range(tabs.count())) - {shown}:
            tabs.setCurrentIndex(index)
            found += [f"tab {index}: {problem}" for problem in clashing_mnemonics(root)]
        tabs.setCurrentIndex(shown)
    return found


def open_window(qtbot: QtBot, controller: AppController, language: str) -> MainWindow:
    controller.change_language(language)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def assert_none(found: dict[str, list[str]]) -> None:
    """Fail with the whole list, one problem a line (pytest would cut a long diff short)."""
    if found:
        pytest.fail(pprint.pformat(found, width=100))


def window_problems(window: MainWindow) -> dict[str, list[str]]:
    found = {"menus": clashing_menu_items(window)}
    for row, part in enumerate(PARTS):
        window.show_part(row)
        found[part.key] = problems_of(window)
    return {where: problems for where, problems in found.items() if problems}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_volunteer_window_has_unique_keys_and_named_controls(
    qtbot: QtBot, demo_controller: AppController, language: str
) -> None:
    assert_none(window_problems(open_window(qtbot, demo_controller, language)))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_office_window_has_unique_keys_and_named_controls(
    qtbot: QtBot, office_controller: AppController, language: str
) -> None:
    assert_none(window_problems(open_window(qtbot, office_controller, language)))


def test_every_dialog_of_the_app_is_checked(demo_controller: AppController, qtbot: QtBot) -> None:
    window = open_window(qtbot, demo_controller, "nl")
    assert missing_from(dialog_makers(demo_controller, window)) == []


@pytest.fixture(params=LANGUAGES)
def demo_window(
    request: pytest.FixtureRequest, qtbot: QtBot, demo_controller: AppController
) -> tuple[MainWindow, AppController]:
    return open_window(qtbot, demo_controller, request.param), demo_controller


def test_every_dialog_has_unique_keys_and_named_controls(
    qtbot: QtBot, demo_window: tuple[MainWindow, AppController]
) -> None:
    window, controller = demo_window
    found = {}
    for kind, makers in dialog_makers(controller, window).items():
        for number, make in enumerate(makers):
            dialog = make()
            qtbot.addWidget(dialog)
            if problems := problems_of(dialog):
                found[f"{kind.__name__} {number}"] = problems
            if isinstance(dialog, _ProgressDialog):
                dialog.working = False
            dialog.close()
    assert_none(found)
