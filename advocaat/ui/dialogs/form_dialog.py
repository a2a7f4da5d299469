"""A dialog with a form that saves through a service and shows a refusal inside the dialog."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from advocaat.errors import UserFacingError
from advocaat.i18n import _
from advocaat.ui.dialogs.screen_dialog import ScreenDialog
from advocaat.ui.widgets import problem_label, scrolling


class FormDialog(ScreenDialog):
    """Subclasses fill :attr:`form` and implement :meth:`save`; Save keeps the dialog open on a
    refusal and shows the sentence above the buttons, so nothing typed is lost. The form
    scrolls on a small screen; the sentence and the buttons below it stay in sight."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addWidget(scrolling(self.form), 1)
        self.problem = problem_label()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        raise NotImplementedError

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setAccessibleName(message)
        self.problem.show()

    def accept(self) -> None:
        try:
            self.save()
        except UserFacingError as error:
            self.show_problem(error.message)
            return
        super().accept()


def choice_combo(
    items: list[tuple[str, object]], current: object, none_label: str = ""
) -> QComboBox:
    """A combo box of (label, value) items; with ``none_label`` it starts with an empty choice."""
    combo = QComboBox()
    if none_label:
        combo.addItem(none_label, None)
    for label, value in items:
        combo.addItem(label, value)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    return combo


def no_choice() -> str:
    return _("(none)")


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    """The day of a date field, typed (PySide6 types ``QDate.toPython`` as any object)."""
    return date(value.year(), value.month(), value.day())


def from_qdatetime(value: QDateTime) -> datetime:
    """The moment of a date-and-time field, to the minute."""
    day, time = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
