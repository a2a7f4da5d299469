"""How the GUI tells the user about problems: one plain sentence, or a crash report for a bug."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from advocaat import __version__
from advocaat.core.progress import CancelledError
from advocaat.errors import UserFacingError
from advocaat.i18n import _


def show_problem(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, _("Advocaat"), message)


@contextmanager
def problems_shown(parent: QWidget | None) -> Iterator[None]:
    """Run a user action; a problem the user can act on is shown, not raised, and work the
    user stopped just ends (they know; nothing was left half-done)."""
    try:
        yield
    except UserFacingError as error:
        show_problem(parent, error.message)
    except CancelledError:
        pass


def print_to_pdf(
    parent: QWidget, title: str, suggested: str, write: Callable[[Path], None]
) -> None:
    """Ask where the PDF goes, write it, and open it in the system's viewer to print (not when
    writing failed or was stopped)."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, _("PDF files (*.pdf)"))
    if path:
        with problems_shown(parent):
            write(Path(path))
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def write_crash_report(logs_dir: Path, text: str) -> Path:
    logs_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")  # a file name, not shown as a date
    report = logs_dir / f"crash-{stamp}.txt"
    report.write_text(f"Advocaat {__version__}\n{text}", encoding="utf-8")
    return report


class CrashReporter:
    """Replaces ``sys.excepthook`` while the GUI runs: a bug is written down and shown once."""

    def __init__(self, logs_dir: Path) -> None:
        self._logs_dir = logs_dir
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if isinstance(error, UserFacingError):
            show_problem(None, error.message)
            return
        text = "".join(traceback.format_exception(kind, error, trace))
        if sys.stderr is not None:  # None in a windowed program on Windows
            sys.stderr.write(text)
        try:
            report = write_crash_report(self._logs_dir, text)
        except OSError:
            report = None
        box = QMessageBox(
            QMessageBox.Icon.Critical, _("Advocaat"), _("Something went wrong in Advocaat.")
        )
        box.setInformativeText(
            _(
                "What you saved before this is safe. Please send the report in {path} to the"
                " people who support Advocaat."
            ).format(path=report)
            if report
            else _("What you saved before this is safe.")
        )
        box.setDetailedText(text)
        box.exec()
