"""Small building blocks shared by the views, so they look and read alike."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QToolButton, QWidget

from advocaat.i18n import _


def heading(text: str, parent: QWidget | None = None, level: int = 1) -> QLabel:
    """A view or section title, sized relative to the user's font so 200% scaling still fits."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * (1.6 if level == 1 else 1.25))
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def fit_to_screen(widget: QWidget, wanted: QSize) -> None:
    """Resize to ``wanted``, but never beyond the screen (a 200% font makes everything larger)."""
    screen = widget.screen().availableGeometry().size()
    widget.resize(wanted.boundedTo(QSize(screen.width() * 9 // 10, screen.height() * 9 // 10)))


def paragraph(text: str, parent: QWidget | None = None) -> QLabel:
    """Running text that wraps, can be copied with the mouse, and is read out by screen readers."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(text)
    return label


def problem_label(parent: QWidget | None = None) -> QLabel:
    """Where a form says, in one sentence, why it could not save; hidden until then."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #a51d2d; font-weight: bold;")
    label.hide()
    return label


def buddy_label(text: str, field: QWidget) -> QLabel:
    """A label whose access key (``&``) moves to ``field``, which a screen reader names after it."""
    label = QLabel(text)
    label.setBuddy(field)
    field.setAccessibleName(text.replace("&", "").rstrip(":"))
    name_inner_parts(field)
    return label


def name_inner_parts(root: QWidget) -> None:
    """Name the parts a screen reader reaches on their own inside ``root``'s inputs: a combo box's
    list and text field (after the combo box, or its label) and a line edit's clear button."""
    labels = {id(label.buddy()): label.text() for label in root.findChildren(QLabel)}
    combos = root.findChildren(QComboBox)
    for combo in [root, *combos] if isinstance(root, QComboBox) else combos:
        name = combo.accessibleName() or labels.get(id(combo), "")
        name = name.replace("&", "").rstrip(":")
        combo.view().setAccessibleName(name)
        if (edit := combo.lineEdit()) is not None:
            edit.setAccessibleName(name)
    edits = root.findChildren(QLineEdit)
    for edit in [root, *edits] if isinstance(root, QLineEdit) else edits:
        for button in edit.findChildren(QToolButton):
            button.setAccessibleName(_("Clear"))
