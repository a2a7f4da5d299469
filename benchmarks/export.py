"""Figure 6: export the exporter's signals (all of them, ``--full``) through the app layer, as
``advocaat signals export`` does, beside raw age encryption (pyrage) of the very bytes that
export encrypted."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pyrage

from advocaat.app.signals import SyncBook
from advocaat.app.workspace import Workspace
from benchmarks.common import Row, Target, median, timed
from benchmarks.data import Dataset


def measure(data: Dataset) -> list[Row]:
    identity = data.identity()
    recipient = identity.to_public()
    apps, raws = [], []
    with tempfile.TemporaryDirectory() as folder, Workspace.open(data.exporter) as workspace:
        book = SyncBook(workspace)
        for number in range(data.runs):
            output = Path(folder) / str(number)
            output.mkdir()
            apps.append(timed(lambda: book.export(output, full=True)))  # noqa: B023
            written = next(output.iterdir()).read_bytes()
            clear = pyrage.decrypt(written, [identity])
            raws.append(timed(lambda: pyrage.encrypt(clear, [recipient])))  # noqa: B023
    return [Row("export signals", "s", Target(2), median(apps), median(raws))]
