"""Figure 7: the office's import of the export files into an empty office, through the app layer
(:meth:`OfficeBook.take_in`, as the window and ``advocaat office import`` do), beside the raw
work: decrypt (pyrage), verify (minisign), parse (json) every file, and one executemany of all
rows into a fresh SQLite table. One run each: the import is long enough to be steady."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import tempfile
import time
import zipfile
from pathlib import Path

import minisign
import pyrage

from advocaat.app.office import OfficeBook
from advocaat.app.workspace import Workspace
from advocaat.office.inbox import Outcome, export_files
from advocaat.paths import AppPaths
from advocaat.sync.export import PAYLOAD
from benchmarks.common import Row, Target
from benchmarks.data import PASSPHRASE, Dataset

COLUMNS = ("uid", "revision", "withdrawn", "text", "municipality", "municipality_name", "law",
           "source", "date", "people", "urgency", "status")  # fmt: skip


def _raw(files: list[Path], identity: pyrage.x25519.Identity, database: Path) -> float:
    started = time.perf_counter()
    rows = []
    for path in files:
        with zipfile.ZipFile(io.BytesIO(pyrage.decrypt(path.read_bytes(), [identity]))) as z:
            body, signature = z.read(PAYLOAD), z.read(f"{PAYLOAD}.minisig")
        document = json.loads(body)
        key = minisign.PublicKey.from_base64(document["manifest"]["sender_key"])
        key.verify(body, minisign.Signature.from_bytes(signature))
        rows += [tuple(signal[c] for c in COLUMNS) for signal in document["signals"]]
    connection = sqlite3.connect(database)
    with connection:
        connection.execute(f"CREATE TABLE received ({', '.join(COLUMNS)})")
        marks = ", ".join("?" * len(COLUMNS))
        connection.executemany(f"INSERT INTO received VALUES ({marks})", rows)
    connection.close()
    return time.perf_counter() - started


def measure(data: Dataset) -> list[Row]:
    files = export_files([data.exports])
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "office"
        shutil.copytree(data.empty_office, root)
        with Workspace.open(AppPaths(root)) as workspace:
            book = OfficeBook(workspace)
            book.unlock(PASSPHRASE)  # scrypt, not counted
            cpu, started = time.process_time(), time.perf_counter()
            results = book.take_in(files, decide=lambda _card: True)
            wall, cpu = time.perf_counter() - started, time.process_time() - cpu
        refused = [r for r in results if r.outcome is Outcome.REFUSED]
        raw_cpu = time.process_time()
        raw = _raw(files, data.identity(), Path(folder) / "raw.sqlite")
        raw_cpu = time.process_time() - raw_cpu
    note = f"CPU {cpu:.2f} s against {raw_cpu:.2f} s"
    if refused:
        note += f"; {len(refused)} files refused, first: {refused[0].reason}"
    return [Row("office import", "s", Target(10), wall, raw, note)]
