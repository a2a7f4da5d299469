"""Long work off the GUI thread, behind a progress dialog that can stop it.

The work is a plain function of a :class:`~advocaat.core.progress.Reporter`. It runs in a
QThread and opens its own database sessions there (every book call opens one), so no session
crosses threads; SQLite in WAL mode lets the window read meanwhile. The window's event loop goes
on while the work runs (a nested loop, as a modal dialog has); the window-modal progress dialog
keeps the user from starting other work on the same data. A question the work must ask is shown
in the GUI thread on top of the progress dialog, while the work waits for the answer.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from advocaat.core.files import write_file_safely
from advocaat.core.progress import Reporter
from advocaat.i18n import _
from advocaat.ui.widgets import keep_on_screen

T = TypeVar("T")
Describe = Callable[[int, int, str], str]
"""The progress dialog's text for a step the work reports: (done, total, label)."""
SHOW_AFTER_MS = 400
"""Work that ends sooner shows no dialog at all (no flicker for a small file)."""


class _ProgressDialog(QProgressDialog):
    """Stays up until the work has really stopped: Stop and closing only ask it to stop."""

    def __init__(self, parent: QWidget, title: str, text: str) -> None:
        super().__init__(parent)
        self.working = True
        self.canceled.disconnect(self.cancel)  # the default hides the dialog at once
        self.setObjectName("progress")
        self.setWindowTitle(title)
        self.setLabelText(text)
        self.setAccessibleName(title)
        self.setCancelButtonText(_("Stop"))
        self.setRange(0, 0)  # busy until the work reports a total
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoReset(False)
        self.setAutoClose(False)
        self.setMinimumDuration(SHOW_AFTER_MS)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Inside the screen, as every dialog of the app (see ScreenDialog)."""
        super().showEvent(event)
        keep_on_screen(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.working:
            event.ignore()
            self.canceled.emit()
        else:
            super().closeEvent(event)


class _Answer:
    """A question's answer, handed from the GUI thread to the waiting work."""

    def __init__(self) -> None:
        self.ready = threading.Event()
        self.value: Any = None
        self.error: BaseException | None = None


class _Bridge(QObject):
    """Lives in the GUI thread; the work reaches the dialog only through these signals."""

    stepped = Signal(int, int, str)
    asked = Signal(object, object)


class _Thread(QThread):
    def __init__(self, work: Callable[[Reporter], Any], reporter: Reporter) -> None:
        super().__init__()
        self._work = work
        self._reporter = reporter
        self.value: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.value = self._work(self._reporter)
        except BaseException as error:  # raised again in the GUI thread, see Worker.run
            self.error = error


class Worker:
    """One long job: ``Worker(window, title, text).run(work)`` returns what ``work`` returns,
    or raises what it raised (:class:`~advocaat.core.progress.CancelledError` after Stop)."""

    def __init__(
        self, parent: QWidget, title: str, text: str, describe: Describe | None = None
    ) -> None:
        self.progress = _ProgressDialog(parent, title, text)
        self.progress.canceled.connect(self._stop)
        self._describe = describe
        self._bridge = _Bridge()
        queued = Qt.ConnectionType.QueuedConnection
        self._bridge.stepped.connect(self._show_step, queued)
        self._bridge.asked.connect(self._answer, queued)
        self.reporter = Reporter(self._bridge.stepped.emit)

    def run(self, work: Callable[[Reporter], T]) -> T:
        thread = _Thread(work, self.reporter)
        loop = QEventLoop()
        thread.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
        thread.start()
        loop.exec()
        thread.wait()
        self._dismiss()
        if thread.error is not None:
            raise thread.error
        return thread.value

    def _dismiss(self) -> None:
        """Closes the dialog for good. Its deletion waits until the caller returns to the event
        loop, which may run another job first (the office's import after the passphrase check):
        closing must not count as Stop, and Qt's timer must not show the dialog again then."""
        self.progress.working = False
        self.progress.canceled.disconnect(self._stop)
        self.progress.reset()  # stops the timer that shows the dialog after SHOW_AFTER_MS
        self.progress.close()
        self.progress.deleteLater()

    def ask(self, question: Callable[[QWidget], T]) -> T:
        """Called from the work: ``question(dialog parent)`` runs in the GUI thread, on top
        of the progress dialog, and the work waits for its answer."""
        answer = _Answer()
        self._bridge.asked.emit(question, answer)
        answer.ready.wait()
        if answer.error is not None:
            raise answer.error
        return answer.value

    def _answer(self, question: Callable[[QWidget], Any], answer: _Answer) -> None:
        text = self.progress.labelText()
        self.progress.setLabelText(_("Waiting for your answer…"))
        self.progress.show()  # the question's parent must be on screen to stand above it
        try:
            answer.value = question(self.progress)
        except BaseException as error:  # the work raises it in its own thread
            answer.error = error
        finally:
            self.progress.setLabelText(text)
            answer.ready.set()

    def _show_step(self, done: int, total: int, label: str) -> None:
        if self.reporter.cancelled:
            return
        if total and self.progress.maximum() != total:
            self.progress.setRange(0, total)
        if total:
            self.progress.setValue(done)
        if self._describe is not None:
            self.progress.setLabelText(self._describe(done, total, label))

    def _stop(self) -> None:
        self.reporter.cancel()
        for button in self.progress.findChildren(QPushButton):
            button.setEnabled(False)  # asked once is enough
        self.progress.setLabelText(_("Stopping after the current step…"))


def whole(path: str | Path, build: Callable[[], bytes]) -> Callable[[Reporter], None]:
    """Work that builds a file's bytes and writes them whole; stopped, it writes nothing."""

    def work(reporter: Reporter) -> None:
        data = build()
        reporter.check()
        write_file_safely(path, data)

    return work


def save_in_worker(parent: QWidget, path: str | Path, work: Callable[[Reporter], None]) -> None:
    """Run ``work``, which writes ``path`` (a PDF, a workbook), in a worker; see :class:`Worker`."""
    Worker(parent, _("Saving"), _("Writing {file}…").format(file=Path(path).name)).run(work)
