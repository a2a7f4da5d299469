"""Figure 9: import the vCard file of 15,000 contacts into an empty volunteer, the way the window
and ``advocaat contacts import`` do (:meth:`ContactExchange.import_file`)."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from advocaat.app.contact_exchange import ContactExchange
from advocaat.app.workspace import Workspace
from advocaat.paths import AppPaths
from benchmarks.common import Row, Target
from benchmarks.data import Dataset


def measure(data: Dataset) -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "volunteer"
        shutil.copytree(data.empty_volunteer, root)
        with Workspace.open(AppPaths(root)) as workspace:
            started = time.perf_counter()
            _preview, summary = ContactExchange(workspace).import_file(data.vcard)
            wall = time.perf_counter() - started
    note = f"{summary.added:,} contacts added"
    return [Row("import contacts from one vCard file", "s", Target(10), wall, note=note)]
