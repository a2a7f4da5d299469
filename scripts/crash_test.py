"""Kill the real `advocaat` command at random moments and check that nothing is half-written.

    python scripts/crash_test.py [--kills 200] [--seed 7]

It sets up a volunteer and a national office in a temporary folder (fictional data), then runs,
in turn, a contacts import, a signal export, an office import of many export files, a backup, a
restore, and the restore of a portable backup onto a new computer (an empty data folder), each
as a child process that is sent SIGKILL after a random delay. After every kill it checks that
the database passes ``PRAGMA integrity_check`` and holds every unit of work fully
or not at all:
- contacts import: no people, or every person of the file (one unit of work);
- signal export: every export the database records has its file, complete (it decrypts with the
  office's key and its signature holds);
- office import: every imported file brought all of its signals (100 each), none brought part;
- backup: every backup listed is a sound database (a killed one leaves none, or a sound one);
- restore: the database is there and sound, and is either the state before or the backup;
- portable restore into an empty folder, after the next start: nothing, or a sound database of
  the backup with the volunteer's own signing key, whole (the key the office knows), and no
  file left half-placed.
It prints, per operation, how many kills landed while the command was still running, how many
runs ended on their own first, and how many checks failed (the exit status is 1 if any did).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from advocaat.app.signals import SignalBook
from advocaat.app.workspace import Workspace
from advocaat.organisation.setup import OrganisationSetup, Role, save_setup
from advocaat.paths import AppPaths
from advocaat.signals.service import SignalData
from advocaat.sync.export_reader import read_export
from advocaat.sync.office_keys import load_office, office_folder
from advocaat.sync.volunteer import SIGNING_KEY_FILE

# The tests' generator of fictional export files.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from synthetic_exports import SyntheticSender, synthetic_export

SECRET = "fictief wachtwoord voor de crashtest"
PEOPLE = 400
FILES = 40
SIGNALS_PER_FILE = 100
SIGNALS_BEFORE = 200
"""The volunteer's signals in the backups that are restored; the database holds one more."""


def command(folder: Path, *arguments: str) -> list[str]:
    return [sys.executable, "-m", "advocaat", "--lang", "en", "--data-dir", str(folder), *arguments]


def environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ADVOCAAT_")}
    env.update({"ADVOCAAT_PASSPHRASE": SECRET, "QT_QPA_PLATFORM": "offscreen"})
    return env


def run(folder: Path, *arguments: str) -> str:
    done = subprocess.run(
        command(folder, *arguments), env=environment(), capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"advocaat {' '.join(arguments)} failed: {done.stderr.strip()}")
    return done.stdout


def count(database: Path, table: str) -> int:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def integrity(database: Path) -> bool:
    with sqlite3.connect(database) as connection:
        return connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def vcards(count_: int) -> bytes:
    cards = [
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"UID:urn:uuid:00000000-0000-4000-8000-{number:012d}\r\n"
        f"N:Proef{number};Persoon;;;\r\nFN:Persoon Proef{number}\r\n"
        f"EMAIL:persoon{number}@example.nl\r\nORG:Stichting Proef {number % 20}\r\n"
        "END:VCARD\r\n"
        for number in range(count_)
    ]
    return "".join(cards).encode("utf-8")


@dataclass
class Scene:
    root: Path
    volunteer: Path
    office: Path
    contacts_file: Path
    exports: Path
    inbox: Path
    pristine_volunteer: Path
    pristine_office: Path
    restore_from: Path
    portable: Path
    new_computer: Path


