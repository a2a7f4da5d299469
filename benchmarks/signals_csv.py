"""Figure 5: ``advocaat signals list --format csv`` over the volunteer's signals, a real process,
beside :mod:`benchmarks.raw_csv` (sqlite3 and csv alone) as a process too; the median of a few,
output to /dev/null. CPU seconds go into the note."""

from __future__ import annotations

import subprocess

from benchmarks.common import Row, Target, median, run_child
from benchmarks.data import Dataset


def measure(data: Dataset) -> list[Row]:
    command = ["-m", "advocaat", "--data-dir", str(data.volunteer.root),
               "signals", "list", "--format", "csv"]  # fmt: skip
    floor = ["-m", "benchmarks.raw_csv", str(data.volunteer.database)]
    apps, raws = [], []
    for _ in range(data.runs):
        apps.append(run_child(command, stdout=subprocess.DEVNULL))
        raws.append(run_child(floor, stdout=subprocess.DEVNULL))
    cpu = median([r.cpu for r in apps]), median([r.cpu for r in raws])
    return [
        Row(
            "signals list --format csv", "s", Target(2, ratio=True),
            median([r.wall for r in apps]), median([r.wall for r in raws]),
            f"CPU {cpu[0]:.2f} s against {cpu[1]:.2f} s ({cpu[0] / cpu[1]:.1f}×)",
        )
    ]  # fmt: skip
