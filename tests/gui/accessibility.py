"""What a keyboard or screen-reader user meets: unnamed controls, inputs without a label, Alt-keys
used twice in one window."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
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
LABELLED = (QComboBox,)
"""Inputs that need a visible label with a buddy: Qt on Linux names a combo box after its value,
ignores its accessible name and tells the screen reader its label only through the buddy."""
COMPOUND = (QComboBox, QLineEdit)
"""Inputs whose inner parts a screen reader reaches on their own: a combo box's list and text
field, a line edit's clear button."""


def _owner(widget: QWidget, root: QWidget) -> QWidget | None:
    """The input that ``widget`` is an inner part of, if any."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, INPUTS):
            return parent
        parent = parent.parentWidget()
    return None


def _buddy_labels(root: QWidget) -> dict[int, list[QLabel]]:
    labels: dict[int, list[QLabel]] = {}
    for label in root.findChildren(QLabel):
        if label.buddy() is not None:
            labels.setdefault(id(label.buddy()), []).append(label)
    return labels


def unnamed_inputs(root: QWidget) -> list[str]:
    """Controls without a name, inputs without a visible buddy label, unnamed inner parts."""
    labels = _buddy_labels(root)
    found = []
    for widget in root.findChildren(QWidget):
        qt_internal = widget.objectName().startswith("qt_")  # e.g. the menu bar's overflow button
        if qt_internal or isinstance(widget, QScrollBar):
            continue
        what = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}"
        owner = _owner(widget, root)
        if owner is not None:
            part = isinstance(owner, COMPOUND) and isinstance(widget, (*INPUTS, QAbstractButton))
            if part and not widget.accessibleName():
                found.append(f"{what} (inner part of {type(owner).__name__})")
            continue
        buddies = labels.get(id(widget), [])
        if isinstance(widget, LABELLED):
            shown = not widget.isVisibleTo(root) or any(b.isVisibleTo(root) for b in buddies)
            if not (buddies and shown):
                found.append(f"{what} (no label)")
        elif isinstance(widget, INPUTS) and not (widget.accessibleName() or buddies):
            found.append(what)
        elif isinstance(widget, QAbstractButton) and not (widget.accessibleName() or widget.text()):
            found.append(f"{what} (button)")
    return found


def access_key(text: str) -> str | None:
    """The Alt-key of a text: the letter after a single ``&`` (``&&`` is an ampersand)."""
    found = re.search(r"&(.)", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _active(widget: QWidget, root: QWidget) -> bool:
    """A hidden widget (another part, another tab, a row of the other role) takes no key."""
    return widget is root or widget.isVisibleTo(root)


def key_texts(root: QWidget) -> list[str]:
    """The texts whose Alt-keys act in ``root`` now: its menu bar, buttons, labels with a buddy,
    tabs and group boxes, as far as they are shown."""
    texts = []
    if isinstance(root, QMainWindow):
        texts += [action.text() for action in root.menuBar().actions()]
    for label in root.findChildren(QLabel):
        if label.buddy() is not None and _active(label, root):
            texts.append(label.text())
    for button in root.findChildren(QAbstractButton):
        if _active(button, root):
            texts.append(button.text())
    for tabs in root.findChildren(QTabBar):
        if _active(tabs, root):
            texts += [tabs.tabText(index) for index in range(tabs.count())]
    for box in root.findChildren(QGroupBox):
        if _active(box, root):
            texts.append(box.title())
    return texts


def clashes(texts: list[str]) -> list[str]:
    """The texts that share their Alt-key with another."""
    keys = Counter(key for text in texts if (key := access_key(text)))
    return sorted(text for text in texts if keys[access_key(text) or ""] > 1)


def clashing_mnemonics(root: QWidget) -> list[str]:
    """Texts in ``root`` (with its menu bar) whose Alt-key another text uses too."""
    return clashes(key_texts(root))


def clashing_menu_items(window: QMainWindow) -> list[str]:
    """Items of one menu that share their key."""
    found = []
    for menu in window.menuBar().findChildren(QMenu):
        found += clashes([action.text() for action in menu.actions()])
    return found
