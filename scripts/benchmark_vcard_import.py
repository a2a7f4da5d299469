"""Measure importing one large vCard file through the real path (``ContactExchange.import_file``).

    python scripts/benchmark_vcard_import.py [--contacts 15000] [--rounds 3] [--profile FILE]

Each round imports a fictional file (tests/vcard_kit.py) into a fresh book and prints wall and
CPU time of it and of reading the file alone (the vCard reader's share), with the peak memory;
``--again`` also imports the same file a second time (every record then merges). The target is
≤ 10 s for the first import on two cores. ``--profile`` writes cProfile statistics of the first.
"""

from __future__ import annotations

import argparse
import cProfile
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from vcard_kit import fictional_vcards

from advocaat.app.contact_exchange import ContactExchange
from advocaat.app.workspace import Workspace
from advocaat.contacts.transfer import read_contact_file
from advocaat.paths import AppPaths

T = TypeVar("T")


def timed(work: Callable[[], T]) -> tuple[float, float, T]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def one_round(data: bytes, profile: Path | None, again: bool) -> dict[str, tuple[float, float]]:
    """Read the file, import it into a fresh book, import it again; wall and CPU of each."""
    figures = {}
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "adresboek.vcf"
        file.write_bytes(data)
        wall, cpu, _result = timed(lambda: read_contact_file(file.name, data))
        figures["read"] = (wall, cpu)
        with Workspace.open(AppPaths(Path(folder) / "data")) as workspace:
            exchange = ContactExchange(workspace)
            profiler = cProfile.Profile() if profile else None
            if profiler:
                profiler.enable()
            wall, cpu, (_preview, first) = timed(lambda: exchange.import_file(file))
            if profiler:
                profiler.disable()
                profiler.dump_stats(profile)
            figures["first"] = (wall, cpu)
            print(f"{first.added} added, {first.merged} merged, {first.skipped} skipped")
            if again:
                wall, cpu, (_preview, second) = timed(lambda: exchange.import_file(file))
                figures["again"] = (wall, cpu)
                print(f"again: {second.added} added, {second.merged} merged")
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=15_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--again", action="store_true", help="also import the file a second time")
    arguments = parser.parse_args()
    data = fictional_vcards(arguments.contacts)
    rounds = [
        one_round(data, arguments.profile if number == 0 else None, arguments.again)
        for number in range(arguments.rounds)
    ]
    print(f"{arguments.contacts} contacts, {len(data) / 1e6:.1f} MB, {arguments.rounds} rounds")
    for name in rounds[0]:
        walls = [figures[name][0] for figures in rounds]
        cpus = [figures[name][1] for figures in rounds]
        print(
            f"{name:>6}: wall median {statistics.median(walls):6.2f} s (max {max(walls):6.2f})"
            f"   CPU median {statistics.median(cpus):6.2f} s"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
