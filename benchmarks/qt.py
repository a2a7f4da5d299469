"""What the in-process window figures share: the app's QApplication offscreen, the books a view
is built on, and waiting until a model has changed and the table repainted."""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from advocaat.app.organisation import OrganisationBook
from advocaat.app.workspace import Workspace

WAIT_SECONDS = 60


def application() -> object:
    """The app's own QApplication (its style and settings), offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from advocaat.ui.app import application as app

    return app()


def municipalities(workspace: Workspace) -> list[tuple[str, str]]:
    """(CBS code, name) as the main window gives them to a view."""
    return [(m.cbs_code, m.name) for m in OrganisationBook(workspace).municipalities()]


def until(done: Callable[[], bool]) -> None:
    """Run the event loop until ``done()``; a view that never gets there is an error."""
    from PySide6.QtCore import QCoreApplication

    deadline = time.perf_counter() + WAIT_SECONDS
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("the view did not show its rows within a minute")
        QCoreApplication.processEvents()
