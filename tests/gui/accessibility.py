"""Finds inputs that a screen reader could not name: no accessible name and no label buddy."""

from __future__ import annotations

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
