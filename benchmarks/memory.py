"""Figure 10: peak memory of the office's window open on its database, beside a bare window;
both separate processes (:mod:`benchmarks.start`), ``ru_maxrss`` once the window is shown."""

from __future__ import annotations

from benchmarks.cold_start import start
from benchmarks.common import Row, Target
from benchmarks.data import Dataset


def measure(data: Dataset) -> list[Row]:
    app = start(data.office.root).peak_mib
    bare = start(None).peak_mib
    return [Row("peak memory, office database, window open", "MiB", Target(300), app, bare)]
