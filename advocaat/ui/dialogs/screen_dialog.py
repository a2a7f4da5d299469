"""The base of every dialog of the app: it opens inside the free area of its screen."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog

from advocaat.ui.widgets import keep_on_screen


class ScreenDialog(QDialog):
    """Shrunk and moved inside its screen as it shows, so no button lands beyond the edge of
    a 1366×768 laptop at 200 %; what then does not fit scrolls (see :func:`scrolling`)."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        keep_on_screen(self)
