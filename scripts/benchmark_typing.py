"""Measure a keystroke in the contacts' search field until the result list is repainted.

    python scripts/benchmark_typing.py FOLDER [--people 10000] [--organisations 5000]

FOLDER is a data folder; when it holds no contacts yet it is filled first with fictional ones
through the real services (as scripts/benchmark_search.py does: 15,000 contacts by default).
Then the Contacts view is built in this process (offscreen) and the queries of
benchmark_search.py are typed one key at a time: each keystroke is timed from the key press,
through the search (run at once instead of after the typing pause), to the table's repaint.
Beside it, the floor: the same search through the domain functions alone, no Qt. Both print
the median and the 95th percentile (target: p95 ≤ 16 ms), in wall and CPU time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path
from typing import Any

from benchmark_search import SCREENFUL, fill, keystrokes

from advocaat.app.run_options import RunOptions
from advocaat.app.workspace import Workspace
from advocaat.contacts.search import ContactFilter, count_contacts, find_contacts, load_rows
from advocaat.paths import AppPaths


def summary(name: str, walls: list[float], cpus: list[float]) -> str:
    def p95(values: list[float]) -> float:
        return sorted(values)[int(len(values) * 0.95) - 1]

    return (
        f"{name:<22} wall median {statistics.median(walls):6.2f} ms  p95 {p95(walls):6.2f} ms"
        f"   cpu median {statistics.median(cpus):6.2f} ms  p95 {p95(cpus):6.2f} ms"
    )


def type_queries(
    app: Any, view: Any, workspace: Workspace, rounds: int
) -> tuple[list[float], list[float], list[float], list[float]]:
    """Type every query ``rounds`` times: milliseconds per keystroke to the repainted list (wall,
    CPU), and of the search alone (wall, CPU)."""
    from PySide6.QtCore import Qt  # noqa: PLC0415 - after the platform is chosen
    from PySide6.QtTest import QTest  # noqa: PLC0415

    walls: list[float] = []
    cpus: list[float] = []
    floor_walls: list[float] = []
    floor_cpus: list[float] = []
    for _round in range(rounds):
        for typed in keystrokes():
            if len(typed) == 1:
                view.search.clear()
                view.apply_filter()
                app.processEvents()
            wall, cpu = time.perf_counter(), time.process_time()
            QTest.keyClick(view.search, typed[-1], Qt.KeyboardModifier.NoModifier)
            view.apply_filter()  # what the typing pause's timer runs
            view.table.viewport().repaint()
            walls.append((time.perf_counter() - wall) * 1000)
            cpus.append((time.process_time() - cpu) * 1000)
            assert view.search.text() == typed, (view.search.text(), typed)
            with workspace.session() as session:
                wall, cpu = time.perf_counter(), time.process_time()
                criteria = ContactFilter(text=typed)
                count_contacts(session, criteria)
                load_rows(session, find_contacts(session, criteria, 0, SCREENFUL))
                floor_walls.append((time.perf_counter() - wall) * 1000)
                floor_cpus.append((time.process_time() - cpu) * 1000)
    return walls, cpus, floor_walls, floor_cpus


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--organisations", type=int, default=5_000)
    parser.add_argument("--rounds", type=int, default=3)
    arguments = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from advocaat.ui.app import application  # noqa: PLC0415
    from advocaat.ui.controller import AppController  # noqa: PLC0415
    from advocaat.ui.qt_language import QtLanguage  # noqa: PLC0415
    from advocaat.ui.views.contacts import ContactsView  # noqa: PLC0415

    app = application()
    paths = AppPaths(arguments.folder)
    with Workspace.open(paths) as workspace:
        with workspace.session() as session:
            empty = count_contacts(session, ContactFilter()) == 0
        if empty:
            fill(workspace, arguments.people, arguments.organisations)
        controller = AppController(workspace, RunOptions(paths, "en"), QtLanguage(app))
        view = ContactsView(
            controller.contacts, controller.exchange, controller.municipality_choices()
        )
        view.resize(1280, 800)
        view.show()
        app.processEvents()
        walls, cpus, floor_walls, floor_cpus = type_queries(app, view, workspace, arguments.rounds)
        print(f"keystrokes measured: {len(walls)}")
        print(summary("key → repainted list", walls, cpus))
        print(summary("floor: the search only", floor_walls, floor_cpus))
        view.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
