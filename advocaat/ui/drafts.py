"""A form's typing kept as a draft a moment after each change, and offered back after a crash."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QMessageBox, QWidget

from advocaat.app.drafts import Drafts
from advocaat.i18n import _

SAVE_AFTER_MS = 1500

Fields = dict[str, str]


class DraftKeeper(QObject):
    """Keeps the draft of one form of ``view``.

    ``read()`` gives the form's fields and ``restore(fields)`` puts a draft back. A draft is kept
    only when the fields differ from what the form was filled with (:meth:`start_from`), so
    showing a saved record writes nothing. The first time the view is shown, the draft a crash
    left is offered (:meth:`offer`); nothing is kept or dropped before that.
    """

    def __init__(
        self,
        drafts: Drafts,
        form: str,
        *,
        what: str,
        read: Callable[[], Fields],
        restore: Callable[[Fields], None],
        view: QWidget,
    ) -> None:
        super().__init__(view)
        self._drafts = drafts
        self._form = form
        self._what = what
        self._read = read
        self._restore = restore
        self._view = view
        self._baseline: Fields = {}
        self._live = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save_now)
        view.installEventFilter(self)

    def watch(self, *changes: SignalInstance) -> None:
        """The signals that tell the form was typed in."""
        for change in changes:
            change.connect(self.changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._view and event.type() == QEvent.Type.Show and not self._live:
            QTimer.singleShot(0, self.offer)
        return False

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

    def offer(self) -> bool:
        """Ask whether to go on with the draft left from last time; ``True`` when restored."""
        if self._live:
            return False
        self._live = True
        fields = self._drafts.find(self._form)
        if fields is None:
            return False
        answer = QMessageBox.question(
            self._view,
            _("Not saved last time"),
            _("You were still working on {what} that was not saved. Go on where you were?").format(
                what=self._what
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._restore(fields)
            self.save_now()  # kept as a draft again until it is saved
            return True
        self._drafts.drop(self._form)
        return False
