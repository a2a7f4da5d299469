"""Qt's own dialogs speak the app's language: the file dialog used under Linux, message boxes and
dialog buttons."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from advocaat.i18n import DEFAULT_LANGUAGE, set_language
from advocaat.ui.qt_language import QtLanguage

QT_ENGLISH = {
    *("&Look in:", "Files of &type:", "File &name:", "&Open", "&Save", "&Choose", "Directory:"),
    *("Back", "Forward", "Parent Directory", "Create New Folder", "List View", "Detail View"),
    *("Name", "Size", "Date Modified", "All Files (*)", "Open", "Save", "Cancel", "Close"),
    *("Discard", "&Yes", "&No", "Yes", "No", "Apply", "Save As", "Find Directory"),
}
"""What Qt's dialogs say in English (Qt's source texts). Other GUI tests leave Qt's Dutch installed,
so an English run of the same dialog is no reference: the texts are listed."""


def texts_of(widget: QWidget) -> set[str]:
    """Every text a user reads or hears: labels, buttons and their tips, lists, column titles."""
    texts = {label.text() for label in widget.findChildren(QLabel)}
    for button in widget.findChildren(QAbstractButton):
        texts |= {button.text(), button.toolTip(), button.accessibleName()}
    for combo in widget.findChildren(QComboBox):
        texts |= {combo.itemText(index) for index in range(combo.count())}
    for tree in widget.findChildren(QTreeView):
        model = tree.model()
        header = Qt.Orientation.Horizontal
        texts |= {str(model.headerData(column, header)) for column in range(model.columnCount())}
    return {text for text in texts if text and any(char.isalpha() for char in text)}


def file_dialog(mode: QFileDialog.AcceptMode) -> QWidget:
    dialog = QFileDialog(None, "Advocaat")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(mode)
    dialog.setDirectory("/")
    return dialog


def message_box() -> QWidget:
    buttons = QMessageBox.StandardButton
    every = buttons.Yes | buttons.No | buttons.Ok | buttons.Cancel | buttons.Save | buttons.Close
    return QMessageBox(QMessageBox.Icon.Question, "Advocaat", "?", every | buttons.Discard)


def button_box() -> QWidget:
    buttons = QDialogButtonBox.StandardButton
    return QDialogButtonBox(buttons.Save | buttons.Cancel | buttons.Ok | buttons.Close)


Maker = Callable[[], QWidget]
QT_DIALOGS: dict[str, Maker] = {
    "open file": lambda: file_dialog(QFileDialog.AcceptMode.AcceptOpen),
    "save file": lambda: file_dialog(QFileDialog.AcceptMode.AcceptSave),
    "message box": message_box,
    "dialog buttons": button_box,
}


@pytest.fixture
def qt_language(app: QApplication) -> Iterator[QtLanguage]:
    """Qt's translators for the test, taken out again after it."""
    language = QtLanguage(app)
    yield language
    set_language(DEFAULT_LANGUAGE)
    language.apply()


def texts_in(language: str, qt_language: QtLanguage, qtbot: QtBot, make: Maker) -> set[str]:
    set_language(language)
    qt_language.apply()
    widget = make()
    qtbot.addWidget(widget)
    widget.show()
    QApplication.processEvents()
    return texts_of(widget)


@pytest.mark.parametrize("name", QT_DIALOGS)
def test_qt_dialogs_leave_no_english_in_dutch(
    qtbot: QtBot, qt_language: QtLanguage, name: str
) -> None:
    dutch = texts_in("nl", qt_language, qtbot, QT_DIALOGS[name])
    assert len(dutch) >= 3, "the dialog shows texts to check"
    assert dutch & QT_ENGLISH == set()


def test_the_file_dialog_names_its_fields_in_dutch(qtbot: QtBot, qt_language: QtLanguage) -> None:
    dutch = texts_in("nl", qt_language, qtbot, QT_DIALOGS["open file"])
    assert {"&Zoeken in:", "Bestands&type:", "Bestands&naam:"} <= dutch
