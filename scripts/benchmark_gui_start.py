"""Measure the cold start of the window on big databases, beside a bare PySide6 window.

    python scripts/benchmark_gui_start.py [--signals 100000] [--people 10000] [--runs 5]

It fills two temporary data folders with fictional rows by bulk inserts (a volunteer with
10,000 people and 100,000 signals; a national office with 100,000 received signals), then starts
the real app in a fresh process for each (offscreen, quitting as soon as the event loop runs) and
a bare PySide6 window the same way, in alternation. It prints the median wall time, CPU time and
peak memory of each with the ratio to the bare window; then the time to open the Signals part
(National picture at the office) inside one process.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from advocaat.app.organisation import OrganisationBook
from advocaat.app.workspace import Workspace
from advocaat.organisation.municipalities import bundled_municipalities
from advocaat.organisation.setup import Role
from advocaat.paths import AppPaths

WORDS = [
    "wachttijd",
    "huishoudelijke",
    "hulp",
    "indicatie",
    "eigen",
    "bijdrage",
    "vervoer",
    "rolstoel",
    "keukentafelgesprek",
    "beschikking",
    "bezwaar",
    "thuiszorg",
    "mantelzorg",
    "woningaanpassing",
    "dagbesteding",
]
THEMES = ["wachttijd", "eigen bijdrage", "vervoer", "hulpmiddelen", "toegang", "mantelzorg"]
STATUSES = ["new", "in_progress", "forwarded", "taken_up", "closed"]

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

APP = """
import sys
from advocaat.cli import main
main(["--data-dir", sys.argv[1], "--quit-after", "0"])
"""

OPEN_SIGNALS = """
import sys, time
from PySide6.QtCore import QTimer
from advocaat.app.run_options import RunOptions
from advocaat.app.workspace import Workspace
from advocaat.paths import AppPaths
from advocaat.ui.app import application
from advocaat.ui.controller import AppController
from advocaat.ui.main_window import PARTS, MainWindow
from advocaat.ui.qt_language import QtLanguage
app = application()
paths = AppPaths(__import__("pathlib").Path(sys.argv[1]))
paths.window_state_file.unlink(missing_ok=True)  # start on Start, as a first start does
with Workspace.open(paths) as workspace:
    controller = AppController(workspace, RunOptions(paths, "en"), QtLanguage(app))
    window = MainWindow(controller)
    window.show()
    app.processEvents()
    started = time.perf_counter()
    window.show_part([part.key for part in PARTS].index("signals"))
    app.processEvents()
    print(time.perf_counter() - started)
    window.close()
"""


def words(chance: random.Random, count: int) -> str:
    return " ".join(chance.choice(WORDS) for _ in range(count))


def fill_volunteer(root: Path, people: int, signals: int, seed: int = 19) -> None:
    """A volunteer's folder: set up, then people and signals by ``executemany``."""
    chance = random.Random(seed)
    codes = [municipality.cbs_code for municipality in bundled_municipalities()]
    paths = AppPaths(root)
    with Workspace.open(paths) as workspace:
        OrganisationBook(workspace).save_setup_named(
            "Voorbeeldvereniging", ["Zwolle"], Role.VOLUNTEER
        )
    now = datetime(2026, 1, 1).isoformat(sep=" ")
    connection = sqlite3.connect(paths.database)
    with connection:
        connection.executemany(
            "INSERT INTO person (uid, given_name, infix, family_name, notes, strategy, photo_type,"
            " sort_key, created_at, updated_at) VALUES (?, ?, '', ?, '', '', '', ?, ?, ?)",
            (
                (f"p{n}", f"Voornaam{n}", f"Achternaam{n}", f"achternaam{n}", now, now)
                for n in range(people)
            ),
        )
        start = date(2024, 1, 1)
        connection.executemany(
            "INSERT INTO signal (uid, revision, text, municipality_code, themes, law, source,"
            " happened_on, people_count, urgency, status, withdrawn, created_at, updated_at,"
            " office_comment) VALUES (?, 1, ?, ?, ?, 'wmo', 'phone', ?, 1, 'normal', ?, 0, ?, ?,"
            " '')",
            (
                (
                    f"s{n}",
                    words(chance, 12),
                    chance.choice(codes),
                    json.dumps(chance.sample(THEMES, 2)),
                    (start + timedelta(days=chance.randrange(900))).isoformat(),
                    chance.choice(STATUSES),
                    now,
                    now,
                )
                for n in range(signals)
            ),
        )
    connection.close()


