"""Figure 3: from a key typed into the contact list's search field (QTest, offscreen, in this
process) until the list has run its search (its typing timer fired and the view's handler,
connected before ours, returned) and the table has repainted, p95. The list's own typing delay
(it waits for a pause in typing) is set to zero: the figure is the work a keystroke costs, not
the pause."""

from __future__ import annotations

import time

from benchmarks.common import Row, Target, p95
from benchmarks.data import Dataset
from benchmarks.qt import application, municipalities, until
from benchmarks.search import TYPED

ROUNDS = 2


def measure(data: Dataset) -> list[Row]:
    application()
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    from advocaat.app.contact_exchange import ContactExchange
    from advocaat.app.contacts import ContactBook
    from advocaat.app.workspace import Workspace
    from advocaat.ui.views.contacts import SEARCH_DELAY_MS, ContactsView

    times = []
    with Workspace.open(data.volunteer) as workspace:
        view = ContactsView(
            ContactBook(workspace), ContactExchange(workspace), municipalities(workspace)
        )
        view.resize(1280, 800)
        view.show()
        searches: list[int] = []
        for timer in view.findChildren(QTimer):
            if timer.interval() == SEARCH_DELAY_MS:
                timer.setInterval(0)
                timer.timeout.connect(lambda: searches.append(1))
        table = view.table
        until(lambda: table.model().rowCount() > 0)
        for _ in range(ROUNDS):
            for word in TYPED:
                if view.search.text():
                    searches.clear()
                    view.search.clear()
                    until(lambda: bool(searches))
                for key in word:
                    searches.clear()
                    started = time.perf_counter()
                    QTest.keyClicks(view.search, key)
                    until(lambda: bool(searches))
                    table.viewport().repaint()
                    times.append((time.perf_counter() - started) * 1000)
        view.close()
        view.deleteLater()
    return [Row("keystroke to repainted result list p95", "ms", Target(16), p95(times))]
