"""The office makes its keys and profile; a volunteer imports it (headless, as a script would)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from municipality_kit import newer_list

from advocaat.app.workspace import Workspace
from advocaat.organisation.municipalities import take_municipality_list
from advocaat.paths import AppPaths


def run(
    *arguments: str, cwd: Path, passphrase: str | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "ADVOCAAT_PASSPHRASE"}
    if passphrase is not None:
        environment["ADVOCAAT_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "advocaat", *arguments],
        cwd=cwd, env=environment, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_office_to_volunteer(tmp_path: Path) -> None:
    office = ["--data-dir", str(tmp_path / "office"), "--demo"]
    secret = "een lang wachtwoord"
    missing = run(*office, "office", "init", cwd=tmp_path)
    assert missing.returncode == 1
    assert "ADVOCAAT_PASSPHRASE" in missing.stderr
    made = run(*office, "office", "init", cwd=tmp_path, passphrase=secret)
    assert made.returncode == 0, made.stderr
    assert "age1" in made.stdout
    profile = tmp_path / "bureau.advocaat-profiel"
    written = run(
        *office, "office", "profile", "--output", str(profile), cwd=tmp_path, passphrase=secret
    )
    assert written.returncode == 0, written.stderr
    passphrase_file = tmp_path / "wachtwoord.txt"
    passphrase_file.write_text(secret + "\n", encoding="utf-8")
    identity = tmp_path / "identity.txt"
    exported = run(
        *office, "office", "export-identity", "--output", str(identity),
        "--passphrase-file", str(passphrase_file), cwd=tmp_path,
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert "AGE-SECRET-KEY-" in identity.read_text(encoding="ascii")
    volunteer = ["--data-dir", str(tmp_path / "volunteer")]
    imported = run(*volunteer, "profile", "import", str(profile), cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert "Vereniging Samen Sterk (demo)" in imported.stdout
    broken = tmp_path / "kapot.advocaat-profiel"
    broken.write_bytes(profile.read_bytes()[:200])
    refused = run(*volunteer, "profile", "import", str(broken), cwd=tmp_path)
    assert refused.returncode == 1
    assert "Traceback" not in refused.stderr


def test_the_office_profile_carries_the_office_s_municipality_list(tmp_path: Path) -> None:
    office = ["--data-dir", str(tmp_path / "office"), "--demo"]
    secret = "een lang wachtwoord"
    assert run(*office, "office", "init", cwd=tmp_path, passphrase=secret).returncode == 0
    paths = AppPaths(tmp_path / "office", demo=True)
    with Workspace.open(paths) as workspace, workspace.session() as session:
        take_municipality_list(session, newer_list(date(2027, 1, 1)))
    profile = tmp_path / "bureau.advocaat-profiel"
    written = run(
        *office, "office", "profile", "--output", str(profile), cwd=tmp_path, passphrase=secret
    )
    assert written.returncode == 0, written.stderr
    volunteer = ["--data-dir", str(tmp_path / "volunteer"), "--lang", "en"]
    before = run(*volunteer, "info", cwd=tmp_path)
    assert "Municipality list of 1 January 2023, 342 municipalities" in before.stdout
    imported = run(*volunteer, "profile", "import", str(profile), cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    after = run(*volunteer, "info", cwd=tmp_path)
    assert "Municipality list of 1 January 2027, 342 municipalities" in after.stdout
