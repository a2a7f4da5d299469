"""What every figure shares: the row it reports, the data scale, and timing helpers."""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Target:
    """A limit on the ratio to the floor (``ratio=True``) or on the value itself."""

    limit: float
    ratio: bool = False

    def __str__(self) -> str:
        return f"≤ {self.limit:g}×" if self.ratio else f"≤ {self.limit:g}"


@dataclass(frozen=True)
class Row:
    """One line of the table. ``value`` is ``None`` when the figure could not be measured; the
    ``note`` then says why (it is printed under the table, not written to the JSON)."""

    figure: str
    unit: str
    target: Target
    value: float | None = None
    floor: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.floor:
            return None
        return self.value / self.floor

    @property
    def met(self) -> bool:
        measured = self.ratio if self.target.ratio else self.value
        return measured is not None and measured <= self.target.limit

    def target_text(self) -> str:
        return str(self.target) if self.target.ratio else f"{self.target} {self.unit}"

    def as_json(self) -> dict[str, object]:
        return {
            "figure": self.figure,
            "value": self.value,
            "unit": self.unit,
            "floor": self.floor,
            "ratio": self.ratio,
            "target": self.target_text(),
            "met": self.met,
        }


@dataclass(frozen=True)
class Scale:
    """The data sizes: ``factor`` 1 is the issue's full scale."""

    factor: float

    def of(self, full: int, least: int = 1) -> int:
        return max(least, round(full * self.factor))

    @property
    def label(self) -> str:
        return f"{self.factor:g}"


SCALES = {"full": 1.0, "small": 0.1, "tiny": 0.01}


def parse_scale(text: str) -> Scale:
    """``full``, ``small``, ``tiny`` or a factor such as ``0.5``."""
    try:
        factor = SCALES[text] if text in SCALES else float(text)
    except ValueError:
        factor = 0
    if not 0 < factor <= 10:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a scale: full, small, tiny or a factor above 0 and up to 10"
        )
    return Scale(factor)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def p95(values: Sequence[float]) -> float:
    """The 95th percentile, nearest rank."""
    ordered = sorted(values)
    return ordered[max(0, -(-len(ordered) * 95 // 100) - 1)]


def timed(action: Callable[[], object]) -> float:
    """Wall seconds of one call."""
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def child_environment(**extra: str) -> dict[str, str]:
    """The environment of a child process: no ADVOCAAT_* settings of the caller, offscreen Qt,
    the repository importable (for ``-m benchmarks.start``)."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("ADVOCAAT_")}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    environment["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(ROOT), environment.get("PYTHONPATH", "")])
    )
    environment.update(extra)
    return environment


@dataclass(frozen=True)
class ChildRun:
    wall: float
    cpu: float
    stdout: str


class ChildError(RuntimeError):
    """A measured child process ended with an error; the message says how."""


def run_child(arguments: Sequence[str], *, stdout: int | None = subprocess.PIPE) -> ChildRun:
    """Run ``python ARGUMENTS`` to its end: wall seconds from the start of the process, and its
    CPU seconds (user + system) from ``RUSAGE_CHILDREN``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *arguments], stdout=stdout, stderr=subprocess.PIPE,
        env=child_environment(), cwd=ROOT, text=True, check=False, timeout=900,
    )  # fmt: skip
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise ChildError(f"{' '.join(arguments[:4])} exited with {done.returncode}: {last}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return ChildRun(wall, cpu, done.stdout or "")
