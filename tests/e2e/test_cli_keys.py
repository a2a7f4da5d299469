"""`advocaat keys show|new` through the real command, and the office accepting a new key."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.e2e.test_cli_office import run
from tests.e2e.test_cli_office_import import make_office, make_volunteer, ok
from tests.e2e.test_cli_office_import import run as run_en

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


def test_the_office_accepts_a_known_volunteers_new_key_through_the_commands(
    tmp_path: Path,
) -> None:
    office, profile = make_office(tmp_path)
    volunteer = make_volunteer(tmp_path, "Afdeling Zwolle", "GM0193", profile)
    shown = key_id_in(ok(run_en(*volunteer, "keys", "show", cwd=tmp_path)))
    first, kept_back, after = (tmp_path / name for name in ("eerste", "oud", "nieuw"))
    for number, folder in enumerate((first, kept_back)):
        folder.mkdir()
        ok(run_en(*volunteer, "signals", "add", "--municipality", "Zwolle", "--theme", "vervoer",
                  "--text", f"Signaal {number} over de regiotaxi.", cwd=tmp_path))  # fmt: skip
        ok(run_en(*volunteer, "signals", "export", "--output", str(folder), cwd=tmp_path))
    assert "sends for the first time" in run_en(*office, "office", "import", str(first),
                                                cwd=tmp_path).stdout  # fmt: skip
    assert "is accepted" in ok(run_en(*office, "office", "accept", shown, cwd=tmp_path))
    assert "1 new" in ok(run_en(*office, "office", "import", str(first), cwd=tmp_path))

    new = key_id_in(ok(run_en(*volunteer, "keys", "new", cwd=tmp_path)))
    after.mkdir()
    ok(run_en(*volunteer, "signals", "add", "--municipality", "Zwolle", "--theme", "vervoer",
              "--text", "Na de nieuwe sleutel.", cwd=tmp_path))  # fmt: skip
    ok(run_en(*volunteer, "signals", "export", "--output", str(after), cwd=tmp_path))
    refused = run_en(*office, "office", "import", str(after), cwd=tmp_path)
    assert refused.returncode == 1
    assert "sends with a new key" in refused.stdout
    assert f"advocaat office accept {new}" in refused.stdout
    assert counted(office, tmp_path) == 1  # nothing signed with the new key counts yet
    waiting = ok(run_en(*office, "office", "senders", cwd=tmp_path)).split("\t")
    assert waiting[:3] == [shown, f"NEW KEY {new} WAITING", "Afdeling Zwolle"]
    [listed] = json.loads(ok(run_en(*office, "office", "senders", "--format", "json",
                                    cwd=tmp_path)))  # fmt: skip
    assert (listed["key_id"], listed["pending_key_id"]) == (shown, new)

    assert new in ok(run_en(*office, "office", "accept", new, cwd=tmp_path))
    assert "1 new" in ok(run_en(*office, "office", "import", str(after), cwd=tmp_path))
    senders = ok(run_en(*office, "office", "senders", cwd=tmp_path)).splitlines()
    assert len(senders) == 1  # the same sender, with the new key
    assert senders[0].startswith(new)
    assert counted(office, tmp_path) == 2

    old = run_en(*office, "office", "import", str(kept_back), cwd=tmp_path)
    assert old.returncode == 1
    assert "no longer trusted" in old.stdout
    assert "Traceback" not in old.stdout + old.stderr
    assert counted(office, tmp_path) == 2


def counted(office: list[str], cwd: Path) -> int:
    return len(json.loads(ok(run_en(*office, "signals", "list", "--format", "json", cwd=cwd))))
