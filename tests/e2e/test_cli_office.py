"""The office makes its keys and profile; a volunteer imports it (headless, as a script would)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


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
