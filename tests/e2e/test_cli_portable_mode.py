"""Portable mode as on a USB stick: a packaged app with the marker beside it writes nothing
outside the folder it lies in."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from advocaat.paths import PORTABLE_MARKER

DRIVER = """
import sys
sys.frozen = True  # what a packaged build sets
sys.executable = {executable!r}
from advocaat.cli import main
raise SystemExit(main(sys.argv[1:]))
"""


def packaged(executable: Path, *arguments: str, home: Path) -> subprocess.CompletedProcess[str]:
    """Run the command as the packaged executable at EXECUTABLE would, with HOME as profile."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ADVOCAAT_", "XDG_"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-c", DRIVER.format(executable=str(executable)), "--lang", "en",
         *arguments],
        cwd=home, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_a_portable_app_keeps_everything_beside_itself(tmp_path: Path) -> None:
    stick, home = tmp_path / "usb", tmp_path / "home"
    stick.mkdir()
    home.mkdir()
    (stick / PORTABLE_MARKER).write_text("", encoding="utf-8")
    executable = stick / "advocaat"
    ok(packaged(
        executable, "setup", "--organisation", "Vereniging Proef, afdeling Twente",
        "--role", "volunteer", "--municipality", "Hengelo", home=home,
    ))  # fmt: skip
    ok(packaged(
        executable, "signals", "add", "--municipality", "Hengelo", "--theme", "thuiszorg",
        "--text", "Thuiszorg te laat geregeld.", "--people", "2", home=home,
    ))  # fmt: skip
    info = ok(packaged(executable, "info", home=home))
    assert f"Data folder: {stick / 'data'} (portable)" in info.splitlines()
    assert (stick / "data" / "advocaat.sqlite3").is_file()
    assert {path.name for path in stick.iterdir()} == {"data", PORTABLE_MARKER}
    assert list(home.iterdir()) == []  # nothing in the user's profile


def test_without_the_marker_the_packaged_app_uses_the_profile(tmp_path: Path) -> None:
    stick, home = tmp_path / "usb", tmp_path / "home"
    stick.mkdir()
    home.mkdir()
    info = ok(packaged(stick / "advocaat", "info", home=home))
    assert "(portable)" not in info
    assert list(stick.iterdir()) == []
    assert any(home.iterdir())  # the platform's user data folder, inside HOME
