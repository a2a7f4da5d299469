"""Rows that wrap on a narrow window (a laptop at 200 %) make room for their lines: no control is
drawn over another, in the views whose filters and buttons wrap."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from advocaat.ui.controller import AppController
from advocaat.ui.main_window import PARTS, MainWindow
from advocaat.ui.views.contacts import ContactsView
from advocaat.ui.views.signals import SignalsView

CONTROLS = (QAbstractButton, QComboBox, QLineEdit)


def overlapping(view: QWidget) -> list[str]:
    shown = [
        widget
        for widget in view.findChildren(QWidget)
        if isinstance(widget, CONTROLS)
        and widget.isVisibleTo(view)
        and not isinstance(widget.parentWidget(), CONTROLS)  # a combo box's own line edit
        and not widget.objectName().startswith("qt_")
    ]

    def rect(widget: QWidget) -> QRect:
        """The part of ``widget`` on screen: a scroll area shows only what is in its viewport."""
        seen = QRect(widget.mapTo(view, widget.rect().topLeft()), widget.size())
        parent = widget.parentWidget()
        while parent is not None and parent is not view:
            area = parent.parentWidget()
            if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
                seen &= QRect(parent.mapTo(view, parent.rect().topLeft()), parent.size())
            parent = area
        return seen

    return [
        f"{first.objectName() or first.accessibleName()} / {second.accessibleName()}"
        for first, second in itertools.combinations(shown, 2)
        if not (rect(first) & rect(second)).isEmpty()
    ]


@pytest.mark.parametrize("size", [(683, 384), (911, 512), (1366, 768)])
def test_wrapped_filters_and_buttons_never_overlap(
    qtbot: QtBot, demo_controller: AppController, size: tuple[int, int]
) -> None:
    """In the window at the logical size of a 1366×768 screen at 200 %, 150 % and 100 %."""
    window = MainWindow(demo_controller)
    qtbot.addWidget(window)
    window.showNormal()
    window.resize(*size)
    for kind in (ContactsView, SignalsView):
        window.show_part([part.key for part in PARTS].index(kind.__name__[:-4].lower()))
        for _ in range(10):
            QApplication.processEvents()
        view = window.findChild(kind)
        assert view is not None
        assert overlapping(view) == [], kind.__name__
