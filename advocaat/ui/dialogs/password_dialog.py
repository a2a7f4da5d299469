"""The password of a portable backup: typed twice in one dialog when it is chosen, once to open.

Users do not know the word "passphrase", so the window says "password"; the command line keeps
"passphrase", as its options do.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from advocaat.app.backups import MIN_PASSPHRASE
from advocaat.i18n import _, ngettext
from advocaat.ui.dialogs.screen_dialog import ScreenDialog
from advocaat.ui.widgets import paragraph, problem_label


class PasswordDialog(ScreenDialog):
    """``choosing``: two fields and a warning that a lost password cannot be recovered."""

    def __init__(
        self, title: str, *, choosing: bool, warning: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)  # room to read and type
        self._choosing = choosing
        form = QFormLayout(self)
        if choosing:
            form.addRow(
                paragraph(
                    warning
                    or _(
                        "Without this password nobody can open the file, not even you or the"
                        " national office. Write it down and keep it apart from the file."
                    )
                )
            )
        self.password = self._field(_("Password:"))
        form.addRow(_("&Password:"), self.password)
        self.again = self._field(_("The same password again:"))
        if choosing:
            form.addRow(_("&Again:"), self.again)
        self.problem = problem_label()
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @staticmethod
    def _field(name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        return field

    def _refusal(self) -> str | None:
        typed = self.password.text()
        if not typed:
            return _("Type the password.")
        if not self._choosing:
            return None
        if len(typed) < MIN_PASSPHRASE:
            return ngettext(
                "Choose a password of at least {count} character.",
                "Choose a password of at least {count} characters.",
                MIN_PASSPHRASE,
            ).format(count=MIN_PASSPHRASE)
        if self.again.text() != typed:
            return _("The two passwords differ; type the same one twice.")
        return None

    def accept(self) -> None:
        refusal = self._refusal()
        if refusal is None:
            super().accept()
            return
        self.problem.setText(refusal)
        self.problem.setAccessibleName(refusal)
        self.problem.show()


def ask_password(parent: QWidget, title: str, *, choosing: bool, warning: str = "") -> str | None:
    """The password typed, or ``None`` when the user cancels."""
    dialog = PasswordDialog(title, choosing=choosing, warning=warning, parent=parent)
    return dialog.password.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