def fill_office(root: Path, signals: int, senders: int = 200, seed: int = 19) -> None:
    """A national office's folder with ``signals`` received signals from ``senders`` volunteers."""
    chance = random.Random(seed)
    municipalities = [(m.cbs_code, m.name) for m in bundled_municipalities()]
    paths = AppPaths(root)
    with Workspace.open(paths) as workspace:
        OrganisationBook(workspace).save_setup_named("Landelijk bureau", [], Role.NATIONAL_OFFICE)
    now = datetime(2026, 1, 1).isoformat(sep=" ")
    connection = sqlite3.connect(paths.database)
    with connection:
        connection.executemany(
            "INSERT INTO sender (id, sender_uid, name, municipalities, signing_key, recipient,"
            " accepted, first_seen_at, last_sequence, replaced_signing_keys)"
            " VALUES (?, ?, ?, '[]', ?, ?, 1, ?, 0, '[]')",
            (
                (n + 1, f"sender{n}", f"Vrijwilliger {n}", f"key{n}", f"age1{n}", now)
                for n in range(senders)
            ),
        )
        start = date(2024, 1, 1)
        rows = []
        themes = []
        for n in range(signals):
            code, name = chance.choice(municipalities)
            rows.append(
                (
                    n + 1,
                    chance.randrange(senders) + 1,
                    f"r{n}",
                    words(chance, 12),
                    code,
                    name,
                    (start + timedelta(days=chance.randrange(900))).isoformat(),
                    chance.choice(STATUSES),
                    now,
                )
            )
            themes.extend((n + 1, theme) for theme in chance.sample(THEMES, 2))
        connection.executemany(
            "INSERT INTO received_signal (id, sender_id, uid, revision, withdrawn, text,"
            " municipality_code, municipality_name, law, source, happened_on, people_count,"
            " urgency, sender_status, office_status, office_comment, received_at)"
            " VALUES (?, ?, ?, 1, 0, ?, ?, ?, 'wmo', 'phone', ?, 1, 'normal', ?, 'new', '', ?)",
            rows,
        )
        connection.executemany(
            "INSERT INTO received_signal_theme (signal_id, theme) VALUES (?, ?)", themes
        )
    connection.close()


def run(code: str, *arguments: str) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds and peak memory (MiB) of a fresh interpreter running ``code``."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # An installed app has its bytecode: let the warm-up run write it, as an install does.
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", code, *arguments],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, result.stdout


def peak_memory(code: str, *arguments: str) -> float:
    """Peak resident memory (MiB) of a fresh interpreter running ``code`` (measured inside it:
    the children's ru_maxrss is the largest child so far)."""
    probe = (
        "import resource\n"
        f"exec(compile({code!r}, '<run>', 'exec'))\n"
        "print('peak', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n"
    )
    output = run(probe, *arguments)[2]
    return float(output.rsplit("peak", 1)[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--signals", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        volunteer, office = Path(folder) / "volunteer", Path(folder) / "office"
        started = time.perf_counter()
        fill_volunteer(volunteer, options.people, options.signals)
        fill_office(office, options.signals)
        print(f"filled in {time.perf_counter() - started:.1f} s")
        cases = {
            "bare window": (BARE,),
            "volunteer": (APP, str(volunteer)),
            "office": (APP, str(office)),
        }
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in cases}
        for case in cases.values():  # warm-up: bytecode and the disk cache, as on a second start
            run(*case)
        for _run in range(options.runs):
            for name, case in cases.items():
                wall, cpu, _output = run(*case)
                times[name].append((wall, cpu))
        memory = {name: peak_memory(*case) for name, case in cases.items()}
        bare_wall = statistics.median(wall for wall, _cpu in times["bare window"])
        bare_cpu = statistics.median(cpu for _wall, cpu in times["bare window"])
        print(f"{'start':<12} {'wall s':>8} {'cpu s':>8} {'MiB':>7} {'× wall':>7} {'× cpu':>7}")
        for name, measured in times.items():
            wall = statistics.median(w for w, _c in measured)
            cpu = statistics.median(c for _w, c in measured)
            print(
                f"{name:<12} {wall:8.2f} {cpu:8.2f} {memory[name]:7.0f}"
                f" {wall / bare_wall:7.1f} {cpu / bare_cpu:7.1f}"
            )
        for name, root in (("volunteer", volunteer), ("office", office)):
            opened = [float(run(OPEN_SIGNALS, str(root))[2].split()[-1]) for _ in range(3)]
            print(f"open the signals list, {name}: {statistics.median(opened) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
