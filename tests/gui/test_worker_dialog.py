"""A finished job's progress dialog is gone for good, also while the next job runs.

The office's import checks the passphrase in one job and takes the files in in the next, both in
one call from the event loop; the first job's dialog, closed but not yet deleted (deletion waits
until that call returns to the event loop), showed itself again over the trust question, saying
it was stopping, with the Yes button covered."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from advocaat.core.progress import Reporter
from advocaat.ui.worker import SHOW_AFTER_MS, Worker


def test_a_finished_dialog_stays_hidden_and_unstopped_during_the_next_job(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    seen: list[tuple[bool, str, bool]] = []

    def two_jobs() -> None:  # as the import does, in one call from the event loop
        first = Worker(window, "Sleutels", "Wachtwoord controleren…")
        first.run(lambda _reporter: None)
        dialog = first.progress

        def look() -> None:
            seen.append((dialog.isVisible(), dialog.labelText(), first.reporter.cancelled))

        def slow(_reporter: Reporter) -> None:
            time.sleep(3 * SHOW_AFTER_MS / 1000)

        QTimer.singleShot(2 * SHOW_AFTER_MS, look)
        Worker(window, "Inlezen", "Exportbestanden inlezen…").run(slow)

    QTimer.singleShot(0, two_jobs)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=5000)
    assert seen == [(False, "Wachtwoord controleren…", False)]
