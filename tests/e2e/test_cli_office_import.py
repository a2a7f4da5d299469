"""The office's round trip headless: import a folder, trust new senders, feedback back, and a
killed import that leaves every file fully in or fully out."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from office_kit import set_up_office
from sqlalchemy import select
from synthetic_exports import SyntheticSender, synthetic_export

from advocaat.app.workspace import Workspace
from advocaat.db.office_tables import ReceivedSignal, Sender
from advocaat.office.review import set_review
from advocaat.organisation.setup import OrganisationSetup, save_setup
from advocaat.paths import AppPaths

SECRET = "een lang wachtwoord"


def command(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "advocaat", "--lang", "en", *arguments]


def environment(secret: str | None = SECRET, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ADVOCAAT_")}
    if secret:
        env["ADVOCAAT_PASSPHRASE"] = secret
    env.update({"QT_QPA_PLATFORM": "offscreen", **extra})
    return env


def run(*arguments: str, cwd: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(*arguments), cwd=cwd, env=environment(**extra), capture_output=True,
        text=True, timeout=180, check=False,
    )  # fmt: skip


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def make_office(tmp_path: Path) -> tuple[list[str], Path]:
    set_up_office(AppPaths(tmp_path / "office"))
    office = ["--data-dir", str(tmp_path / "office")]
    ok(run(*office, "office", "init", cwd=tmp_path))
    profile = tmp_path / "bureau.advocaat-profiel"
    ok(run(*office, "office", "profile", "--output", str(profile), cwd=tmp_path))
    return office, profile


def make_volunteer(tmp_path: Path, name: str, municipality: str, profile: Path) -> list[str]:
    folder = tmp_path / name
    with Workspace.open(AppPaths(folder)) as workspace, workspace.session() as session:
        save_setup(session, OrganisationSetup(name, (municipality,)))
    volunteer = ["--data-dir", str(folder)]
    ok(run(*volunteer, "profile", "import", str(profile), cwd=tmp_path))
    return volunteer


def test_office_round_trip_headless(tmp_path: Path) -> None:
    office, profile = make_office(tmp_path)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    volunteers = {}
    for name, place, code in (("Afdeling Zwolle", "Zwolle", "GM0193"),
                              ("Afdeling Utrecht", "Utrecht", "GM0344")):  # fmt: skip
        volunteer = make_volunteer(tmp_path, name, code, profile)
        ok(run(*volunteer, "signals", "add", "--municipality", place, "--theme", "vervoer",
               "--text", f"De regiotaxi in {place} komt vaak te laat.", cwd=tmp_path))  # fmt: skip
        ok(run(*volunteer, "signals", "export", "--output", str(inbox), cwd=tmp_path))
        volunteers[name] = volunteer

    first = run(*office, "office", "import", str(inbox), cwd=tmp_path)
    assert first.returncode == 1
    assert first.stdout.count("REFUSED") == 2
    assert "sends for the first time" in first.stdout
    assert "2 files read, 2 files refused." in first.stdout
    senders = ok(run(*office, "office", "senders", cwd=tmp_path)).splitlines()
    assert len(senders) == 2
    assert all("NOT ACCEPTED" in line for line in senders)
    for line in senders:
        key = line.split("\t")[0]
        assert "is accepted" in ok(run(*office, "office", "accept", key, cwd=tmp_path))

    second = ok(run(*office, "office", "import", str(inbox), cwd=tmp_path))
    assert second.count("1 new, 0 updated, 0 unchanged") == 2
    assert "2 files read, 0 files refused." in second
    third = ok(run(*office, "office", "import", str(inbox), cwd=tmp_path))
    assert third.count("imported before, nothing changed") == 2

    listed = json.loads(ok(run(*office, "signals", "list", "--format", "json", cwd=tmp_path)))
    assert sorted(row["sender"] for row in listed) == ["Afdeling Utrecht", "Afdeling Zwolle"]
    assert {row["province"] for row in listed} == {"Overijssel", "Utrecht"}

    with Workspace.open(AppPaths(tmp_path / "office")) as workspace, workspace.session() as s:
        zwolle = s.scalar(select(ReceivedSignal).where(ReceivedSignal.text.contains("Zwolle")))
        assert zwolle is not None
        set_review(s, zwolle.id, "taken_up", "Opgepakt: besproken met VNG.")
    zwolle_key = next(line.split("\t")[0] for line in senders if "Zwolle" in line)
    feedback = tmp_path / "terug.advocaat-feedback"
    written = ok(run(*office, "office", "feedback", "--sender", zwolle_key, "--output",
                     str(feedback), cwd=tmp_path))  # fmt: skip
    assert "Feedback on 1 signal written for Afdeling Zwolle" in written
    taken = ok(run(*volunteers["Afdeling Zwolle"], "feedback", "import", str(feedback),
                   cwd=tmp_path))  # fmt: skip
    assert "1 signal has news from the national office" in taken
    own = json.loads(ok(run(*volunteers["Afdeling Zwolle"], "signals", "list", cwd=tmp_path)))
    assert (own[0]["office_status"], own[0]["office_comment"]) == (
        "taken_up", "Opgepakt: besproken met VNG."
    )  # fmt: skip
    wrong = run(*volunteers["Afdeling Utrecht"], "feedback", "import", str(feedback), cwd=tmp_path)
    assert wrong.returncode == 1
    assert "meant for another volunteer" in wrong.stderr
    assert "Traceback" not in wrong.stderr


def test_a_new_passphrase_replaces_the_old_one(tmp_path: Path) -> None:
    office, _profile = make_office(tmp_path)
    new = "een nieuw en lang wachtwoord"
    ok(run(*office, "office", "passphrase", cwd=tmp_path, ADVOCAAT_NEW_PASSPHRASE=new))
    old = run(*office, "office", "import", str(tmp_path), cwd=tmp_path)
    assert old.returncode == 1
    assert "The passphrase is not right." in old.stderr
    assert "0 files read" in ok(run(*office, "office", "import", str(tmp_path), cwd=tmp_path,
                                    ADVOCAAT_PASSPHRASE=new))  # fmt: skip


def test_a_killed_import_leaves_every_file_fully_in_or_fully_out(tmp_path: Path) -> None:
    office, _profile = make_office(tmp_path)
    office_paths = AppPaths(tmp_path / "office")
    recipient = (office_paths.profile_dir / "office" / "office-recipient.txt").read_text().strip()
    sender = SyntheticSender("Afdeling Proef", ("GM0193",))
    rng = random.Random(7)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for number in range(80):
        data = synthetic_export(sender, recipient, 100, {"GM0193": "Zwolle"}, rng)
        path = inbox / f"export-{number:03d}.advocaat-export"
        path.write_bytes(data)
    first = inbox / "export-000.advocaat-export"
    first.rename(tmp_path / first.name)  # the sender is accepted with this one first
    assert run(*office, "office", "import", str(tmp_path / first.name), cwd=tmp_path).returncode
    key = ok(run(*office, "office", "senders", cwd=tmp_path)).split("\t")[0]
    ok(run(*office, "office", "accept", key, cwd=tmp_path))
    ok(run(*office, "office", "import", str(tmp_path / first.name), cwd=tmp_path))

    process = subprocess.Popen(
        command(*office, "office", "import", str(inbox)), cwd=tmp_path,
        env=environment(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    database = office_paths.database
    deadline = time.monotonic() + 120
    imported = 0
    while time.monotonic() < deadline and imported < 10:
        time.sleep(0.05)
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
            imported = connection.execute("SELECT count(*) FROM imported_file").fetchone()[0]
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    with sqlite3.connect(database) as connection:
        files = connection.execute("SELECT count(*) FROM imported_file").fetchone()[0]
        signals = connection.execute("SELECT count(*) FROM received_signal").fetchone()[0]
    assert 10 <= files < 80, "the kill should land in the middle of the import"
    assert signals == files * 100  # each file wholly in, or wholly out
    again = ok(run(*office, "office", "import", str(inbox), cwd=tmp_path))
    assert "79 files read, 0 files refused." in again
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT count(*) FROM received_signal").fetchone()[0] == 8000


CORPUS = Path(__file__).parent.parent / "data" / "fuzz" / "export"


def test_bad_and_hostile_files_are_refused_one_by_one_and_the_rest_is_imported(
    tmp_path: Path,
) -> None:
    office, _profile = make_office(tmp_path)
    office_paths = AppPaths(tmp_path / "office")
    recipient = (office_paths.profile_dir / "office" / "office-recipient.txt").read_text().strip()
    sender = SyntheticSender("Afdeling Proef", ("GM0193",))
    rng = random.Random(3)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for number in (1, 5):
        data = synthetic_export(sender, recipient, 10, {"GM0193": "Zwolle"}, rng)
        (inbox / f"{number}-good.advocaat-export").write_bytes(data)
    good = (inbox / "1-good.advocaat-export").read_bytes()
    (inbox / "2-truncated.advocaat-export").write_bytes(good[: len(good) // 2])
    (inbox / "3-empty.advocaat-export").write_bytes(b"")
    (inbox / "4-zip-bomb.advocaat-export").write_bytes(
        (CORPUS / "json-bomb-190mb.bin").read_bytes()  # made for another office: refused
    )
    (inbox / "6-long-header.advocaat-export").write_bytes(
        (CORPUS / "age-header-200kb.bin").read_bytes()
    )
    ok_first = run(*office, "office", "import", str(inbox / "1-good.advocaat-export"), cwd=tmp_path)
    assert "sends for the first time" in ok_first.stdout
    key = ok(run(*office, "office", "senders", cwd=tmp_path)).split("\t")[0]
    ok(run(*office, "office", "accept", key, cwd=tmp_path))

    result = run(*office, "office", "import", str(inbox), cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stdout.splitlines()
    assert [line.split(":")[0] for line in lines[:-1]] == sorted(
        path.name for path in inbox.iterdir()
    )
    assert lines[0].endswith("10 new, 0 updated, 0 unchanged (Afdeling Proef).")
    assert lines[4].endswith("10 new, 0 updated, 0 unchanged (Afdeling Proef).")
    assert sum("REFUSED" in line for line in lines) == 4
    assert "6 files read, 4 files refused." in lines[-1]


def test_feedback_for_a_sender_with_a_stored_garbage_key_ends_in_a_sentence(
    tmp_path: Path,
) -> None:
    office, _profile = make_office(tmp_path)
    with Workspace.open(AppPaths(tmp_path / "office")) as workspace, workspace.session() as s:
        s.add(Sender(sender_uid="urn:uuid:1", name="Afdeling Oud", signing_key="RW" + "A" * 54,
                     recipient="not-a-key", accepted=True))  # fmt: skip
    result = run(*office, "office", "feedback", "--sender", "urn:uuid:1", "--output",
                 str(tmp_path / "terug.advocaat-feedback"), cwd=tmp_path)  # fmt: skip
    assert result.returncode == 1
    assert "Afdeling Oud has no valid key for feedback" in result.stderr
    assert "Traceback" not in result.stderr
