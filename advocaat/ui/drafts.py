"""A form's typing kept as a draft a moment after each change, and offered back after a crash."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from advocaat.app.drafts import Drafts
from advocaat.i18n import _

SAVE_AFTER_MS = 1500


class DraftKeeper(QObject):
    """``read()`` gives the form's fields; a draft is kept only when they differ from what the
    form was filled with (:meth:`start_from`), so showing a saved record writes nothing.

    Nothing is kept or dropped before :meth:`offer` has run: the draft left by a crash waits
    until the user has been asked about it."""

    def __init__(
        self,
        drafts: Drafts,
        form: str,
        read: Callable[[], dict[str, str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._drafts = drafts
        self._form = form
        self._read = read
        self._baseline: dict[str, str] = {}
        self._live = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save_now)

    def start_from(self) -> None:
        """The form now shows a saved record or an empty form: that is no draft."""
        self._timer.stop()
        self._baseline = self._read()
        if self._live:
            self._drafts.drop(self._form)

    def changed(self) -> None:
        if self._live:
            self._timer.start()

    def save_now(self) -> None:
        fields = self._read()
        if fields == self._baseline:
            self._drafts.drop(self._form)
        else:
            self._drafts.keep(self._form, fields)

    def offer(self, parent: QWidget, what: str, restore: Callable[[dict[str, str]], None]) -> bool:
        """Ask whether to go on with the draft left from last time; ``True`` when restored."""
        self._live = True
        fields = self._drafts.find(self._form)
        if fields is None:
            return False
        answer = QMessageBox.question(
            parent,
            _("Not saved last time"),
            _("You were still working on {what} that was not saved. Go on where you were?").format(
                what=what
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            restore(fields)
            self.save_now()  # kept as a draft again until it is saved
            return True
        self._drafts.drop(self._form)
        return False
