"""``python -m benchmarks [--scale full|small|tiny|FACTOR] [--json FILE] [--only NAME ...]
[--data DIR]``: make (or reuse) the data, measure each figure beside its floor, print one table.

A figure that cannot be measured shows as not met, with the reason under the table.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import tempfile
import time
import traceback
from pathlib import Path

from benchmarks.common import Row, Target, parse_scale
from benchmarks.data import Dataset, dataset

# name: (module, the rows it reports when it cannot measure, with their units and targets)
FIGURES: dict[str, tuple[str, list[tuple[str, str, Target]]]] = {
    "start": ("benchmarks.cold_start", [
        ("cold start to a usable window, volunteer", "s", Target(2, ratio=True)),
        ("cold start to a usable window, office", "s", Target(2, ratio=True)),
    ]),
    "search": ("benchmarks.search", [("search query p95", "ms", Target(3))]),
    "keystroke": ("benchmarks.keystroke", [
        ("keystroke to repainted result list p95", "ms", Target(16)),
    ]),
    "signals-view": ("benchmarks.signals_view", [("open the signals list", "ms", Target(300))]),
    "signals-csv": ("benchmarks.signals_csv", [
        ("signals list --format csv", "s", Target(2, ratio=True)),
    ]),
    "export": ("benchmarks.export", [("export signals", "s", Target(2))]),
    "office-import": ("benchmarks.office_import", [("office import", "s", Target(10))]),
    "print": ("benchmarks.printing", [
        ("print 1 conversation sheet", "s", Target(2, ratio=True)),
        ("print 100 conversation sheets", "s", Target(2, ratio=True)),
    ]),
    "vcard-import": ("benchmarks.vcard_import", [
        ("import contacts from one vCard file", "s", Target(10)),
    ]),
    "memory": ("benchmarks.memory", [
        ("peak memory, office database, window open", "MiB", Target(300)),
    ]),
}  # fmt: skip


def measure(name: str, data: Dataset) -> list[Row]:
    """The figure's rows; when it fails, its rows unmeasured with the reason."""
    module, rows = FIGURES[name]
    try:
        return importlib.import_module(module).measure(data)
    except Exception as error:  # one broken figure must not end the table
        traceback.print_exc(file=sys.stderr)
        reason = f"not measured: {type(error).__name__}: {error}"
        return [Row(figure, unit, target, note=reason) for figure, unit, target in rows]


def _number(value: float | None, digits: int = 2) -> str:
    """Fixed decimals, or three significant digits for a small value (a floor of 0.4 ms)."""
    if value is None:
        return "—"
    return f"{value:.3g}" if abs(value) < 1 else f"{value:,.{digits}f}"


def table(rows: list[Row]) -> str:
    head = ("figure", "value", "unit", "floor", "ratio", "target", "met")
    lines = [
        (row.figure, _number(row.value), row.unit, _number(row.floor), _number(row.ratio, 1),
         row.target_text(), "yes" if row.met else "NO")
        for row in rows
    ]  # fmt: skip
    widths = [max(len(str(cell)) for cell in column) for column in zip(head, *lines, strict=True)]
    text = [
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in [head, *lines]
    ]
    text.insert(1, "  ".join("-" * width for width in widths))
    notes = [f"  {row.figure}: {row.note}" for row in rows if row.note]
    return "\n".join(text + (["", "notes:", *notes] if notes else []))


def parse(arguments: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Measure each figure of issue 19 beside its floor and print one table.",
    )
    parser.add_argument(
        "--scale",
        type=parse_scale,
        default="full",
        help="full (the issue's sizes), small, tiny, or a factor such as 0.5",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the rows as JSON too")
    parser.add_argument(
        "--only",
        nargs="+",
        choices=list(FIGURES),
        metavar="NAME",
        help=f"measure only these figures: {', '.join(FIGURES)}",
    )
    parser.add_argument(
        "--data",
        type=Path,
        metavar="DIR",
        help="keep the generated data here and reuse it (default: a temp folder)",
    )
    return parser.parse_args(arguments)


def main(arguments: list[str]) -> int:
    options = parse(arguments)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = options.data or Path(tempfile.gettempdir()) / "advocaat-benchmarks"
    started = time.perf_counter()
    data = dataset(folder, options.scale, lambda line: print(line, flush=True))
    print(
        f"data in {data.folder} ({time.perf_counter() - started:.1f} s): {data.people:,} people,"
        f" {data.organisations:,} organisations, {data.signals:,} signals,"
        f" {data.files:,} export files from {data.senders:,} volunteers;"
        f" {os.cpu_count()} CPUs, {platform.platform()}, Python {platform.python_version()}",
        flush=True,
    )
    rows: list[Row] = []
    for name in options.only or FIGURES:
        begun = time.perf_counter()
        rows += measure(name, data)
        print(f"measured {name} in {time.perf_counter() - begun:.1f} s", flush=True)
    print()
    print(table(rows))
    if options.json:
        options.json.write_text(
            json.dumps([row.as_json() for row in rows], indent=2, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
