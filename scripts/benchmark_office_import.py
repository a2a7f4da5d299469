"""Measure the national office's import: 1,000 export files holding 100,000 signals in all.

    python scripts/benchmark_office_import.py [--files 1000] [--signals-per-file 100]
        [--senders 100] [--database-url postgresql+psycopg://user@server/database]

It makes a temporary office (its own keys, the setup in the office role), writes fictional export
files in the real format (signed, encrypted to the office) for made-up volunteers, and then times
:meth:`Inbox.take_in` over that folder three times: the first import (every signal new), the same
folder again (every file "imported before"), and a few files with higher revisions of signals
already in (updates). Writing the files is timed on its own and not counted. The target is the
first import of the full size within a minute on a laptop-class machine.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import multiprocessing
import random
import resource
import statistics
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pyrage
from sqlalchemy import func, select

from advocaat.app.workspace import Workspace
from advocaat.core.progress import Reporter
from advocaat.db.office_tables import ReceivedSignal
from advocaat.office.inbox import FileResult, Inbox, Outcome, export_files
from advocaat.organisation.municipalities import bundled_municipalities
from advocaat.organisation.setup import OrganisationSetup, Role, save_setup
from advocaat.paths import AppPaths
from advocaat.sync.export import EXTENSION, PAYLOAD, seal_export
from advocaat.sync.office_keys import init_office, load_office
from advocaat.sync.signed_zip import unpack

# The tests' generator of fictional export files.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from synthetic_exports import SyntheticSender, synthetic_export

PASSPHRASE = "een lang genoeg wachtwoord voor de proef"
UPDATE_FILES = 100


def office_keys(folder: Path) -> tuple[str, str]:
    """The office's keys made and opened (``init_office`` + ``load_office``): its recipient and
    its identity. Run in a child process: the passphrase's scrypt takes half a gigabyte, which
    would hide the import's own peak memory."""
    init_office(folder, PASSPHRASE)
    keys = load_office(folder, PASSPHRASE)
    return keys.public.recipient, str(keys.identity)


def make_senders(count: int, codes: list[str], rng: random.Random) -> list[SyntheticSender]:
    return [
        SyntheticSender(f"Afdeling Proef {number + 1}", tuple(rng.sample(codes, 3)))
        for number in range(count)
    ]


def write_files(
    folder: Path,
    senders: list[SyntheticSender],
    *,
    files: int,
    per_file: int,
    recipient: str,
    names: dict[str, str],
    rng: random.Random,
) -> list[Path]:
    """``files`` export files, spread over the senders in turn."""
    folder.mkdir()
    paths = []
    for number in range(files):
        sender = senders[number % len(senders)]
        data = synthetic_export(sender, recipient, per_file, names, rng)
        path = folder / f"export-{number:05d}{EXTENSION}"
        path.write_bytes(data)
        paths.append(path)
    return paths


def write_updates(
    folder: Path,
    sources: list[Path],
    senders: dict[str, SyntheticSender],
    identity: pyrage.x25519.Identity,
    recipient: str,
) -> list[Path]:
    """For each source file, the sender's next file with every signal of it at revision 2."""
    folder.mkdir()
    paths = []
    for number, source in enumerate(sources):
        body, _signature = unpack(
            pyrage.decrypt(source.read_bytes(), [identity]), PAYLOAD, 10**9,
            not_ours=RuntimeError, damaged=RuntimeError, too_large=RuntimeError,
        )  # fmt: skip
        document = json.loads(body)
        sender = senders[document["manifest"]["sender_id"]]
        assert sender.key is not None
        sender.sequence += 1
        document["manifest"]["sequence"] = sender.sequence
        for signal in document["signals"]:
            signal["revision"] += 1
            signal["text"] += " Bijgewerkt."
            signal["themes"] = ["beschikking"]
        path = folder / f"update-{number:05d}{EXTENSION}"
        path.write_bytes(seal_export(document, sender.key.secret_key, recipient))
        paths.append(path)
    return paths


@dataclass
class Run:
    seconds: float
    cpu_seconds: float
    per_file_ms: list[float]
    results: list[FileResult]


def timed_import(inbox: Inbox, files: list[Path]) -> Run:
    """One :meth:`Inbox.take_in` over ``files``: its wall-clock and CPU seconds, each file's
    milliseconds (between the progress calls), and the results."""
    marks: list[float] = []

    def progress(_index: int, _total: int, _name: str) -> None:
        marks.append(time.perf_counter())

    cpu = time.process_time()
    started = time.perf_counter()
    results = inbox.take_in(files, Reporter(progress))
    ended = time.perf_counter()
    marks.append(ended)
    per_file = [(later - earlier) * 1000 for earlier, later in itertools.pairwise(marks)]
    return Run(ended - started, time.process_time() - cpu, per_file, results)


