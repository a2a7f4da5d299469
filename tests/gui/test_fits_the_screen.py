"""Every view and dialog fits a 1366×768 laptop screen at 100 %, 150 % and 200 % scale.

How the screen is made: Qt's offscreen platform reads its screens from a JSON file
(``QT_QPA_PLATFORM=offscreen:configfile=screen-1366x768.json``), and ``QT_SCALE_FACTOR`` (read
once, before the QApplication exists) scales it as a low-vision user's setting does: 1366×768
device pixels at 200 % are 683×384 logical pixels. So each scale runs in its own process: the
outer test starts pytest on this file once per scale, and the inner tests (skipped unless
``ADVOCAAT_SCREEN_SCALE`` is set) open every view and dialog on that screen.

A visible control fails when it lies outside the screen and not inside a scroll area; a control
inside a scroll area counts when the scroll area itself is on screen. Action buttons (the
Save/Print/Cancel row of a form, a dialog's button box) must be in sight: on screen and inside the
visible part of every scroll area around them, so nobody has to scroll to finish a form.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from office_kit import PASSPHRASE, Office, set_up_office
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

import advocaat.ui
from advocaat.contacts.kinds import ContactType
from advocaat.contacts.search import ContactFilter
from advocaat.i18n import _
from advocaat.office.inbox import FileResult, Outcome
from advocaat.paths import AppPaths
from advocaat.signals.privacy import find_personal_data
from advocaat.ui.controller import AppController
from advocaat.ui.dialogs.contact_dialogs import MomentDialog, OrganisationDialog, PersonDialog
from advocaat.ui.dialogs.duplicates_dialog import DuplicatesDialog
from advocaat.ui.dialogs.form_dialog import FormDialog
from advocaat.ui.dialogs.import_dialog import ImportDialog
from advocaat.ui.dialogs.import_summary import ImportSummaryDialog
from advocaat.ui.dialogs.password_dialog import PasswordDialog
from advocaat.ui.dialogs.screen_dialog import ScreenDialog
from advocaat.ui.dialogs.setup_dialog import SetupDialog
from advocaat.ui.dialogs.template_dialogs import TemplateEditor, TemplatesDialog
from advocaat.ui.main_window import PARTS, MainWindow
from advocaat.ui.views.contacts import ContactsView
from advocaat.ui.views.signals import FindingsDialog, SignalsView
from advocaat.ui.views.visits import VisitsView
from advocaat.ui.widgets import ACTION_ROW
from advocaat.ui.worker import _ProgressDialog

SCALES = ("1", "1.5", "2")
SCALE_ENV = "ADVOCAAT_SCREEN_SCALE"
SCREEN = Path(__file__).with_name("screen-1366x768.json")
CONTACTS = Path(__file__).parents[1] / "data" / "contacts" / "outlook-nl.csv"

inner = pytest.mark.skipif(
    SCALE_ENV not in os.environ, reason="runs in the process the outer test starts per scale"
)


@pytest.mark.slow
@pytest.mark.skipif(SCALE_ENV in os.environ, reason="the process this test starts runs the rest")
@pytest.mark.parametrize("scale", SCALES)
def test_every_view_and_dialog_fits_1366x768(scale: str) -> None:
    environment = os.environ | {
        SCALE_ENV: scale,
        "QT_SCALE_FACTOR": scale,
        "QT_QPA_PLATFORM": f"offscreen:configfile={SCREEN}",
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:xdist",
            __file__,
        ],
        env=environment,
        capture_output=True,
        check=False,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]


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
    return problems


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


@inner
def test_the_volunteers_views(
    qtbot: QtBot, on_screen: QApplication, demo_controller: AppController
) -> None:
    window = open_window(qtbot, demo_controller)
    problems = walk_parts(qtbot, window, prepare_volunteer_part(window))
    assert not problems, "\n".join(problems)


@inner
def test_the_first_window_uses_the_laptops_whole_screen_and_never_more(
    qtbot: QtBot, on_screen: QApplication, controller: AppController
) -> None:
    window = open_window(qtbot, controller)
    assert window.isMaximized()
    assert window.screen().availableGeometry().contains(window.frameGeometry())


@inner
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


@inner
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


def dialogs_of_the_app() -> set[type[QDialog]]:
    """Every QDialog subclass the app defines (Qt's own message and file dialogs are not)."""
    for module in pkgutil.walk_packages(advocaat.ui.__path__, "advocaat.ui."):
        importlib.import_module(module.name)
    found: set[type[QDialog]] = set()
    todo = list(QDialog.__subclasses__())
    while todo:
        kind = todo.pop()
        todo += kind.__subclasses__()
        if kind.__module__.startswith("advocaat.ui."):
            found.add(kind)
    return found


BASES: set[type[QDialog]] = {ScreenDialog, FormDialog}
"""Never opened themselves: every subclass is."""


def dialog_makers(
    controller: AppController, window: MainWindow
) -> dict[type[QDialog], list[Callable[[], QDialog]]]:
    contacts = controller.contacts
    municipalities = controller.municipality_choices()
    refs = [row.ref for row in contacts.page(ContactFilter())]
    person = next(ref for ref in refs if ref.type == ContactType.PERSON)
    organisation = next(ref for ref in refs if ref.type == ContactType.ORGANISATION)
    template = controller.visits.templates()[0]
    results = [
        FileResult("afdeling-noord.advocaat", Outcome.IMPORTED, "Afdeling Noord", new=12),
        FileResult("oud.advocaat", Outcome.REFUSED, reason="Dit bestand is niet te lezen. " * 4),
    ]
    return {
        SetupDialog: [lambda: SetupDialog(controller, window)],
        PersonDialog: [
            lambda: PersonDialog(contacts, municipalities, parent=window),
            lambda: PersonDialog(contacts, municipalities, person.id, parent=window),
        ],
        OrganisationDialog: [
            lambda: OrganisationDialog(contacts, municipalities, parent=window),
            lambda: OrganisationDialog(contacts, municipalities, organisation.id, parent=window),
        ],
        MomentDialog: [lambda: MomentDialog(contacts, person, "Marieke", parent=window)],
        DuplicatesDialog: [lambda: DuplicatesDialog(contacts, window)],
        ImportDialog: [
            lambda: ImportDialog(
                controller.exchange,
                controller.exchange.preview(CONTACTS.name, CONTACTS.read_bytes()),
                window,
            )
        ],
        ImportSummaryDialog: [lambda: ImportSummaryDialog(results, 3, window)],
        PasswordDialog: [
            lambda: PasswordDialog("Meenemen", choosing=True, parent=window),
            lambda: PasswordDialog("Terugzetten", choosing=False, parent=window),
        ],
        TemplatesDialog: [lambda: TemplatesDialog(controller.visits, window)],
        TemplateEditor: [lambda: TemplateEditor(controller.visits, template, window)],
        FindingsDialog: [
            lambda: FindingsDialog(
                find_personal_data("Bel 06-12345678 of mail j@example.nl, BSN 111222333"), window
            )
        ],
        _ProgressDialog: [lambda: _ProgressDialog(window)],
    }


@inner
def test_every_dialog(
    qtbot: QtBot, on_screen: QApplication, demo_controller: AppController
) -> None:
    window = open_window(qtbot, demo_controller)
    makers = dialog_makers(demo_controller, window)
    missing = dialogs_of_the_app() - BASES - set(makers)
    assert not missing, f"add these dialogs to the test: {sorted(k.__name__ for k in missing)}"
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
