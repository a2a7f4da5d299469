"""Progress and a stop request, carried into long work as a plain object (no Qt).

The GUI hands one to a job that runs in its worker thread and cancels it from the progress
dialog; a test or the command line hands one in or none. Long work stops only between whole
units (a file, a chunk of rows, before a file is written), so a stop never leaves half a unit.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

Step = Callable[[int, int, str], None]
"""Told how far the work is: (done, total, what is being done); total 0 when unknown."""


class CancelledError(Exception):
    """The user stopped the work; whatever was not whole yet was left out."""


class Reporter:
    """One run's progress listener and stop flag; safe to cancel from another thread."""

    def __init__(self, on_step: Step | None = None) -> None:
        self._on_step = on_step
        self._stop = threading.Event()

    def step(self, done: int, total: int, label: str = "") -> None:
        if self._on_step is not None:
            self._on_step(done, total, label)

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def check(self) -> None:
        """Raise :class:`CancelledError` when a stop was asked; call it between whole units."""
        if self._stop.is_set():
            raise CancelledError
