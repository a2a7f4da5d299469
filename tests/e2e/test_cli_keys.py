"""`advocaat keys show|new` through the real command, and the office accepting a new key."""

from __future__ import annotations

import re
from pathlib import Path

from tests.e2e.test_cli_office import run

KEY_ID = re.compile(r"\b[0-9A-F]{16}\b")


def key_id_in(output: str) -> str:
    (key,) = KEY_ID.findall(output)
    return key


def test_keys_show_makes_the_key_once_and_keys_new_keeps_the_old_aside(tmp_path: Path) -> None:
    volunteer = ["--data-dir", str(tmp_path / "volunteer")]
    first = run(*volunteer, "keys", "show", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    key = key_id_in(first.stdout)
    again = run(*volunteer, "keys", "show", cwd=tmp_path)
    assert key_id_in(again.stdout) == key  # made before the first export, then kept
    made = run(*volunteer, "keys", "new", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    new = key_id_in(made.stdout)
    assert new != key
    assert key_id_in(run(*volunteer, "keys", "show", cwd=tmp_path).stdout) == new
    kept = sorted((tmp_path / "volunteer").glob("volunteer-signing.key.replaced-*"))
    assert len(kept) == 1
    run(*volunteer, "keys", "new", cwd=tmp_path)
    kept = sorted((tmp_path / "volunteer").glob("volunteer-signing.key.replaced-*"))
    assert len(kept) == 2  # a second replacement the same day never overwrites the first
