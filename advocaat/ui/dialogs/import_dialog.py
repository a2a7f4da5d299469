"""Import preview: what comes in, what is the same contact as one in the book, what is skipped.

Nothing is written until the user presses Import. Each record is judged on its own: the ones that
cannot be used are listed with their place in the file and the reason, and the others come in.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advocaat.app.contact_exchange import ContactExchange
from advocaat.contacts.transfer import Action, ImportPreview, ImportSummary
from advocaat.core.progress import CancelledError
from advocaat.errors import UserFacingError
from advocaat.i18n import _, ngettext
from advocaat.ui.dialogs.screen_dialog import ScreenDialog
from advocaat.ui.widgets import paragraph
from advocaat.ui.worker import Worker


def _what_happens(action: Action, match_name: str, reason: str) -> str:
    if action is Action.ADD:
        return _("new")
    return _("merge with {existing} ({reason})").format(existing=match_name, reason=reason)


class ImportDialog(ScreenDialog):
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
            happens = "; ".join(
                text for text in (happens, candidate.similar, candidate.warning) if text
            )
            cells = (candidate.card.display_name(), candidate.card.organisation, happens)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long remark is cut off in the cell, never lost
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 3)

        self.problems = QListWidget()
        self.problems.setAccessibleName(_("Contacts that are skipped"))
        for problem in preview.problems:
            self.problems.addItem(f"{problem.place()}: {problem.message}")
        if preview.problems:
            layout.addWidget(
                QLabel(
                    ngettext(
                        "{count} contact cannot be read and is skipped; the others come in:",
                        "{count} contacts cannot be read and are skipped; the others come in:",
                        len(preview.problems),
                    ).format(count=len(preview.problems))
                )
            )
            layout.addWidget(self.problems, 1)
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
        self.import_button.setEnabled(bool(preview.candidates))
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 30)

    def accept(self) -> None:
        """Import behind a progress dialog; after Stop nothing has landed and the preview stays."""
        text = _("Importing {file}…").format(file=self._preview.file_name)
        try:
            self.summary = Worker(self, _("Importing"), text).run(
                partial(self._exchange.apply, self._preview)
            )
        except CancelledError:
            return
        except UserFacingError as error:
            self.error.setText(error.message)
            self.error.show()
            return
        super().accept()
