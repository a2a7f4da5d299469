"""The privacy guard's question: each finding is confirmed on purpose, or the text changed.

Signals and good examples ask it the same way before they are saved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QVBoxLayout, QWidget

from advocaat.i18n import _
from advocaat.signals.privacy import Finding
from advocaat.signals.service import PersonalDataError
from advocaat.ui.dialogs.screen_dialog import ScreenDialog
from advocaat.ui.widgets import paragraph

Asker = Callable[[list[Finding]], frozenset[tuple[str, str]] | None]


class FindingsDialog(ScreenDialog):
    """One tick box per finding: the user confirms each one on purpose, or goes back to fix it."""

    def __init__(self, findings: list[Finding], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findings-dialog")
        self.setWindowTitle(_("Possible personal data"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                _(
                    "A signal goes to the national office and must not carry a member's personal"
                    " data. Change the text, or tick each finding that is fine as it is."
                )
            )
        )
        self.boxes: list[tuple[QCheckBox, Finding]] = []
        for finding in findings:
            box = QCheckBox(
                _("{kind}: “{text}” is fine").format(kind=finding.kind.label, text=finding.text)
            )
            box.toggled.connect(self._update)
            layout.addWidget(box)
            self.boxes.append((box, finding))
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            _("&Save anyway"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(_("&Change the text"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.save_button.setEnabled(all(box.isChecked() for box, _finding in self.boxes))

    def confirmed(self) -> frozenset[tuple[str, str]]:
        return frozenset(finding.confirmation for box, finding in self.boxes if box.isChecked())


def saved_after_asking(
    save: Callable[[frozenset[tuple[str, str]]], int],
    confirmed: frozenset[tuple[str, str]],
    ask: Asker,
) -> int | None:
    """Save, asking about each new finding of the privacy guard until the user confirmed them
    all (the id saved) or went back to change the text (``None``); a refusal is raised."""
    while True:
        try:
            return save(confirmed)
        except PersonalDataError as error:
            more = ask(error.findings)
            if more is None:
                return None
            confirmed = confirmed | more
