"""Finds inputs that a screen reader could not name: no accessible name and no label buddy."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

INPUTS = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
)


def _inside_another_input(widget: QWidget, root: QWidget) -> bool:
    """Parts of a compound input (a combo box's list, a line edit's clear button) are its own."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, INPUTS):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_inputs(root: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    found = []
    for widget in root.findChildren(QWidget):
        qt_internal = widget.objectName().startswith("qt_")  # e.g. the menu bar's overflow button
        if qt_internal or isinstance(widget, QScrollBar) or _inside_another_input(widget, root):
            continue
        named = bool(widget.accessibleName()) or id(widget) in buddies
        if isinstance(widget, INPUTS) and not named:
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
        elif isinstance(widget, QAbstractButton) and not (named or widget.text()):
            found.append(f"{type(widget).__name__} {widget.objectName()!r} (button)")
    return found


MENU_KEYS = {"b", "g", "h"}
"""The main window's menus in Dutch (&Bestand, &Ga naar, &Help): a view must not take them."""


def clashing_mnemonics(root: QWidget) -> list[str]:
    """Alt-keys used twice in ``root`` (labels, buttons, tabs) or taken from the menu bar."""
    texts = [label.text() for label in root.findChildren(QLabel)]
    texts += [button.text() for button in root.findChildren(QAbstractButton)]
    for tabs in root.findChildren(QTabWidget):
        texts += [tabs.tabText(index) for index in range(tabs.count())]
    keys = [key.lower() for text in texts for key in re.findall(r"&(\w)", text)]
    return sorted({key for key in keys if keys.count(key) > 1 or key in MENU_KEYS})
