"""Moving to a new laptop headless: `advocaat backup --portable --output FILE` on the old one,
`advocaat restore FILE` on the new one, and the office keeps recognising the volunteer."""

from __future__ import annotations

import hashlib
import io
import os
import pty
import select
import shutil
import zipfile
from pathlib import Path

from test_cli_office_import import make_office, make_volunteer, ok, run

from advocaat.core.preferences import read_backups_kept, write_backups_kept

SECRET = "een lang wachtwoord"


def digest(folder: Path) -> dict[Path, str]:
    return {
        path: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in folder.rglob("*")
        if path.is_file() and path.name != "advocaat.lock"
    }


def age_decrypt(path: Path, passphrase: str) -> bytes:
    """``age -d FILE`` as a person runs it: age reads the passphrase from the terminal only, so
    it gets one (a pseudo-terminal) and the passphrase typed when it asks."""
    found = shutil.which("age")
    assert found, "the age command-line tool is needed (CI installs it)"
    output = path.with_name(path.name + ".opened")
    pid, terminal = pty.fork()
    if pid == 0:  # the child: age, on the pseudo-terminal
        os.execv(found, [found, "-d", "-o", str(output), str(path)])
    seen, typed = b"", False
    while select.select([terminal], [], [], 60)[0]:
        try:
            chunk = os.read(terminal, 1024)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
        if not typed and b"passphrase" in seen.lower():
            os.write(terminal, passphrase.encode() + b"\n")
            typed = True
    _pid, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, seen
    return output.read_bytes()


def test_a_volunteer_moves_to_a_new_laptop_and_the_office_still_knows_them(
    tmp_path: Path,
) -> None:
    office, profile = make_office(tmp_path)
    old = make_volunteer(tmp_path, "Afdeling Zwolle", "GM0193", profile)
    first, second = tmp_path / "inbox-1", tmp_path / "inbox-2"
    first.mkdir()
    second.mkdir()
    ok(run(*old, "signals", "add", "--municipality", "Zwolle", "--theme", "vervoer",
           "--text", "De regiotaxi komt vaak te laat.", cwd=tmp_path))  # fmt: skip
    ok(run(*old, "signals", "export", "--output", str(first), cwd=tmp_path))
    asked = run(*office, "office", "import", str(first), cwd=tmp_path)
    assert "sends for the first time" in asked.stdout
    (line,) = ok(run(*office, "office", "senders", cwd=tmp_path)).splitlines()
    ok(run(*office, "office", "accept", line.split("\t")[0], cwd=tmp_path))
    assert "1 new" in ok(run(*office, "office", "import", str(first), cwd=tmp_path))

    write_backups_kept(tmp_path / "Afdeling Zwolle" / "preferences.ini", 3)
    carried = tmp_path / "stick" / "meenemen.advocaat-backup"
    carried.parent.mkdir()
    made = ok(run(*old, "backup", "--portable", "--output", str(carried), cwd=tmp_path))
    assert "Keep the passphrase" in made
    with zipfile.ZipFile(io.BytesIO(age_decrypt(carried, SECRET))) as archive:
        assert set(archive.namelist()) >= {
            "manifest.json", "advocaat.sqlite3", "preferences.ini",
            "keys/volunteer-signing.key", "keys/volunteer-feedback.age-identity",
        }  # fmt: skip

    new = ["--data-dir", str(tmp_path / "new-laptop")]
    restored = ok(run(*new, "restore", str(carried), cwd=tmp_path))
    assert "the database, the keys and the preferences" in restored
    assert read_backups_kept(tmp_path / "new-laptop" / "preferences.ini") == 3
    ok(run(*new, "signals", "add", "--municipality", "Zwolle", "--theme", "wonen",
           "--text", "Geen passende woning te vinden.", cwd=tmp_path))  # fmt: skip
    ok(run(*new, "signals", "export", "--output", str(second), cwd=tmp_path))
    taken = ok(run(*office, "office", "import", str(second), cwd=tmp_path))
    assert "first time" not in taken
    assert "new key" not in taken.lower()
    assert "1 new, 0 updated" in taken
    (same,) = ok(run(*office, "office", "senders", cwd=tmp_path)).splitlines()
    assert "NOT ACCEPTED" not in same
    assert same.split("\t")[0] == line.split("\t")[0]