def set_up(root: Path, rng: random.Random) -> Scene:
    volunteer, office = root / "vrijwilliger", root / "bureau"
    run(office, "setup", "--organisation", "Vereniging Proef", "--role", "office")
    run(office, "office", "init")
    profile = root / "bureau.advocaat-profiel"
    run(office, "office", "profile", "--output", str(profile))
    with Workspace.open(AppPaths(volunteer)) as workspace:
        with workspace.session() as session:
            save_setup(session, OrganisationSetup("Afdeling Zwolle", ("GM0193",), Role.VOLUNTEER))
        book = SignalBook(workspace)
        for number in range(SIGNALS_BEFORE):
            text = f"De regiotaxi kwam {number} minuten te laat."
            book.save(None, SignalData(text, "GM0193", date(2026, 11, 2), ["vervoer"]))
    run(volunteer, "profile", "import", str(profile))
    run(volunteer, "keys", "show")  # makes the signing key the office will know
    contacts_file = root / "contacten.vcf"
    contacts_file.write_bytes(vcards(PEOPLE))
    exports = root / "exports"
    exports.mkdir()

    recipient = (office_folder(AppPaths(office).profile_dir) / "office-recipient.txt").read_text()
    sender = SyntheticSender("Afdeling Proef", ("GM0193",))
    inbox = root / "inbox"
    inbox.mkdir()
    for number in range(FILES + 1):
        data = synthetic_export(sender, recipient.strip(), SIGNALS_PER_FILE, {}, rng)
        (inbox / f"export-{number:03d}.advocaat-export").write_bytes(data)
    first = inbox / "export-000.advocaat-export"
    first.rename(root / first.name)
    subprocess.run(command(office, "office", "import", str(root / first.name)),
                   env=environment(), capture_output=True, check=False)  # fmt: skip
    key = run(office, "office", "senders").split("\t")[0]
    run(office, "office", "accept", key)
    run(office, "office", "import", str(root / first.name))

    restore_from = root / "terugzetten.sqlite3"  # a backup with fewer signals than now
    run(volunteer, "backup", "--output", str(restore_from))
    portable = root / "verhuizen.advocaat-backup"
    run(volunteer, "backup", "--portable", "--output", str(portable))
    with Workspace.open(AppPaths(volunteer)) as workspace:
        SignalBook(workspace).save(None, SignalData("Na de back-up.", "GM0193", date(2026, 11, 3)))

    pristine_volunteer, pristine_office = root / "vrijwilliger.start", root / "bureau.start"
    shutil.copytree(volunteer, pristine_volunteer)
    shutil.copytree(office, pristine_office)
    return Scene(root, volunteer, office, contacts_file, exports, inbox,
                 pristine_volunteer, pristine_office, restore_from, portable,
                 root / "nieuwe-laptop")  # fmt: skip


def fresh(copy: Path, folder: Path) -> None:
    shutil.rmtree(folder)
    shutil.copytree(copy, folder)


def check_contacts(scene: Scene) -> bool:
    database = AppPaths(scene.volunteer).database
    return integrity(database) and count(database, "person") in (0, PEOPLE)


def check_exports(scene: Scene) -> bool:
    database = AppPaths(scene.volunteer).database
    if not integrity(database):
        return False
    keys = load_office(office_folder(AppPaths(scene.office).profile_dir), SECRET)
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        names = [row[0] for row in connection.execute("SELECT file_name FROM signal_export")]
    for name in names:
        path = scene.exports / name
        if not path.is_file():
            return False
        read_export(path.read_bytes(), keys.identities)  # raises on a damaged file
    return True


def check_office(scene: Scene) -> bool:
    database = AppPaths(scene.office).database
    if not integrity(database):
        return False
    files = count(database, "imported_file")
    return count(database, "received_signal") == files * SIGNALS_PER_FILE


def check_backups(scene: Scene) -> bool:
    database = AppPaths(scene.volunteer).database
    folder = database.parent / "backups"
    made = list(folder.glob("advocaat-*.sqlite3")) if folder.is_dir() else []
    return integrity(database) and all(integrity(path) for path in made)


def check_restore(scene: Scene) -> bool:
    database = AppPaths(scene.volunteer).database
    if not database.is_file() or not integrity(database):
        return False
    return count(database, "signal") in (SIGNALS_BEFORE, SIGNALS_BEFORE + 1)


