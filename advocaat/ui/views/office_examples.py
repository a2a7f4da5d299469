"""The good examples tab of the national picture: what volunteers achieved locally, and the
selection the next organisation profile shares with every volunteer (without who sent it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advocaat.app.examples import OfficeExampleBook
from advocaat.examples.strategies import strategy_label
from advocaat.i18n import _, format_date
from advocaat.office.examples import ReceivedLine
from advocaat.ui.feedback import problems_shown
from advocaat.ui.widgets import FlowLayout, paragraph

LINE_ROLE = Qt.ItemDataRole.UserRole + 1


class ExamplesTab(QWidget):
    def __init__(self, book: OfficeExampleBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("office-examples-tab")
        self.book = book
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                _(
                    "Put the examples other volunteers can learn from in the selection: the next"
                    " organisation profile you write shares them, without who sent them."
                )
            )
        )
        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(_("Good examples"))
        self.table.setHorizontalHeaderLabels(
            [_("In the selection"), _("Date"), _("Municipality"), _("Strategy"), _("Title"),
             _("Sender")]
        )  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_current)
        layout.addWidget(self.table, 1)
        self.story = QPlainTextEdit()
        self.story.setReadOnly(True)
        self.story.setAccessibleName(_("Story"))
        self.story.setMaximumHeight(self.story.fontMetrics().height() * 6)
        layout.addWidget(self.story)
        buttons = FlowLayout()  # wraps at 200 %
        self.select_button = QPushButton(_("Put in the selection"))
        self.select_button.clicked.connect(self.toggle_current)
        buttons.addWidget(self.select_button)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        lines = self.book.received()
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            example = line.example
            cells = [
                _("yes") if line.selected else "",
                format_date(example.happened_on),
                example.municipality_name,
                strategy_label(example.strategy),
                example.title,
                line.sender,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(LINE_ROLE, line)
                self.table.setItem(row, column, item)
            if line.id == select_id:
                self.table.selectRow(row)
        self._show_current()

    def current(self) -> ReceivedLine | None:
        items = self.table.selectedItems()
        line = items[0].data(LINE_ROLE) if items else None
        return line if isinstance(line, ReceivedLine) else None

    def _show_current(self) -> None:
        line = self.current()
        self.story.setPlainText(line.example.story if line else "")
        self.select_button.setEnabled(line is not None)
        self.select_button.setText(
            _("Take out of the selection")
            if line is not None and line.selected
            else _("Put in the selection")
        )

    def toggle_current(self) -> None:
        line = self.current()
        if line is None:
            return
        with problems_shown(self):
            changed = self.book.select(line.id, not line.selected)
            self.refresh(changed.id)
