"""Figure 4: open the signals list on the volunteer's 100,000 signals: the view built, shown,
its first page in the model and painted (offscreen, in this process); the median of a few."""

from __future__ import annotations

import time

from benchmarks.common import Row, Target, median
from benchmarks.data import Dataset
from benchmarks.qt import application, municipalities, until


def measure(data: Dataset) -> list[Row]:
    application()
    from advocaat.app.signals import SignalBook, SyncBook
    from advocaat.app.workspace import Workspace
    from advocaat.ui.views.signals import SignalsView

    times = []
    with Workspace.open(data.volunteer) as workspace:
        choices = municipalities(workspace)
        for _ in range(data.runs):
            started = time.perf_counter()
            view = SignalsView(SignalBook(workspace), SyncBook(workspace), choices)
            view.resize(1280, 800)
            view.show()
            table = view.table
            until(lambda: table.model().rowCount() > 0)  # noqa: B023
            table.viewport().repaint()
            times.append((time.perf_counter() - started) * 1000)
            view.close()
            view.deleteLater()
    return [Row("open the signals list", "ms", Target(300), median(times))]