def empty(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()


def check_portable_restore(scene: Scene) -> bool:
    """After the next start (which finishes a restore cut short after its database, or drops
    one cut short before): the empty state, or the backup whole with the volunteer's own key."""
    run(scene.new_computer, "signals", "list", "--format", "csv")
    database = AppPaths(scene.new_computer).database
    key = scene.new_computer / SIGNING_KEY_FILE
    own_key = (scene.pristine_volunteer / SIGNING_KEY_FILE).read_bytes()
    leftovers = [path for path in scene.new_computer.rglob(".*") if path.name != ".lock"]
    if leftovers:
        print("left behind:", ", ".join(path.name for path in leftovers))
    if not integrity(database) or leftovers:
        return False
    if count(database, "signal") == 0:
        return not key.exists()
    return count(database, "signal") == SIGNALS_BEFORE and key.read_bytes() == own_key


@dataclass
class Operation:
    name: str
    arguments: Callable[[Scene], tuple[Path, list[str]]]
    reset: Callable[[Scene], None]
    check: Callable[[Scene], bool]


OPERATIONS = [
    Operation(
        "contacts import",
        lambda s: (s.volunteer, ["contacts", "import", str(s.contacts_file)]),
        lambda s: fresh(s.pristine_volunteer, s.volunteer),
        check_contacts,
    ),
    Operation(
        "signal export",
        lambda s: (s.volunteer, ["signals", "export", "--full", "--output", str(s.exports)]),
        lambda s: None,
        check_exports,
    ),
    Operation(
        "office import",
        lambda s: (s.office, ["office", "import", str(s.inbox)]),
        lambda s: fresh(s.pristine_office, s.office),
        check_office,
    ),
    Operation(
        "backup",
        lambda s: (s.volunteer, ["backup"]),
        lambda s: None,
        check_backups,
    ),
    Operation(
        "restore",
        lambda s: (s.volunteer, ["restore", str(s.restore_from)]),
        lambda s: fresh(s.pristine_volunteer, s.volunteer),
        check_restore,
    ),
    Operation(
        "portable restore",
        lambda s: (s.new_computer, ["restore", str(s.portable)]),
        lambda s: empty(s.new_computer),
        check_portable_restore,
    ),
]


def duration(scene: Scene, operation: Operation) -> float:
    """How long the operation takes when it is left alone (on a fresh copy)."""
    operation.reset(scene)
    folder, arguments = operation.arguments(scene)
    started = time.monotonic()
    subprocess.run(command(folder, *arguments), env=environment(), capture_output=True,
                   check=False)  # fmt: skip
    return time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    with tempfile.TemporaryDirectory() as folder:
        scene = set_up(Path(folder), rng)
        lengths = {op.name: duration(scene, op) for op in OPERATIONS}
        print("uninterrupted: " + ", ".join(f"{n} {s:.2f} s" for n, s in lengths.items()))
        killed: Counter[str] = Counter()
        finished: Counter[str] = Counter()
        failed: Counter[str] = Counter()
        round_ = 0
        while sum(killed.values()) < arguments.kills:
            operation = OPERATIONS[round_ % len(OPERATIONS)]
            round_ += 1
            operation.reset(scene)
            target, args = operation.arguments(scene)
            quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
            process = subprocess.Popen(command(target, *args), env=environment(), **quiet)
            time.sleep(rng.uniform(0.2, 1.0) * lengths[operation.name])
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                killed[operation.name] += 1
            else:
                finished[operation.name] += 1
            process.wait()
            try:
                sound = operation.check(scene)
            except Exception as error:
                print(f"round {round_}, {operation.name}: {error!r}")
                sound = False
            if not sound:
                failed[operation.name] += 1
        print(f"{'operation':<17} {'killed':>7} {'ended first':>12} {'failed checks':>14}")
        for operation in OPERATIONS:
            name = operation.name
            print(f"{name:<17} {killed[name]:>7} {finished[name]:>12} {failed[name]:>14}")
        print(f"{'total':<17} {sum(killed.values()):>7} {sum(finished.values()):>12} "
              f"{sum(failed.values()):>14}")  # fmt: skip
        return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
