"""Fuzz every reader of outside files and print what became of the inputs.

    python scripts/fuzz.py [--inputs 10000] [--reader export ...] [--hostile] [--corpus]

Per reader (checklist template, export, profile, feedback, vCard, CSV) it feeds ``--inputs``
broken variants of valid files (see tests/fuzz_kit.py) and counts them: accepted, refused with
the reader's typed error, or unhandled (anything else: a bug). Each reader runs in a process of
its own, so its peak memory (above the same process having read one valid file) is its own.
``--hostile`` measures the extra peak memory and time of each hand-made hostile file, each in a
fresh process. ``--corpus`` writes every unhandled input, and the hostile files, under
tests/data/fuzz/<reader>/ for the regression tests. Exit status 1 when any input was unhandled.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fuzz_kit import CORPUS, Keys, hostile_files, judge, readers  # noqa: E402

NAMES = ("template", "export", "profile", "feedback", "vcard", "csv")
KEYS_FILE = CORPUS / "keys.json"


def _status_mb(field: str) -> float | None:
    try:
        lines = Path("/proc/self/status").read_text().splitlines()
    except OSError:
        return None
    return next(int(line.split()[1]) / 1024 for line in lines if line.startswith(field + ":"))


def _reset_peak() -> float:
    """Start measuring the peak from now (Linux: a forked process inherits its parent's
    ``ru_maxrss``, so that alone would hide the child's own peak); the memory in use now."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return _status_mb("VmRSS") or 0.0


def _peak_mb() -> float:
    return _status_mb("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _keys() -> Keys:
    return Keys.load(KEYS_FILE) if KEYS_FILE.exists() else Keys()


def run_reader(name: str, inputs: int, corpus: bool) -> dict[str, object]:
    """Fuzz one reader in this process; the row of the table."""
    reader = readers(_keys())[name]
    for sample in reader.samples:
        judge(reader, sample)
    baseline = _reset_peak()
    counts = {"accepted": 0, "refused": 0, "unhandled": 0}
    slowest = 0.0
    for seed in range(inputs):
        data = reader.make(random.Random(f"{name}-{seed}"))
        start = time.perf_counter()
        try:
            counts[judge(reader, data)] += 1
        except Exception as error:  # the point of fuzzing: whatever escapes is a bug
            counts["unhandled"] += 1
            print(f"{name} seed {seed}: {type(error).__name__}: {error}", file=sys.stderr)
            traceback.print_exc(limit=-3)
            if corpus:
                folder = CORPUS / name
                folder.mkdir(parents=True, exist_ok=True)
                (folder / f"seed-{seed}-{type(error).__name__}.bin").write_bytes(data)
        slowest = max(slowest, time.perf_counter() - start)
    return {"reader": name, "inputs": inputs, **counts, "slowest_s": round(slowest, 3),
            "peak_mb": round(_peak_mb() - baseline, 1)}  # fmt: skip


def measure_one(name: str, path: str) -> dict[str, object]:
    """One hostile file read in this (fresh) process: outcome, extra peak memory (above reading
    a valid small file) and time, its own bytes included."""
    reader = readers(_keys())[name]
    judge(reader, reader.samples[0])
    baseline = _reset_peak()
    start = time.perf_counter()
    data = Path(path).read_bytes()
    try:
        outcome = judge(reader, data)
    except Exception as error:
        outcome = f"UNHANDLED {type(error).__name__}"
    seconds = round(time.perf_counter() - start, 3)
    extra = round(_peak_mb() - baseline, 1)
    return {"reader": name, "file": Path(path).name, "bytes": len(data), "outcome": outcome,
            "seconds": seconds, "extra_peak_mb": extra}  # fmt: skip


def _child(*arguments: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, __file__, *arguments], capture_output=True, text=True, check=False
    )
    sys.stderr.write(result.stderr)
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure_hostile(corpus: bool) -> list[dict[str, object]]:
    """Each hand-made hostile file, written to disk and read by a fresh process."""
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for name, files in hostile_files(_keys()).items():
            for file_name, make in files.items():
                data = make()
                path = Path(folder) / file_name
                path.write_bytes(data)
                if corpus and len(data) <= 300_000:  # the big ones are made again when measured
                    (CORPUS / name).mkdir(parents=True, exist_ok=True)
                    (CORPUS / name / file_name).write_bytes(data)
                del data
                rows.append(_child("--child", "measure", name, str(path)))
                path.unlink()
    return rows


def _table(rows: list[dict[str, object]]) -> str:
    columns = list(rows[0])
    widths = [max(len(str(c)), *(len(str(row[c])) for row in rows)) for c in columns]
    lines = [" | ".join(str(c).ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [
        " | ".join(str(row[c]).ljust(w) for c, w in zip(columns, widths, strict=True))
        for row in rows
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--reader", action="append", choices=NAMES)
    parser.add_argument("--hostile", action="store_true")
    parser.add_argument("--corpus", action="store_true")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        if arguments.child[0] == "measure":
            print(json.dumps(measure_one(*arguments.child[1:])))
        else:
            row = run_reader(arguments.child[0], arguments.inputs, arguments.corpus)
            print(json.dumps(row))
        return 0
    if arguments.corpus and not KEYS_FILE.exists():
        CORPUS.mkdir(parents=True, exist_ok=True)
        Keys().save(KEYS_FILE)
    names = arguments.reader or list(NAMES)
    flags = ["--inputs", str(arguments.inputs)] + (["--corpus"] if arguments.corpus else [])
    rows = [_child("--child", name, *flags) for name in names]
    print(_table(rows))
    if arguments.hostile:
        print()
        print(_table(measure_hostile(arguments.corpus)))
    return 1 if any(row["unhandled"] for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
