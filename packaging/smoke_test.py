"""Smoke test of a built bundle: the frozen app used headless as a volunteer and an office would.

    python packaging/smoke_test.py dist/advocaat

Every step runs the frozen executables themselves (never Python from the build environment),
with fresh data folders, offscreen. Any failed step stops the test with what the app printed.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

WINDOWS = sys.platform == "win32"
MACOS = sys.platform == "darwin"
SUFFIX = ".exe" if WINDOWS else ""
PASSPHRASE = "een lang wachtwoord voor de proef"
PORTABLE_MARKER = "advocaat-portable.txt"  # advocaat.paths.PORTABLE_MARKER
QT_CATALOGS = ("qt_nl.qm", "qtbase_nl.qm")
STARTS = 5


class SmokeTestError(Exception):
    """A step of the smoke test did not do what it should."""


class Bundle:
    """The two executables of a built folder, run with a clean environment."""

    def __init__(self, folder: Path, home: Path) -> None:
        self.folder = folder
        self.command = folder / f"advocaat{SUFFIX}"
        self.gui = folder / f"advocaat-gui{SUFFIX}"
        self.home = home

    def environment(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("ADVOCAAT_", "XDG_"))}
        env.update(QT_QPA_PLATFORM="offscreen", ADVOCAAT_PASSPHRASE=PASSPHRASE)
        if not WINDOWS:
            env["HOME"] = str(self.home)  # nothing lands in the profile of whoever builds
        return env

    def _run(
        self, arguments: Sequence[str | Path], expect: int, executable: Path | None
    ) -> subprocess.CompletedProcess[str]:
        command = [str(executable or self.command), "--lang", "en", *map(str, arguments)]
        result = subprocess.run(
            command, env=self.environment(), cwd=self.home, capture_output=True, text=True,
            encoding="utf-8", timeout=180, check=False,
        )  # fmt: skip
        if result.returncode != expect:
            raise SmokeTestError(
                f"{' '.join(command)} ended with {result.returncode}, not {expect}:\n"
                f"{result.stdout}\n{result.stderr}"
            )
        return result

    def run(self, *arguments: str | Path, expect: int = 0, executable: Path | None = None) -> str:
        """What the command printed."""
        return self._run(arguments, expect, executable).stdout

    def run_failing(self, *arguments: str | Path, expect: int) -> str:
        """What the command said on its error output."""
        return self._run(arguments, expect, None).stderr


def check(condition: bool, what: str) -> None:
    if not condition:
        raise SmokeTestError(what)
    print(f"   ok: {what}", flush=True)


def version_of(folder: Path) -> str:
    """The version the frozen command reports (``advocaat --version``)."""
    output = subprocess.run(
        [str(folder / f"advocaat{SUFFIX}"), "--version"], capture_output=True, text=True,
        check=True, timeout=120,
    ).stdout  # fmt: skip
    name, _, version = output.strip().partition(" ")
    if name != "advocaat" or not version:
        raise SmokeTestError(f"advocaat --version printed {output!r}")
    return version


def check_contents(bundle: Bundle) -> None:
    names = {path.name for path in bundle.folder.parent.rglob("*")}
    for catalog in QT_CATALOGS:
        check(catalog in names, f"Qt's own Dutch catalog {catalog} is in the bundle")
    check("qtbase_de.qm" not in names, "Qt's catalogs of other languages are left out")
    check("advocaat.mo" in names and "DejaVuSans.ttf" in names, "catalogs and fonts are bundled")


def check_languages(bundle: Bundle, data: Path) -> None:
    english = bundle.run("--data-dir", data, "info")
    check(f"Data folder: {data}" in english, "info in English names the fresh data folder")
    dutch = subprocess.run(
        [str(bundle.command), "--data-dir", str(data), "info"], env=bundle.environment(),
        capture_output=True, text=True, encoding="utf-8", timeout=120, check=True,
    ).stdout  # fmt: skip
    check("Gegevensmap: " in dutch, "the frozen app speaks Dutch by default")


def check_windows(bundle: Bundle, scratch: Path) -> None:
    for executable in (bundle.command, bundle.gui):
        data = scratch / f"window-{executable.stem}"
        bundle.run("--data-dir", data, "--quit-after", "2", executable=executable)
        opened = (data / "advocaat.sqlite3").is_file()
        check(opened, f"{executable.name} opens its window offscreen")


def check_demo_and_print(bundle: Bundle, scratch: Path) -> None:
    data = scratch / "demo"
    bundle.run("--data-dir", data, "--demo", "--quit-after", "3")
    check(any(data.rglob("*.sqlite3")), "the demo opens offscreen with its fictional data")
    demo = ("--data-dir", data, "--demo")
    visits = json.loads(bundle.run(*demo, "visits", "list", "--format", "json"))
    check(len(visits) > 0, f"the demo has {len(visits)} visits")
    for large in ((), ("--large",)):
        sheet = scratch / f"sheet{''.join(large)}.pdf"
        bundle.run(*demo, "visits", "print", str(visits[0]["id"]), "--sheet", "conversation",
                   *large, "--output", sheet)  # fmt: skip
        pdf = sheet.read_bytes()
        check(
            pdf.startswith(b"%PDF") and b"DejaVuSans" in pdf,
            f"a conversation sheet{' in large print' if large else ''} is printed to PDF"
            " with the bundled font",
        )


def check_round_trip(bundle: Bundle, scratch: Path) -> None:
    """A volunteer exports a signal; an office that has never seen them imports it."""
    office, volunteer = ["--data-dir", scratch / "office"], ["--data-dir", scratch / "volunteer"]
    profile, inbox = scratch / "organisatie.advocaat-profiel", scratch / "inbox"
    bundle.run(*office, "setup", "--organisation", "Vereniging Proef", "--role", "office")
    bundle.run(*office, "office", "init")
    bundle.run(*office, "office", "profile", "--output", profile)
    bundle.run(*volunteer, "setup", "--organisation", "Vereniging Proef, afdeling Zwolle",
               "--role", "volunteer", "--municipality", "Zwolle")  # fmt: skip
    backups = scratch / "volunteer" / "backups"
    check(not any(backups.glob("*before-import*")), "the volunteer has imported nothing yet")
    # What a double-click on the profile runs: the window opens at the profile's import.
    bundle.run(*volunteer, profile, "--quit-after", "5", executable=bundle.gui)
    check(
        any(backups.glob("*before-import*")),
        "a double-clicked profile opens the window at its import",
    )
    text = "De regiotaxi in Zwolle komt vaak te laat (proef)."
    bundle.run(*volunteer, "signals", "add", "--municipality", "Zwolle", "--theme", "vervoer",
               "--text", text, "--people", "2")  # fmt: skip
    inbox.mkdir()
    bundle.run(*volunteer, "signals", "export", "--output", inbox)
    exported = list(inbox.glob("*.advocaat-export"))
    check(len(exported) == 1, "the volunteer exports one file, sealed for the profile's office")
    first = bundle.run(*office, "office", "import", inbox, expect=1)
    check("sends for the first time" in first, "the office refuses a sender it has never seen")
    senders = bundle.run(*office, "office", "senders").splitlines()
    check(len(senders) == 1, "the new sender is listed, not yet accepted")
    bundle.run(*office, "office", "accept", senders[0].split("\t")[0])
    second = bundle.run(*office, "office", "import", inbox)
    check("1 new" in second, "after accepting, the office imports the signal")
    listed = json.loads(bundle.run(*office, "signals", "list", "--format", "json"))
    check([row["text"] for row in listed] == [text], "the office lists the volunteer's signal")


def check_refusals(bundle: Bundle, scratch: Path) -> None:
    """What the app cannot open is one sentence, not a traceback; the PostgreSQL driver loads."""
    data = ["--data-dir", scratch / "refusals"]
    stranger = scratch / "notities.advocaat-export"
    stranger.write_text("Boodschappen: melk, brood.\n", encoding="utf-8")
    refused = bundle.run_failing(*data, stranger, expect=2)
    check(
        refused.startswith("advocaat: This is not an export file") and "Traceback" not in refused,
        "a file that is not Advocaat's is refused in one sentence",
    )
    server = bundle.run_failing(
        *data, "--database-url", "postgresql+psycopg://niemand@127.0.0.1:9/geen", "info", expect=1
    )
    check(
        "cannot connect to the database server" in server and "Traceback" not in server,
        "the bundled PostgreSQL driver loads and reports an unreachable server in one sentence",
    )


def check_portable(folder: Path, scratch: Path) -> None:
    """A copy of the bundle with the marker beside it keeps everything beside it."""
    stick = scratch / "usb"
    top = folder.parents[1] if MACOS else folder  # a Mac bundle is copied whole
    shutil.copytree(top, stick / top.name, symlinks=True)
    copied = stick / top.name / folder.relative_to(top)
    (copied / PORTABLE_MARKER).write_text("", encoding="utf-8")
    home = scratch / "portable-home"
    home.mkdir()
    bundle = Bundle(copied, home)
    bundle.run("setup", "--organisation", "Vereniging Proef, afdeling Twente", "--role",
               "volunteer", "--municipality", "Hengelo")  # fmt: skip
    bundle.run("signals", "add", "--municipality", "Hengelo", "--theme", "thuiszorg",
               "--text", "Thuiszorg te laat geregeld (proef).", "--people", "1")  # fmt: skip
    info = bundle.run("info")
    check(f"Data folder: {copied / 'data'} (portable)" in info, "portable mode names its folder")
    check((copied / "data" / "advocaat.sqlite3").is_file(), "portable data lies beside the app")
    if not WINDOWS:
        check(list(home.iterdir()) == [], "portable mode writes nothing in the user's profile")


def start_times(command: Path, scratch: Path, label: str) -> list[float]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ADVOCAAT_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    data = scratch / f"start-{label}"
    times = []
    for _ in range(STARTS + 1):  # the first run fills the disk cache and makes the database
        began = time.perf_counter()
        subprocess.run([str(command), "--data-dir", str(data), "--quit-after", "0"], env=env,
                       check=True, capture_output=True, timeout=120)  # fmt: skip
        times.append(time.perf_counter() - began)
    return times[1:]


def report_start_times(bundle: Bundle, venv_command: Path | None, scratch: Path) -> None:
    """The frozen app's start to its first window, beside the same start from a venv."""
    frozen = start_times(bundle.command, scratch, "frozen")
    line = f"   start to the first window, median of {STARTS}:"
    line += f" frozen {statistics.median(frozen):.2f} s"
    if venv_command is not None:
        from_venv = start_times(venv_command, scratch, "venv")
        line += f", from a venv {statistics.median(from_venv):.2f} s"
    print(line, flush=True)


def run(folder: Path, venv_command: Path | None = None) -> None:
    print(f"== smoke test of {folder}", flush=True)
    with tempfile.TemporaryDirectory(prefix="advocaat-smoke-") as temporary:
        scratch = Path(temporary)
        home = scratch / "home"
        home.mkdir()
        bundle = Bundle(folder, home)
        check_contents(bundle)
        check_languages(bundle, scratch / "fresh")
        check_windows(bundle, scratch)
        check_demo_and_print(bundle, scratch)
        check_round_trip(bundle, scratch)
        check_refusals(bundle, scratch)
        check_portable(folder, scratch)
        report_start_times(bundle, venv_command, scratch)


def main(arguments: Sequence[str]) -> int:
    if len(arguments) != 1:
        print(__doc__)
        return 2
    try:
        run(Path(arguments[0]).resolve())
    except SmokeTestError as failure:
        print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
