"""After an import: what became of each file, refusals first and said plainly.

A refusal's reason is long (a key id, what to do next); it is read whole below the table, where
it wraps at the dialog's width, rather than cut off in a narrow table cell.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from advocaat.i18n import _, format_number, ngettext
from advocaat.office.inbox import FileResult, Outcome, summarise
from advocaat.ui.dialogs.screen_dialog import ScreenDialog
from advocaat.ui.widgets import fit_to_screen, heading, paragraph


def _result_text(result: FileResult) -> str:
    if result.outcome is Outcome.REFUSED:
        return _("Refused; the reason is below.")
    if result.outcome is Outcome.ALREADY:
        return _("Imported before; nothing changed.")
    return _("Imported.")


class ImportSummaryDialog(ScreenDialog):
    def __init__(self, results: list[FileResult], total: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("import-summary")
        self.setWindowTitle(_("Import summary"))
        summary = summarise(results, total)
        layout = QVBoxLayout(self)
        self.headline = heading(
            ngettext("{count} file read", "{count} files read", len(results)).format(
                count=len(results)
            )
            + " · "
            + ngettext("{count} file refused", "{count} files refused", summary.refused).format(
                count=summary.refused
            ),
            level=2,
        )
        layout.addWidget(self.headline)
        if summary.not_read:
            layout.addWidget(
                paragraph(
                    ngettext(
                        "Stopped: {count} file was not read; import it again later.",
                        "Stopped: {count} files were not read; import them again later.",
                        summary.not_read,
                    ).format(count=summary.not_read)
                )
            )
        if summary.alarms:
            warning = paragraph(
                ngettext(
                    "Warning: {count} file came with a sender's name but another key. Call the"
                    " volunteer before you trust anything from it.",
                    "Warning: {count} files came with a sender's name but another key. Call the"
                    " volunteer before you trust anything from them.",
                    summary.alarms,
                ).format(count=summary.alarms)
            )
            warning.setStyleSheet("color: #a51d2d; font-weight: bold;")
            layout.addWidget(warning)
        self.table = QTableWidget(len(summary.results), 6)
        self.table.setAccessibleName(_("What became of each file"))
        self.table.setHorizontalHeaderLabels(
            [_("File"), _("Sender"), _("New"), _("Updated"), _("Unchanged"), _("Result")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for row, result in enumerate(summary.results):
            cells = (result.name, result.sender, format_number(result.new),
                     format_number(result.updated), format_number(result.unchanged),
                     _result_text(result))  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if result.outcome is Outcome.REFUSED:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                    if column == 0:
                        item.setIcon(warning_icon)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.reasons = self._reasons(summary.results)
        self.reasons.setVisible(summary.refused > 0)
        layout.addWidget(self.reasons, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, self.sizeHint().expandedTo(self.fontMetrics().size(0, "M" * 90) * 1))

    def _reasons(self, results: list[FileResult]) -> QTextBrowser:
        """Each refused file with its whole reason, wrapped (a long key id too) and selectable."""
        reasons = QTextBrowser()
        reasons.setAccessibleName(_("Why files were refused"))
        reasons.setOpenLinks(False)
        reasons.setHtml(
            "".join(
                f"<p><b>{escape(result.name)}</b>: {escape(result.reason)}</p>"
                for result in results
                if result.outcome is Outcome.REFUSED
            )
        )
        return reasons
