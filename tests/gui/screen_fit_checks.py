"""The checks that each run on a 1366×768 screen at one scale, in the process
test_fits_the_screen.py starts for that scale (see its docstring); never collected on their own.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from every_dialog import dialog_makers, missing_from
from office_kit import PASSPHRASE, Office, set_up_office
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from advocaat.i18n import _
from advocaat.paths import AppPaths
from advocaat.ui.controller import AppController
from advocaat.ui.main_window import PARTS, MainWindow
from advocaat.ui.views.contacts import ContactsView
from advocaat.ui.views.signals import SignalsView
from advocaat.ui.views.visits import VisitsView
from advocaat.ui.widgets import ACTION_ROW
from advocaat.ui.worker import _ProgressDialog

SCALE_ENV = "ADVOCAAT_SCREEN_SCALE"


# -- the check -------------------------------------------------------------------------------------

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractScrollArea,
    QAbstractSlider,
    QTabBar,
    QLabel,
)
COMPOUND = (QComboBox, QAbstractSpinBox, QTabBar)
"""Their parts (a spin box's text field, a tab bar's arrows) are checked as the whole."""


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _ancestors(widget: QWidget, window: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        yield parent
        parent = parent.parentWidget()


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else ""
    name = widget.objectName() or widget.accessibleName() or text.replace("&", "")[:40]
    return f"{type(widget).__name__} {name!r}"


def _is_action(widget: QWidget, window: QWidget) -> bool:
    """A button that finishes the form: a dialog's buttons, a form's action row, or any Save."""
    if not isinstance(widget, QAbstractButton):
        return False
    marked = any(
        isinstance(parent, QDialogButtonBox) or parent.objectName() == ACTION_ROW
        for parent in _ancestors(widget, window)
    )
    return marked or widget.text() == _("&Save")


def off_screen(window: QWidget) -> list[str]:
    """What of ``window`` a user cannot reach on its screen (see the module's docstring)."""
    screen = window.screen().availableGeometry()
    where = f"{window.objectName() or type(window).__name__} on {screen.width()}x{screen.height()}"
    problems = []
    if not screen.contains(window.frameGeometry()):
        problems.append(f"{where}: the window {window.frameGeometry()} is not on the screen")
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QScrollBar):
            continue
        if widget.objectName().startswith("qt_") or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel) and not widget.text():
            continue
        ancestors = list(_ancestors(widget, window))
        if any(isinstance(parent, COMPOUND) for parent in ancestors):
            continue
        areas = [parent for parent in ancestors if isinstance(parent, QAbstractScrollArea)]
        rect = _global_rect(widget)
        if _is_action(widget, window):
            clips = [screen, *(_global_rect(area.viewport()) for area in areas)]
            if not all(clip.contains(rect) for clip in clips):
                problems.append(f"{where}: {_name(widget)} at {rect} is out of sight")
        elif not areas and not screen.contains(rect):
            problems.append(f"{where}: {_name(widget)} at {rect} is off the screen")
    for area in window.findChildren(QScrollArea):  # fields and pages; not tables or lists
        if area.isVisibleTo(window) and area.horizontalScrollBar().maximum() > 0:
            wide = area.widget().minimumSizeHint().width() if area.widget() else 0
            problems.append(
                f"{where}: scrolls sideways ({wide} wide in {area.viewport().width()});"
                f" widest: {', '.join(_widest(area))}"
            )
    return problems


def _widest(area: QScrollArea) -> list[str]:
    """The controls that ask for the most width: what makes a form scroll sideways."""
    controls = [w for w in area.findChildren(QWidget) if isinstance(w, CONTROLS) and w.isVisible()]
    controls.sort(key=lambda w: -w.minimumSizeHint().width())
    return [f"{_name(w)} {w.minimumSizeHint().width()}" for w in controls[:3]]


def tabs_in_turn(window: QWidget) -> Iterator[str]:
    """Show each page of each tab widget in turn (the first page as it is)."""
    yield ""
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisibleTo(window):
            continue
        first = tabs.currentIndex()
        for index in range(tabs.count()):
            if index != first:
                tabs.setCurrentIndex(index)
                yield tabs.tabText(index)
        tabs.setCurrentIndex(first)


