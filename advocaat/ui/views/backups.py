"""Settings → Backups: the backups with what they hold, one made now, one put back; and the one
file, protected with a password, that takes everything to another computer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advocaat.app import backups
from advocaat.core.preferences import read_backups_kept, write_backups_kept
from advocaat.i18n import _, format_datetime, format_number
from advocaat.ui.controller import AppController
from advocaat.ui.dialogs.password_dialog import ask_password
from advocaat.ui.feedback import problems_shown
from advocaat.ui.widgets import FlowLayout, paragraph
from advocaat.ui.worker import Worker

MOST_KEPT = 100


class BackupsBox(QGroupBox):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(_("Backups"), parent)
        self._controller = controller
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                _(
                    "Advocaat backs the database up at the first start of each day and before"
                    " every import; the newest ones are kept."
                )
            )
        )
        self.table = QTreeWidget()
        self.table.setObjectName("backups")
        self.table.setAccessibleName(_("Backups"))
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([_("Date"), _("Why"), _("Size"), _("Holds")])
        header = self.table.header()
        header.setStretchLastSection(True)
        for column in range(
            3
        ):  # date, reason and size are shown whole; what it holds gets the rest
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table)
        buttons = FlowLayout()  # wraps at 200 %
        self.backup_button = QPushButton(_("Back up &now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(_("Res&tore…"))
        self.restore_button.clicked.connect(self._ask_restore)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        layout.addLayout(buttons)
        moving = FlowLayout()
        self.portable_button = QPushButton(_("Take to &another computer…"))
        self.portable_button.clicked.connect(self._ask_portable)
        self.restore_file_button = QPushButton(_("Restore from a f&ile…"))
        self.restore_file_button.clicked.connect(self._ask_restore_file)
        moving.addWidget(self.portable_button)
        moving.addWidget(self.restore_file_button)
        layout.addLayout(moving)
        kept_form = QFormLayout()
        self.kept = QSpinBox()
        self.kept.setRange(1, MOST_KEPT)
        self.kept.setValue(read_backups_kept(controller.paths.preferences_file))
        self.kept.valueChanged.connect(self.keep)
        kept_form.addRow(_("&Keep the newest:"), self.kept)
        layout.addLayout(kept_form)
        self.refresh()

    def refresh(self) -> None:
        self.table.clear()
        for info in backups.list_backups(self._controller.paths):
            size = _("{size} kB").format(size=format_number(max(1, round(info.size / 1024))))
            reason = info.reason.label if info.reason else "-"
            item = QTreeWidgetItem(
                [format_datetime(info.made, "short"), reason, size, backups.holdings_text(info)]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, info.path.name)
            self.table.addTopLevelItem(item)
        self._selection_changed()

    def keep(self, kept: int) -> None:
        """Remember how many backups to keep; the next backup deletes the older ones."""
        with problems_shown(self):
            write_backups_kept(self._controller.paths.preferences_file, kept)

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectedItems()))

    def back_up_now(self) -> None:
        paths = self._controller.paths
        with problems_shown(self):
            Worker(self, _("Backup"), _("Making a backup…")).run(
                lambda _reporter: backups.make_backup(paths)
            )
        self.refresh()

    def _ask_restore(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        name = items[0].data(0, Qt.ItemDataRole.UserRole)
        answer = QMessageBox.question(
            self,
            _("Restore a backup"),
            _(
                "Put back the backup of {date}? Advocaat first backs up the current state, so"
                " it can be put back too. Advocaat closes afterwards; start it again."
            ).format(date=items[0].text(0)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(name)

    def restore(self, name: str) -> None:
        """Put back the backup ``name``; the window then closes, as its views show the old data."""
        workspace = self._controller.workspace
        self._restore_then_close(lambda: backups.restore_while_open(workspace, name))

    def _restore_then_close(self, work: Callable[[], object]) -> None:
        with problems_shown(self):
            Worker(self, _("Restore a backup"), _("Putting back the backup…")).run(
                lambda _reporter: work()
            )
            QMessageBox.information(
                self,
                _("Restore a backup"),
                _("The backup is put back. Start Advocaat again to work with it."),
            )
            window = self.window()
            if window is not self:
                window.close()

    def _ask_portable(self) -> None:
        title = _("Take to another computer")
        path, _filter = QFileDialog.getSaveFileName(
            self, title, "advocaat-meenemen.advocaat-backup"
        )
        password = ask_password(self, title, choosing=True) if path else None
        if path and password is not None:
            self.write_portable(Path(path), password)

    def write_portable(self, path: Path, password: str) -> None:
        """Write the portable file (scrypt and the copy take a few seconds: in a worker)."""
        paths = self._controller.paths
        with problems_shown(self):
            Worker(self, _("Take to another computer"), _("Writing the file…")).run(
                lambda _reporter: backups.make_portable_backup(paths, path, password)
            )
            QMessageBox.information(
                self,
                _("Take to another computer"),
                _(
                    "Written to {path}. On the other computer, install Advocaat and choose"
                    " Settings → Backups → Restore from a file, with this password."
                ).format(path=path),
            )
        self.refresh()

    def _ask_restore_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, _("Restore from a file"))
        if not path:
            return
        answer = QMessageBox.question(
            self,
            _("Restore from a file"),
            _(
                "Put back everything in {path}? Advocaat first backs up the current state and"
                " keeps the current keys aside. Advocaat closes afterwards; start it again."
            ).format(path=path),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        password = None
        if backups.is_portable_backup(self._controller.paths, path):
            password = ask_password(self, _("Restore from a file"), choosing=False)
            if password is None:
                return
        self.restore_file(path, password)

    def restore_file(self, path: str, password: str | None) -> None:
        """Put back a backup file, or with ``password`` a portable one; then close, as
        :meth:`restore` does."""
        workspace = self._controller.workspace
        if password is None:
            self._restore_then_close(lambda: backups.restore_while_open(workspace, path))
        else:
            self._restore_then_close(
                lambda: backups.restore_portable_while_open(workspace, path, password)
            )
