"""`advocaat visits list|print` on the demo database, as a user runs them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from test_cli import advocaat


def test_visits_list_as_json_and_csv(tmp_path: Path) -> None:
    demo = ["--data-dir", str(tmp_path), "--demo"]
    listed = advocaat(*demo, "visits", "list", "--format", "json", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    visits = json.loads(listed.stdout)
    assert [v["member"] for v in visits] == ["Mw. J. (demo)", "Dhr. P. (demo)"]
    assert visits[1]["next_deadline"] == "decision"
    as_csv = advocaat(*demo, "visits", "list", "--format", "csv", cwd=tmp_path)
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert rows[0]["municipality"] == "Zwolle"


@pytest.mark.parametrize("sheet", ["preparation", "conversation", "followup"])
def test_every_sheet_prints(tmp_path: Path, sheet: str) -> None:
    target = tmp_path / f"{sheet}.pdf"
    arguments = ["visits", "print", "1", "--sheet", sheet, "--large", "--output", str(target)]
    result = advocaat("--data-dir", str(tmp_path), "--demo", *arguments, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")


def test_unknown_visit_is_one_sentence(tmp_path: Path) -> None:
    arguments = [
        "visits",
        "print",
        "99",
        "--sheet",
        "followup",
        "--output",
        str(tmp_path / "x.pdf"),
    ]
    result = advocaat("--data-dir", str(tmp_path), *arguments, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == "advocaat: Er is geen gesprek met nummer 99."