def check_window(qtbot: QtBot, window: QWidget, what: str) -> list[str]:
    problems = []
    for tab in tabs_in_turn(window):
        QApplication.processEvents()
        problems += [
            f"{what} {tab}: {problem}".replace("  ", " ") for problem in off_screen(window)
        ]
    return problems


def walk_parts(qtbot: QtBot, window: MainWindow, prepare: Callable[[str], None]) -> list[str]:
    problems = []
    for row, part in enumerate(PARTS):
        window.show_part(row)
        prepare(part.key)
        problems += check_window(qtbot, window, part.key)
    return problems


# -- the inner tests: run on the configured screen -------------------------------------------------


@pytest.fixture
def on_screen(app: QApplication) -> QApplication:
    """The screen really is the laptop's, at the scale asked for."""
    scale = float(os.environ[SCALE_ENV])
    size = app.primaryScreen().availableGeometry().size()
    assert (size.width(), size.height()) == (round(1366 / scale), round(768 / scale))
    return app


def open_window(qtbot: QtBot, controller: AppController) -> MainWindow:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def prepare_volunteer_part(window: MainWindow) -> Callable[[str], None]:
    """Fill each part as a volunteer sees it at work: a visit, a signal and a contact chosen."""

    def prepare(key: str) -> None:
        if key == "visits":
            window.findChild(VisitsView).list.setCurrentRow(1)
        if key == "signals":
            window.findChild(SignalsView).table.selectRow(0)
        if key == "contacts":
            window.findChild(ContactsView).table.selectRow(0)

    return prepare


def test_the_volunteers_views(
    qtbot: QtBot, on_screen: QApplication, demo_controller: AppController
) -> None:
    window = open_window(qtbot, demo_controller)
    problems = walk_parts(qtbot, window, prepare_volunteer_part(window))
    assert not problems, "\n".join(problems)


def test_the_first_window_uses_the_laptops_whole_screen_and_never_more(
    qtbot: QtBot, on_screen: QApplication, controller: AppController
) -> None:
    window = open_window(qtbot, controller)
    assert window.isMaximized()
    assert window.screen().availableGeometry().contains(window.frameGeometry())


def test_a_window_remembered_from_a_big_monitor_is_brought_inside_the_screen(
    qtbot: QtBot, on_screen: QApplication, controller: AppController
) -> None:
    window = open_window(qtbot, controller)
    window.showNormal()
    window.setGeometry(2000, 1500, 2560, 1400)
    window.close()  # remembers where it was
    again = open_window(qtbot, controller)
    assert not again.isMaximized()
    assert again.screen().availableGeometry().contains(again.frameGeometry())


def test_the_offices_views(
    qtbot: QtBot, on_screen: QApplication, tmp_path: Path, office: Office
) -> None:
    from conftest import make_controller  # the GUI tests' own helper

    paths = set_up_office(AppPaths(tmp_path / "office"))
    shutil.copytree(office.folder, paths.profile_dir / "office")
    workspace, controller = make_controller(paths, on_screen)
    controller.office.unlock(PASSPHRASE)
    try:
        window = open_window(qtbot, controller)
        problems = walk_parts(qtbot, window, lambda _key: None)
    finally:
        workspace.close()
    assert not problems, "\n".join(problems)


def test_every_dialog(
    qtbot: QtBot, on_screen: QApplication, demo_controller: AppController
) -> None:
    window = open_window(qtbot, demo_controller)
    makers = dialog_makers(demo_controller, window)
    assert missing_from(makers) == []
    problems = []
    for kind, make in ((kind, make) for kind, list_ in makers.items() for make in list_):
        dialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        problems += check_window(qtbot, dialog, kind.__name__)
        dialog.hide()  # as if sized and placed on a bigger monitor: it comes back inside
        dialog.resize(4000, 3000)
        dialog.move(3000, 2000)
        dialog.show()
        problems += check_window(qtbot, dialog, f"{kind.__name__} (was too big)")
        if isinstance(dialog, _ProgressDialog):
            dialog.working = False
        dialog.close()
        dialog.deleteLater()
    assert not problems, "\n".join(problems)
