"""`advocaat backup`, `advocaat backup list` and `advocaat restore` as a user runs them."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sqlite3
from pathlib import Path

from test_cli import advocaat


def run(data: Path, *arguments: str) -> tuple[int, str, str]:
    result = advocaat("--data-dir", str(data), "--lang", "en", "--demo", *arguments, cwd=data)
    return result.returncode, result.stdout, result.stderr


def listed(data: Path) -> list[dict[str, object]]:
    code, out, err = run(data, "backup", "list", "--format", "json")
    assert code == 0, err
    rows: list[dict[str, object]] = json.loads(out)
    return rows


def people(database: Path) -> int:
    connection = sqlite3.connect(database)
    try:
        return int(connection.execute("SELECT count(*) FROM person").fetchone()[0])
    finally:
        connection.close()


def digest(folder: Path) -> dict[Path, str]:
    return {
        path: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in folder.rglob("*")
        if path.is_file()
    }


def test_backup_list_and_restore_round_trip(tmp_path: Path) -> None:
    code, _out, err = run(tmp_path, "info")
    assert code == 0, err
    assert listed(tmp_path) == []
    code, out, err = run(tmp_path, "backup")
    assert code == 0, err
    assert "by-hand.sqlite3" in out
    (row,) = listed(tmp_path)
    assert row["reason"] == "by-hand"
    assert row["sound"] is True
    for count in ("people", "organisations", "visits", "signals"):
        assert isinstance(row[count], int)
        assert row[count] > 0  # the demo holds some of each
    database = tmp_path / "demo" / "advocaat.sqlite3"
    assert row["people"] == people(database)

    connection = sqlite3.connect(database)
    connection.execute("DELETE FROM contact_index")
    connection.execute("DELETE FROM person WHERE id IN (SELECT id FROM person LIMIT 2)")
    connection.commit()
    connection.close()

    code, out, err = run(tmp_path, "restore", str(row["name"]))
    assert code == 0, err
    assert "before-restore" in out
    assert people(database) == row["people"]
    assert [entry["reason"] for entry in listed(tmp_path)] == ["before-restore", "by-hand"]


def test_backup_list_as_csv_and_as_text(tmp_path: Path) -> None:
    run(tmp_path, "info")
    code, _out, err = run(tmp_path, "backup", "list", "--format", "csv")
    assert code == 0, err
    assert _out.splitlines() == ["name,made,size,reason,people,organisations,visits,signals,sound"]
    assert run(tmp_path, "backup")[0] == 0
    code, out, err = run(tmp_path, "backup", "list", "--format", "csv")
    (row,) = csv.DictReader(io.StringIO(out))
    assert row["reason"] == "by-hand"
    assert row["sound"] == "True"
    code, out, err = run(tmp_path, "backup", "list")
    assert code == 0, err
    assert "by hand" in out
    assert "people" in out


def test_backup_to_a_file_asked_for(tmp_path: Path) -> None:
    run(tmp_path, "info")
    target = tmp_path / "stick.sqlite3"
    code, _out, err = run(tmp_path, "backup", "--output", str(target))
    assert code == 0, err
    assert people(target) > 0
    assert listed(tmp_path) == []  # not in the backups folder


def test_the_database_itself_is_no_output(tmp_path: Path) -> None:
    run(tmp_path, "info")
    before = digest(tmp_path)
    code, _out, err = run(
        tmp_path, "backup", "--output", str(tmp_path / "demo" / "advocaat.sqlite3")
    )
    assert code == 1
    assert "one of Advocaat's own files" in err
    assert digest(tmp_path) == before


def test_a_restore_of_a_damaged_backup_changes_nothing(tmp_path: Path) -> None:
    run(tmp_path, "info")
    run(tmp_path, "backup")
    (row,) = listed(tmp_path)
    chosen = tmp_path / "demo" / "backups" / str(row["name"])
    data = bytearray(chosen.read_bytes())
    data[4096 + 16 : 5 * 4096] = b"\xa5" * (4 * 4096 - 16)
    chosen.write_bytes(bytes(data))
    before = digest(tmp_path)
    code, out, err = run(tmp_path, "restore", str(chosen))
    assert code == 1
    assert err.count("\n") == 1  # one sentence, no traceback
    assert "nothing changed" in err
    assert out == ""
    assert digest(tmp_path) == before


def test_a_damaged_database_is_explained_at_start_and_restored(tmp_path: Path) -> None:
    run(tmp_path, "info")
    run(tmp_path, "backup")
    (row,) = listed(tmp_path)
    database = tmp_path / "demo" / "advocaat.sqlite3"
    sqlite3.connect(database).close()
    data = bytearray(database.read_bytes())
    data[4096 + 16 : 20 * 4096] = b"\xa5" * (19 * 4096 - 16)
    database.write_bytes(bytes(data))
    code, _out, err = run(tmp_path, "info")
    assert code == 1
    assert f"advocaat restore {row['name']}" in err
    code, out, err = run(tmp_path, "restore", str(row["name"]))
    assert code == 0, err
    assert "kept aside" in out
    assert len(list((tmp_path / "demo").glob("advocaat.sqlite3.damaged-*"))) == 1
    assert run(tmp_path, "info")[0] == 0


def test_a_server_database_has_no_backups_here(tmp_path: Path) -> None:
    url = "postgresql+psycopg://advocaat@192.0.2.1/advocaat"
    for arguments in (["backup"], ["backup", "list"], ["restore", "x.sqlite3"]):
        result = advocaat(
            "--data-dir", str(tmp_path), "--lang", "en", "--database-url", url, *arguments,
            cwd=tmp_path,
        )  # fmt: skip
        assert result.returncode == 1
        assert "pg_dump" in result.stderr
