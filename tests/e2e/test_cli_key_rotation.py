"""Office key rotation headless, checked with the real age and minisign tools: volunteers follow
the new key without a question, export files made for the old key still import, and a profile
of an unknown key is taken only when the volunteer says so."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

from sqlalchemy import select
from test_cli_office_import import make_office, make_volunteer, ok, run

from advocaat.app.signals import SyncBook
from advocaat.app.workspace import Workspace
from advocaat.db.office_tables import ReceivedSignal
from advocaat.office.review import set_review
from advocaat.paths import AppPaths
from advocaat.sync.signed_zip import key_id


def tool(name: str, *arguments: str) -> subprocess.CompletedProcess[bytes]:
    found = shutil.which(name)
    assert found, f"the {name} command-line tool is needed (CI installs it)"
    return subprocess.run([found, *arguments], capture_output=True, check=True)


def profile_document(path: Path) -> dict[str, object]:
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
        assert sorted(archive.namelist()) == ["profile.json", "profile.json.minisig"]
        document: dict[str, object] = json.loads(archive.read("profile.json"))
    return document


def stored_keys(folder: Path) -> tuple[str, str]:
    with Workspace.open(AppPaths(folder)) as workspace:
        profile = SyncBook(workspace).profile()
    assert profile is not None
    return profile.recipient, profile.signing_key


def add_and_export(volunteer: list[str], text: str, outbox: Path, cwd: Path) -> Path:
    ok(run(*volunteer, "signals", "add", "--municipality", "Zwolle", "--theme", "vervoer",
           "--text", text, cwd=cwd))  # fmt: skip
    outbox.mkdir()
    ok(run(*volunteer, "signals", "export", "--output", str(outbox), cwd=cwd))
    (file,) = outbox.iterdir()
    return file


def test_volunteers_follow_a_rotation_and_old_export_files_still_import(tmp_path: Path) -> None:
    office, old_profile = make_office(tmp_path)
    volunteer = make_volunteer(tmp_path, "Afdeling Zwolle", "GM0193", old_profile)
    old = profile_document(old_profile)
    before = add_and_export(volunteer, "De regiotaxi komt te laat.", tmp_path / "oud", tmp_path)

    new_profile = tmp_path / "nieuw.advocaat-profiel"
    rotated = ok(run(*office, "office", "rotate-keys", "--output", str(new_profile), cwd=tmp_path))
    assert "the old ones are kept" in rotated
    new = profile_document(new_profile)
    assert new["signing_key"] != old["signing_key"]
    assert new["recipient"] != old["recipient"]
    assert new["signing_key"] in rotated

    # The endorsement, checked by hand as the profile module's docstring tells.
    (endorsement,) = new["endorsements"]  # type: ignore[misc]
    statement = tmp_path / "statement.txt"
    statement.write_bytes(endorsement["statement"].encode("utf-8"))
    statement.with_name("statement.txt.minisig").write_bytes(endorsement["signature"].encode())
    checked = tool("minisign", "-Vm", str(statement), "-P", str(old["signing_key"]))
    assert b"Signature and comment signature verified" in checked.stdout
    assert f"new signing key: {new['signing_key']}\n" in endorsement["statement"]
    assert f"new recipient: {new['recipient']}\n" in endorsement["statement"]

    imported = run(*volunteer, "profile", "import", str(new_profile), cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert stored_keys(tmp_path / "Afdeling Zwolle") == (new["recipient"], new["signing_key"])
    after = add_and_export(volunteer, "De lift is weer kapot.", tmp_path / "nieuw", tmp_path)
    again = run(*volunteer, "profile", "import", str(old_profile), cwd=tmp_path)
    assert again.returncode == 1
    assert "replaced since" in again.stderr

    first = run(*office, "office", "import", str(before), str(after), cwd=tmp_path)
    assert first.stdout.count("sends for the first time") == 2, first.stdout  # both opened
    (line,) = ok(run(*office, "office", "senders", cwd=tmp_path)).splitlines()
    ok(run(*office, "office", "accept", line.split("\t")[0], cwd=tmp_path))
    taken = ok(run(*office, "office", "import", str(before), str(after), cwd=tmp_path))
    assert taken.count("1 new, 0 updated, 0 unchanged") == 2, taken
    assert "2 files read, 0 files refused." in taken

    # The standard age opens both with the identities the office writes out.
    identity = tmp_path / "identity.txt"
    ok(run(*office, "office", "export-identity", "--output", str(identity), cwd=tmp_path))
    for file in (before, after):
        assert tool("age", "-d", "-i", str(identity), str(file)).stdout.startswith(b"PK")

    # Feedback signed by the new key reaches the volunteer, who checks it with that key now.
    with Workspace.open(AppPaths(tmp_path / "office")) as workspace, workspace.session() as s:
        received = s.scalars(select(ReceivedSignal)).first()
        assert received is not None
        set_review(s, received.id, "taken_up", "Besproken.")
    feedback = tmp_path / "terug.advocaat-feedback"
    ok(run(*office, "office", "feedback", "--sender", line.split("\t")[0], "--output",
           str(feedback), cwd=tmp_path))  # fmt: skip
    assert "1 signal has news" in ok(run(*volunteer, "feedback", "import", str(feedback),
                                         cwd=tmp_path))  # fmt: skip


def test_a_profile_of_an_unknown_office_key_is_taken_only_when_trusted(tmp_path: Path) -> None:
    _office, profile = make_office(tmp_path)
    volunteer = make_volunteer(tmp_path, "Afdeling Zwolle", "GM0193", profile)
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    _other, other_profile = make_office(elsewhere)
    other = profile_document(other_profile)
    shown = key_id(str(other["signing_key"]))
    assert len(shown) == 16

    refused = run(*volunteer, "profile", "import", str(other_profile), cwd=tmp_path)
    assert refused.returncode == 1
    assert shown in refused.stderr
    assert "advocaat profile import --trust-new-office-key" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert stored_keys(tmp_path / "Afdeling Zwolle")[1] != other["signing_key"]

    trusted = run(*volunteer, "profile", "import", "--trust-new-office-key", str(other_profile),
                  cwd=tmp_path)  # fmt: skip
    assert trusted.returncode == 0, trusted.stderr
    assert stored_keys(tmp_path / "Afdeling Zwolle") == (other["recipient"], other["signing_key"])


def test_a_lost_passphrase_gives_new_keys_that_volunteers_take_after_a_phone_check(
    tmp_path: Path,
) -> None:
    office, old_profile = make_office(tmp_path)
    volunteer = make_volunteer(tmp_path, "Afdeling Zwolle", "GM0193", old_profile)
    before = add_and_export(volunteer, "De regiotaxi komt te laat.", tmp_path / "oud", tmp_path)
    first = run(*office, "office", "import", str(before), cwd=tmp_path)
    assert "for the first time" in first.stdout
    (line,) = ok(run(*office, "office", "senders", cwd=tmp_path)).splitlines()
    ok(run(*office, "office", "accept", line.split("\t")[0], cwd=tmp_path))
    ok(run(*office, "office", "import", str(before), cwd=tmp_path))
    keys = tmp_path / "office" / "office"
    old_files = {path.name: path.read_bytes() for path in keys.iterdir()}

    new_profile = tmp_path / "nieuw.advocaat-profiel"
    secret = {"ADVOCAAT_PASSPHRASE": "een heel nieuw wachtwoord"}
    made = ok(run(*office, "office", "rotate-keys", "--lost-passphrase", "--output",
                  str(new_profile), cwd=tmp_path, **secret))  # fmt: skip
    new = profile_document(new_profile)
    assert "endorsements" not in new or not new["endorsements"]  # nothing can vouch for it
    new_id = key_id(str(new["signing_key"]))
    assert new_id in made
    (lost,) = (tmp_path / "office" / "office" / "lost").iterdir()
    kept = {name: (lost / name).read_bytes() for name in old_files}
    assert kept == old_files  # kept whole, in case the passphrase turns up

    refused = run(*volunteer, "profile", "import", str(new_profile), cwd=tmp_path)
    assert refused.returncode == 1
    assert new_id in refused.stderr
    assert "--trust-new-office-key" in refused.stderr
    ok(run(*volunteer, "profile", "import", "--trust-new-office-key", str(new_profile),
           cwd=tmp_path))  # fmt: skip
    after = add_and_export(volunteer, "De lift is weer kapot.", tmp_path / "nieuw", tmp_path)
    taken = ok(run(*office, "office", "import", str(after), cwd=tmp_path, **secret))
    assert "1 new, 0 updated, 0 unchanged" in taken  # the same sender, no trust question
    old_key = run(*office, "office", "import", str(after), cwd=tmp_path)
    assert old_key.returncode == 1
    assert "The passphrase is not right." in old_key.stderr
