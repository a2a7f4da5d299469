"""Holds each job of a Worker in its thread until the window's event loop has turned.

The job can only go on when a timer of the GUI thread fires, so a finished job proves two
things: it ran off the GUI thread, and the window kept handling events while it worked. With
``stop=True`` the progress dialog's Stop button is clicked first, as a user would.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton

from advocaat.core.progress import Reporter
from advocaat.ui.worker import Worker

WAIT_S = 20


class Gate:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, *, stop: bool = False) -> None:
        self.threads: list[int] = []
        self.stop = stop
        original = Worker.run

        def run(worker: Worker, work: Callable[[Reporter], Any]) -> Any:
            turned = threading.Event()

            def on_timer() -> None:
                if self.stop:
                    worker.progress.findChild(QPushButton).click()
                turned.set()

            QTimer.singleShot(50, on_timer)

            def held(reporter: Reporter) -> Any:
                self.threads.append(threading.get_ident())
                assert turned.wait(WAIT_S), "the window's event loop stood still during the work"
                return work(reporter)

            return original(worker, held)

        monkeypatch.setattr(Worker, "run", run)

    def ran_off_the_gui_thread(self) -> bool:
        return bool(self.threads) and threading.get_ident() not in self.threads