def test_wrong_passphrase_damaged_file_and_plain_backup(tmp_path: Path) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    ok(run(*data, "--demo", "info", cwd=tmp_path))
    carried = tmp_path / "meenemen.age"
    ok(run(*data, "--demo", "backup", "--portable", "--output", str(carried), cwd=tmp_path))
    before = digest(tmp_path / "data")

    wrong = run(
        *data, "--demo", "restore", str(carried), cwd=tmp_path, ADVOCAAT_PASSPHRASE="fout-fout"
    )
    assert (wrong.returncode, wrong.stderr) == (1, "advocaat: The passphrase is not right.\n")
    damaged = bytearray(carried.read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF
    (tmp_path / "damaged.age").write_bytes(bytes(damaged))
    broken = run(*data, "--demo", "restore", str(tmp_path / "damaged.age"), cwd=tmp_path)
    assert broken.returncode == 1
    assert broken.stderr.count("\n") == 1
    assert "(it is damaged or incomplete); nothing changed." in broken.stderr
    assert digest(tmp_path / "data") == before

    plain = tmp_path / "gewoon.sqlite3"
    ok(run(*data, "--demo", "backup", "--output", str(plain), cwd=tmp_path))
    restored = ok(run(*data, "--demo", "restore", str(plain), cwd=tmp_path, ADVOCAAT_PASSPHRASE=""))
    assert "gewoon.sqlite3 is restored." in restored


def test_restore_over_a_data_folder_keeps_the_old_state(tmp_path: Path) -> None:
    _office, profile = make_office(tmp_path)
    zwolle = make_volunteer(tmp_path, "Afdeling Zwolle", "GM0193", profile)
    utrecht = make_volunteer(tmp_path, "Afdeling Utrecht", "GM0344", profile)
    for volunteer in (zwolle, utrecht):
        ok(run(*volunteer, "keys", "show", cwd=tmp_path))  # makes the signing key
    utrecht_key = (tmp_path / "Afdeling Utrecht" / "volunteer-signing.key").read_bytes()
    carried = tmp_path / "zwolle.age"
    ok(run(*zwolle, "backup", "--portable", "--output", str(carried), cwd=tmp_path))
    out = ok(run(*utrecht, "restore", str(carried), cwd=tmp_path))
    assert "The state before it is kept in the backup" in out
    assert "before-restore" in out
    (aside,) = (tmp_path / "Afdeling Utrecht").glob("volunteer-signing.key.before-restore-*")
    assert aside.read_bytes() == utrecht_key
    listed = ok(run(*utrecht, "backup", "list", cwd=tmp_path))
    assert "before restore" in listed


def test_portable_needs_an_output_and_a_long_passphrase(tmp_path: Path) -> None:
    data = ["--data-dir", str(tmp_path / "data"), "--demo"]
    ok(run(*data, "info", cwd=tmp_path))
    nowhere = run(*data, "backup", "--portable", cwd=tmp_path)
    assert (nowhere.returncode, nowhere.stderr) == (
        1,
        "advocaat: A portable backup needs --output FILE: where to write it.\n",
    )
    short = run(*data, "backup", "--portable", "--output", str(tmp_path / "x"), cwd=tmp_path,
                ADVOCAAT_PASSPHRASE="kort")  # fmt: skip
    assert short.stderr == "advocaat: Choose a passphrase of at least 8 characters.\n"
    assert not (tmp_path / "x").exists()
    server = run(*data, "backup", "--portable", "--output", str(tmp_path / "x"), cwd=tmp_path,
                 ADVOCAAT_DATABASE_URL="postgresql+psycopg://a@192.0.2.1/advocaat")  # fmt: skip
    assert server.returncode == 1
    assert "pg_dump" in server.stderr
