"""Figure 1: cold start to a usable main window, volunteer and office, beside a bare PySide6
window; each a separate process (:mod:`benchmarks.start`), timed from before the process starts
until its window is shown and idle. CPU is the child's own (``RUSAGE_CHILDREN``)."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import Row, Target, median, run_child
from benchmarks.data import Dataset


@dataclass(frozen=True)
class Start:
    wall: float
    cpu: float
    peak_mib: float


def start(folder: Path | None) -> Start:
    """One start of the app on ``folder`` (``None``: the bare window)."""
    arguments = ["-m", "benchmarks.start", *(["app", str(folder)] if folder else ["bare"])]
    began = time.time()
    run = run_child(arguments)
    shown = json.loads(run.stdout.strip().splitlines()[-1])
    return Start(shown["shown_at"] - began, run.cpu, shown["peak_mib"])


def measure(data: Dataset) -> list[Row]:
    rows = []
    for role, paths in (("volunteer", data.volunteer), ("office", data.office)):
        if data.runs > 1:
            start(paths.root)  # not counted: the first start of the day makes its backup
        apps, bares = [], []
        for _ in range(data.runs):  # interleaved, so a busy moment hits both alike
            apps.append(start(paths.root))
            bares.append(start(None))
        app, bare = median([s.wall for s in apps]), median([s.wall for s in bares])
        cpu = median([s.cpu for s in apps]), median([s.cpu for s in bares])
        note = f"CPU {cpu[0]:.2f} s against {cpu[1]:.2f} s ({cpu[0] / cpu[1]:.1f}×)"
        figure = f"cold start to a usable window, {role}"
        rows.append(Row(figure, "s", Target(2, ratio=True), app, bare, note))
    return rows
