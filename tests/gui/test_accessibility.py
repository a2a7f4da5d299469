"""Every window and dialog, in both languages: unique Alt-keys, a name for every control, a
visible label for every input. New dialogs must be added to DIALOGS (a test enforces it)."""

from __future__ import annotations

import importlib
import pkgutil
import pprint
from collections.abc import Callable
from pathlib import Path

import pytest
from accessibility import clashing_menu_items, clashing_mnemonics, unnamed_inputs
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

import advocaat.ui
from advocaat.office.inbox import FileResult, Outcome
from advocaat.signals.privacy import find_personal_data
from advocaat.ui.controller import AppController
from advocaat.ui.dialogs.contact_dialogs import MomentDialog, OrganisationDialog, PersonDialog
from advocaat.ui.dialogs.duplicates_dialog import DuplicatesDialog
from advocaat.ui.dialogs.form_dialog import FormDialog
from advocaat.ui.dialogs.import_dialog import ImportDialog
from advocaat.ui.dialogs.import_summary import ImportSummaryDialog
from advocaat.ui.dialogs.password_dialog import PasswordDialog
from advocaat.ui.dialogs.setup_dialog import SetupDialog
from advocaat.ui.dialogs.template_dialogs import TemplateEditor, TemplatesDialog
from advocaat.ui.main_window import PARTS, MainWindow
from advocaat.ui.views.contacts import ContactsView
from advocaat.ui.views.signals import FindingsDialog
from advocaat.ui.views.visits import VisitsView
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


def view_of(window: MainWindow, kind: type[QWidget]) -> QWidget:
    found = window.findChild(kind)
    assert found is not None
    return found


def contacts_of(window: MainWindow) -> ContactsView:
    view = view_of(window, ContactsView)
    assert isinstance(view, ContactsView)
    view.table.selectRow(0)
    return view


def visits_of(window: MainWindow) -> VisitsView:
    view = view_of(window, VisitsView)
    assert isinstance(view, VisitsView)
    return view


def templates_editor(window: MainWindow) -> QDialog:
    book = visits_of(window).book
    return TemplateEditor(book, book.templates()[0], window)


def import_summary(window: MainWindow) -> QDialog:
    results = [
        FileResult("a.advocaat-export", Outcome.REFUSED, reason="fictief"),
        FileResult("b.advocaat-export", Outcome.IMPORTED),
    ]
    return ImportSummaryDialog(results, 2, window)


DIALOGS: dict[type[QDialog], Callable[[MainWindow, AppController], QDialog]] = {
    FormDialog: lambda window, _c: FormDialog("Formulier", window),
    SetupDialog: lambda window, controller: SetupDialog(controller, window),
    PasswordDialog: lambda window, _c: PasswordDialog("Wachtwoord", choosing=True, parent=window),
    PersonDialog: lambda window, _c: PersonDialog(
        contacts_of(window).book, contacts_of(window).municipalities, parent=window
    ),
    OrganisationDialog: lambda window, _c: OrganisationDialog(
        contacts_of(window).book, contacts_of(window).municipalities, parent=window
    ),
    MomentDialog: lambda window, _c: MomentDialog(
        contacts_of(window).book, contacts_of(window).current_ref(), "x", parent=window
    ),
    DuplicatesDialog: lambda window, _c: DuplicatesDialog(contacts_of(window).book, window),
    ImportDialog: lambda window, _c: contacts_of(window).import_path(CONTACTS / "mixed-bad.vcf"),
    ImportSummaryDialog: lambda window, _c: import_summary(window),
    TemplatesDialog: lambda window, _c: TemplatesDialog(visits_of(window).book, window),
    TemplateEditor: lambda window, _c: templates_editor(window),
    FindingsDialog: lambda window, _c: FindingsDialog(
        find_personal_data("Bel 06-12345678 of mail j@example.nl"), window
    ),
    _ProgressDialog: lambda window, _c: _ProgressDialog(window),
}


def dialog_classes() -> set[type[QDialog]]:
    """Every QDialog subclass defined under advocaat/ui."""
    for module in pkgutil.walk_packages(advocaat.ui.__path__, "advocaat.ui."):
        importlib.import_module(module.name)
    found: set[type[QDialog]] = set()
    todo = list(QDialog.__subclasses__())
    while todo:
        kind = todo.pop()
        todo += kind.__subclasses__()
        if kind.__module__.startswith("advocaat.ui"):
            found.add(kind)
    return found


def test_every_dialog_of_the_app_is_checked() -> None:
    assert dialog_classes() == set(DIALOGS)


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
    for kind, build in DIALOGS.items():
        dialog = build(window, controller)
        qtbot.addWidget(dialog)
        if problems := problems_of(dialog):
            found[kind.__name__] = problems
        dialog.close()
    assert_none(found)
