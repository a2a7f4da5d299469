"""Possible duplicates: the user picks a pair and which of the two to keep; nothing is lost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advocaat.app.contacts import ContactBook
from advocaat.contacts.duplicates import DuplicatePair
from advocaat.i18n import _
from advocaat.ui.dialogs.screen_dialog import ScreenDialog
from advocaat.ui.feedback import problems_shown
from advocaat.ui.widgets import paragraph

PAIR_ROLE = Qt.ItemDataRole.UserRole + 1


class DuplicatesDialog(ScreenDialog):
    def __init__(self, book: ContactBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicates-dialog")
        self.setWindowTitle(_("Possible duplicates"))
        self._book = book
        self.merged = 0
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                _(
                    "These contacts look alike. Choose a pair and which one to keep: the other's"
                    " contact moments, jobs, phone numbers, e-mail addresses and notes move to it."
                )
            )
        )
        self.pairs = QListWidget()
        self.pairs.setAccessibleName(_("Possible duplicates"))
        self.pairs.setWordWrap(True)
        layout.addWidget(self.pairs, 1)
        row = QHBoxLayout()
        self.keep_first = QPushButton(_("Merge, keep the &first"))
        self.keep_first.clicked.connect(lambda: self.merge_current(keep_first=True))
        self.keep_second = QPushButton(_("Merge, keep the &second"))
        self.keep_second.clicked.connect(lambda: self.merge_current(keep_first=False))
        row.addWidget(self.keep_first)
        row.addWidget(self.keep_second)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.pairs.currentRowChanged.connect(self._update_buttons)
        self.refresh()
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 25)

    def refresh(self) -> None:
        self.pairs.clear()
        with problems_shown(self):
            for pair in self._book.duplicates():
                item = QListWidgetItem(
                    _("{first}  ↔  {second}  ({reason})").format(
                        first=pair.first_name, second=pair.second_name, reason=pair.reason
                    )
                )
                item.setData(PAIR_ROLE, pair)
                self.pairs.addItem(item)
        if self.pairs.count() == 0:
            self.pairs.addItem(_("No possible duplicates found."))
        self._update_buttons()

    def _current(self) -> DuplicatePair | None:
        item = self.pairs.currentItem()
        return item.data(PAIR_ROLE) if item else None

    def _update_buttons(self) -> None:
        chosen = self._current() is not None
        self.keep_first.setEnabled(chosen)
        self.keep_second.setEnabled(chosen)

    def merge_current(self, *, keep_first: bool) -> None:
        pair = self._current()
        if pair is None:
            return
        keep, other = (pair.first, pair.second) if keep_first else (pair.second, pair.first)
        with problems_shown(self):
            self._book.merge(keep, other)
            self.merged += 1
        self.refresh()
