"""The office import of 1,000 files beside its floor, measured in the same run.

    python scripts/office_import_floor.py [--files 1000] [--signals-per-file 100] [--senders 200]
        [--repeat 3] [--profile FILE]

The floor is what no import can skip: decrypt each file (pyrage, the office's identity), check
its minisign signature, ``json.loads`` the document, and one ``sqlite3`` executemany of all the
rows into a table shaped like ``received_signal``. The import is :meth:`Inbox.take_in` over the
same files into a fresh office database. The two take turns ``--repeat`` times; the medians of
wall-clock and CPU seconds are printed with their ratio. ``--profile`` writes a cProfile of one
more import (``python -m pstats FILE``).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import multiprocessing
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path

import minisign
import pyrage

from advocaat.app.workspace import Workspace
from advocaat.office.inbox import Inbox, Outcome
from advocaat.organisation.municipalities import bundled_municipalities
from advocaat.organisation.setup import OrganisationSetup, Role, save_setup
from advocaat.paths import AppPaths

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchmark_office_import import make_senders, office_keys, write_files

FLOOR_TABLE = """CREATE TABLE received_signal (
    id INTEGER PRIMARY KEY, sender_id INTEGER, uid VARCHAR(64), revision INTEGER,
    withdrawn BOOLEAN, text TEXT, municipality_code VARCHAR(6), municipality_name VARCHAR(120),
    law VARCHAR(30), source VARCHAR(30), happened_on DATE, people_count INTEGER,
    urgency VARCHAR(20), sender_status VARCHAR(30), office_status VARCHAR(30),
    office_comment TEXT, received_at DATETIME, UNIQUE (sender_id, uid))"""
FLOOR_INSERT = (
    "INSERT INTO received_signal VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def floor(files: list[Path], identity: pyrage.x25519.Identity, database: Path) -> int:
    """Decrypt, verify, parse every file and insert all rows with one executemany."""
    senders: dict[str, int] = {}
    rows = []
    for path in files:
        clear = pyrage.decrypt(path.read_bytes(), [identity])
        with zipfile.ZipFile(io.BytesIO(clear)) as archive:
            body = archive.read("export.json")
            signature = archive.read("export.json.minisig")
        document = json.loads(body)
        manifest = document["manifest"]
        key = minisign.PublicKey.from_base64(manifest["sender_key"])
        key.verify(body, minisign.Signature.from_bytes(signature))
        sender = senders.setdefault(manifest["sender_id"], len(senders) + 1)
        rows += [
            (sender, s["uid"], s["revision"], s["withdrawn"], s["text"], s.get("municipality"),
             s["municipality_name"], s["law"], s["source"], s["date"], s["people"], s["urgency"],
             s["status"], "new", "", "2026-01-01 00:00:00")
            for s in document["signals"]
        ]  # fmt: skip
    connection = sqlite3.connect(database)
    connection.execute(FLOOR_TABLE)
    with connection:
        connection.executemany(FLOOR_INSERT, rows)
    connection.close()
    return len(rows)


def office_import(files: list[Path], identity: pyrage.x25519.Identity, root: Path) -> int:
    """:meth:`Inbox.take_in` over ``files`` into a fresh office at ``root``."""
    with Workspace.open(AppPaths(root)) as workspace:
        with workspace.session() as session:
            save_setup(session, OrganisationSetup("Vereniging Proef", (), Role.NATIONAL_OFFICE))
        inbox = Inbox(workspace.session, [identity], decide=lambda _card: True)
        results = inbox.take_in(files)
    refused = [r for r in results if r.outcome is not Outcome.IMPORTED]
    assert not refused, refused[0]
    return sum(r.new for r in results)


def timed(work: Callable[[], int]) -> tuple[float, float, int]:
    cpu, wall = time.process_time(), time.perf_counter()
    count = work()
    return time.perf_counter() - wall, time.process_time() - cpu, count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1_000)
    parser.add_argument("--signals-per-file", type=int, default=100)
    parser.add_argument("--senders", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", type=Path)
    arguments = parser.parse_args()
    rng = random.Random(7)
    municipalities = bundled_municipalities()
    codes = [m.cbs_code for m in municipalities]
    names = {m.cbs_code: m.name for m in municipalities}
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as child:
            recipient, secret = child.submit(office_keys, root / "keys").result()
        identity = pyrage.x25519.Identity.from_str(secret)
        senders = make_senders(arguments.senders, codes, rng)
        files = write_files(
            root / "inbox", senders, files=arguments.files, per_file=arguments.signals_per_file,
            recipient=recipient, names=names, rng=rng,
        )  # fmt: skip
        floors, imports = [], []
        for turn in range(arguments.repeat):
            floors.append(timed(partial(floor, files, identity, root / f"floor-{turn}.sqlite")))
            imports.append(timed(partial(office_import, files, identity, root / f"office-{turn}")))
            print(
                f"turn {turn + 1}: floor {floors[-1][0]:.2f} s (CPU {floors[-1][1]:.2f} s),"
                f" import {imports[-1][0]:.2f} s (CPU {imports[-1][1]:.2f} s),"
                f" {imports[-1][2]} signals",
                flush=True,
            )
        wall = statistics.median(run[0] for run in imports)
        cpu = statistics.median(run[1] for run in imports)
        floor_wall = statistics.median(run[0] for run in floors)
        floor_cpu = statistics.median(run[1] for run in floors)
        print(
            f"\n{len(files)} files, {imports[0][2]} signals, median of {arguments.repeat}:\n"
            f"  import {wall:.2f} s wall, {cpu:.2f} s CPU\n"
            f"  floor  {floor_wall:.2f} s wall, {floor_cpu:.2f} s CPU\n"
            f"  ratio  {wall / floor_wall:.1f}x wall, {cpu / floor_cpu:.1f}x CPU\n"
            f"  peak memory (maxrss, whole run): "
            f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
        )
        if arguments.profile:
            profiler = cProfile.Profile()
            profiler.runcall(office_import, files, identity, root / "office-profiled")
            profiler.dump_stats(arguments.profile)
            print(f"  profile written to {arguments.profile}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
