"""The senders tab of the national picture: who sends, with which key, accepted or not; and the
feedback file per sender."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advocaat.app.office import OfficeBook, SenderLine
from advocaat.i18n import _, format_date, format_number, ngettext
from advocaat.ui.feedback import problems_shown
from advocaat.ui.widgets import FlowLayout, paragraph

LINE_ROLE = Qt.ItemDataRole.UserRole + 1


def _accepted(line: SenderLine) -> str:
    if line.pending_key_id:
        return _("new key {key} waiting").format(key=line.pending_key_id)
    return _("yes") if line.accepted else _("NOT YET")


class SendersTab(QWidget):
    senders_changed = Signal()

    def __init__(
        self, book: OfficeBook, unlocked: Callable[[], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("senders-tab")
        self.book = book
        self._unlocked = unlocked
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                _(
                    "Accept a new sender only after checking the key id with the volunteer, for"
                    " example by phone. The feedback file holds your status and comment on each"
                    " signal of that sender that you answered."
                )
            )
        )
        self.table = QTableWidget(0, 7)
        self.table.setAccessibleName(_("Senders"))
        self.table.setHorizontalHeaderLabels(
            [_("Sender"), _("Key id"), _("Accepted"), _("Municipalities"), _("Signals"),
             _("Files"), _("First seen")]
        )  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        buttons = FlowLayout()  # wraps at 200 %
        self.accept_button = QPushButton(_("A&ccept sender"))
        self.accept_button.clicked.connect(self.accept_current)
        self.feedback_button = QPushButton(_("&Write feedback file…"))
        self.feedback_button.clicked.connect(self.choose_feedback_folder)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.feedback_button)
        layout.addLayout(buttons)
        self.status = paragraph("")
        layout.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        self.table.setRowCount(0)
        for row, line in enumerate(self.book.senders()):
            self.table.insertRow(row)
            cells = (line.name, line.key_id, _accepted(line),
                     line.municipalities, format_number(line.signals), format_number(line.files),
                     format_date(line.first_seen.date()))  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(LINE_ROLE, line)
                self.table.setItem(row, column, item)
        self._update_buttons()

    def current(self) -> SenderLine | None:
        rows = self.table.selectionModel().selectedRows()
        first = self.table.item(rows[0].row(), 0) if rows else None
        return first.data(LINE_ROLE) if first else None

    def _update_buttons(self) -> None:
        line = self.current()
        self.accept_button.setEnabled(
            line is not None and (not line.accepted or bool(line.pending_key_id))
        )
        self.feedback_button.setEnabled(line is not None and line.accepted)

    def accept_current(self) -> None:
        line = self.current()
        if line is None:
            return
        with problems_shown(self):
            if line.pending_key_id:  # the volunteer's new key, checked with them by phone
                self.book.accept_named(line.pending_key_id)
            else:
                self.book.accept(line.id)
            self.status.setText(
                _("{name} is accepted; import their files again.").format(name=line.name)
            )
        self.refresh()
        self.senders_changed.emit()

    def choose_feedback_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _("Where should the feedback file go?"))
        if folder:
            self.write_feedback(Path(folder))

    def write_feedback(self, folder: Path) -> None:
        line = self.current()
        if line is None or not self._unlocked():
            return
        with problems_shown(self):
            path, count = self.book.write_feedback(line.id, folder)
            self.status.setText(
                ngettext(
                    "Feedback on {count} signal written for {name} to {file}.",
                    "Feedback on {count} signals written for {name} to {file}.",
                    count,
                ).format(count=count, name=line.name, file=path)
            )
