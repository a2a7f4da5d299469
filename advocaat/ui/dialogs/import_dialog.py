"""Import preview: what comes in, what looks like a contact already in the book, what is bad.

Nothing is written until the user presses Import; a file with bad records imports its good ones
only after the user has ticked that they agree. The import lands whole or not at all.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advocaat.contacts.exchange import ContactExchange
from advocaat.contacts.transfer import Action, ImportPreview, ImportSummary
from advocaat.errors import UserFacingError
from advocaat.i18n import _, ngettext
from advocaat.ui.widgets import paragraph


def _what_happens(action: Action, match_name: str, reason: str) -> str:
    if action is Action.ADD:
        return _("new")
    if action is Action.MERGE:
        return _("merge with {existing} ({reason})").format(existing=match_name, reason=reason)
    return _("skip: {reason}").format(reason=reason)


class ImportDialog(QDialog):
    def __init__(
        self, exchange: ContactExchange, preview: ImportPreview, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import-dialog")
        self.setWindowTitle(_("Import {file}").format(file=preview.file_name))
        self._exchange = exchange
        self._preview = preview
        self.summary: ImportSummary | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                ngettext(
                    "{count} contact in this file: {new} new, {matches} already in your contact"
                    " book (those are merged, nothing is lost).",
                    "{count} contacts in this file: {new} new, {matches} already in your contact"
                    " book (those are merged, nothing is lost).",
                    len(preview.candidates),
                ).format(
                    count=len(preview.candidates),
                    new=preview.new_count,
                    matches=preview.match_count,
                )
            )
        )
        self.table = QTableWidget(len(preview.candidates), 3)
        self.table.setAccessibleName(_("Contacts in the file"))
        self.table.setHorizontalHeaderLabels([_("Name"), _("Organisation"), _("What happens")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, candidate in enumerate(preview.candidates):
            happens = _what_happens(candidate.action, candidate.match_name, candidate.reason)
            if candidate.warning:
                happens = f"{happens}; {candidate.warning}"
            cells = (candidate.card.display_name(), candidate.card.organisation, happens)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        layout.addWidget(self.table, 1)

        self.agree = QCheckBox()
        if preview.problems:
            layout.addWidget(
                QLabel(
                    ngettext(
                        "{count} contact cannot be read:",
                        "{count} contacts cannot be read:",
                        len(preview.problems),
                    ).format(count=len(preview.problems))
                )
            )
            self.problems = QListWidget()
            self.problems.setAccessibleName(_("Contacts that cannot be read"))
            for problem in preview.problems:
                where = _("line {line}").format(line=problem.line) if problem.line else ""
                self.problems.addItem(f"{where}: {problem.message}" if where else problem.message)
            layout.addWidget(self.problems)
            self.agree.setText(_("Import the &good ones and skip these"))
            layout.addWidget(self.agree)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            _("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.agree.toggled.connect(self._update)
        self._update()
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 30)

    def _update(self) -> None:
        ready = bool(self._preview.candidates) and (
            not self._preview.problems or self.agree.isChecked()
        )
        self.import_button.setEnabled(ready)

    def accept(self) -> None:
        try:
            self.summary = self._exchange.apply(self._preview)
        except UserFacingError as error:
            self.error.setText(error.message)
            self.error.show()
            return
        super().accept()