def peak_memory_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024  # bytes vs KiB


def report(title: str, run: Run) -> None:
    results = run.results
    signals = sum(r.new + r.updated + r.unchanged for r in results)
    outcomes = Counter(r.outcome.value for r in results)
    ordered = sorted(run.per_file_ms) or [0.0]
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    print(f"\n{title}")
    print(f"  files: {len(results)} ({', '.join(f'{k} {v}' for k, v in sorted(outcomes.items()))})")
    print(
        f"  signals: {signals} (new {sum(r.new for r in results)},"
        f" updated {sum(r.updated for r in results)},"
        f" unchanged {sum(r.unchanged for r in results)})"
    )
    print(
        f"  total: {run.seconds:.2f} s (CPU {run.cpu_seconds:.2f} s)"
        f"   {len(results) / run.seconds:.1f} files/s   {signals / run.seconds:,.0f} signals/s"
    )
    print(
        f"  per file: median {statistics.median(ordered):.1f} ms   p95 {p95:.1f} ms"
        f"   max {ordered[-1]:.1f} ms"
    )
    refused = [r for r in results if r.outcome is Outcome.REFUSED]
    if refused:
        print(f"  REFUSED, first: {refused[0].name}: {refused[0].reason}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1_000)
    parser.add_argument("--signals-per-file", type=int, default=100)
    parser.add_argument("--senders", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    if any(field.name == "database_url" for field in dataclasses.fields(AppPaths)):
        parser.add_argument(
            "--database-url",
            help="an empty PostgreSQL database to import into instead of a temporary SQLite file",
        )
    arguments = parser.parse_args()
    database_url = getattr(arguments, "database_url", None)
    rng = random.Random(arguments.seed)
    municipalities = bundled_municipalities()
    codes = [m.cbs_code for m in municipalities]
    names = {m.cbs_code: m.name for m in municipalities}

    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        paths = AppPaths(root / "office", database_url=database_url) if database_url else None
        paths = paths or AppPaths(root / "office")
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as child:
            recipient, secret = child.submit(office_keys, paths.profile_dir / "office").result()
        identity = pyrage.x25519.Identity.from_str(secret)

        started = time.perf_counter()
        senders = make_senders(arguments.senders, codes, rng)
        files = write_files(
            root / "inbox", senders, files=arguments.files, per_file=arguments.signals_per_file,
            recipient=recipient, names=names, rng=rng,
        )  # fmt: skip
        by_uid = {sender.uid: sender for sender in senders}
        # Every signal of the first few files gets a higher revision.
        updates = write_updates(root / "updates", files[:UPDATE_FILES], by_uid, identity, recipient)
        size = sum(path.stat().st_size for path in files)
        print(
            f"wrote {len(files)} export files ({size / 1e6:.1f} MB) from {len(senders)} senders"
            f" and {len(updates)} update files in {time.perf_counter() - started:.1f} s"
            f" (not counted; peak memory so far {peak_memory_mb():.0f} MB)"
        )

        with Workspace.open(paths) as workspace:
            with workspace.session() as session:
                save_setup(session, OrganisationSetup("Vereniging Proef", (), Role.NATIONAL_OFFICE))
            inbox = Inbox(workspace.session, [identity], decide=lambda _card: True)
            folder = export_files([root / "inbox"])
            report("first import (all new)", timed_import(inbox, folder))
            print(f"  peak memory (maxrss): {peak_memory_mb():.0f} MB")
            if paths.uses_sqlite:
                database = paths.database
                wal = database.with_name(database.name + "-wal")
                print(
                    f"  database: {database.stat().st_size / 1e6:.1f} MB"
                    f" (+ WAL {wal.stat().st_size / 1e6 if wal.exists() else 0:.1f} MB)"
                )

            report("same folder again (all imported before)", timed_import(inbox, folder))

            updated = timed_import(inbox, export_files([root / "updates"]))
            report("higher revisions of existing signals (updates)", updated)
            print(f"\npeak memory (maxrss): {peak_memory_mb():.0f} MB")
            with workspace.session() as session:
                stored = session.scalar(select(func.count()).select_from(ReceivedSignal))
            print(f"signals in the database: {stored}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
