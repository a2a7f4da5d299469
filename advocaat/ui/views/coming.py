"""An honest empty state for a part of the app that a later version fills."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from advocaat.i18n import _
from advocaat.ui.widgets import heading, paragraph


class ComingView(QWidget):
    def __init__(self, title: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        layout.addWidget(paragraph(purpose))
        layout.addWidget(
            paragraph(_("This part is not available yet in this version of Advocaat."))
        )
        layout.addStretch(1)
