"""`advocaat signals add|edit|list` with a cost estimate: every period, none, and the refusals."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from test_cli import advocaat


def _add(data_dir: list[str], tmp_path: Path, *cost: str):  # type: ignore[no-untyped-def]
    return advocaat(
        *data_dir, "signals", "add", "--municipality", "Zwolle", "--theme", "eigen bijdrage",
        "--text", "De eigen bijdrage voor de scootmobiel ging omhoog.", "--people", "3", *cost,
        cwd=tmp_path,
    )  # fmt: skip


def test_every_period_and_no_cost_are_recorded_listed_and_edited(tmp_path: Path) -> None:
    data_dir = ["--lang", "en", "--data-dir", str(tmp_path)]
    for cost in (["--cost", "12,50", "--cost-per", "month"],
                 ["--cost", "300.00", "--cost-per", "year"],
                 ["--cost", "€ 1200", "--cost-per", "once"], []):  # fmt: skip
        added = _add(data_dir, tmp_path, *cost)
        assert added.returncode == 0, added.stderr
    listed = json.loads(advocaat(*data_dir, "signals", "list", cwd=tmp_path).stdout)
    by_id = sorted(listed, key=lambda record: record["id"])
    assert [(s["cost"], s["cost_per"]) for s in by_id] == [
        ("12.50", "month"),
        ("300.00", "year"),
        ("1200.00", "once"),
        (None, None),
    ]
    table = advocaat(*data_dir, "signals", "list", "--format", "csv", cwd=tmp_path).stdout
    rows = sorted(csv.DictReader(io.StringIO(table)), key=lambda row: int(row["id"]))
    assert [(row["cost"], row["cost_per"]) for row in rows] == [
        ("12.50", "month"),
        ("300.00", "year"),
        ("1200.00", "once"),
        ("", ""),
    ]

    edit = [*data_dir, "signals", "edit"]
    changed = advocaat(*edit, "4", "--cost", "7,5", "--cost-per", "year", cwd=tmp_path)
    assert changed.returncode == 0, changed.stderr
    cleared = advocaat(*edit, "1", "--cost", "", cwd=tmp_path)
    assert cleared.returncode == 0, cleared.stderr
    listed = json.loads(advocaat(*data_dir, "signals", "list", cwd=tmp_path).stdout)
    costs = {s["id"]: (s["cost"], s["cost_per"]) for s in listed}
    assert costs == {1: (None, None), 2: ("300.00", "year"), 3: ("1200.00", "once"),
                     4: ("7.50", "year")}  # fmt: skip


@pytest.mark.parametrize(
    ("cost", "message"),
    [
        (["--cost", "12,50"], "Give --cost and --cost-per together, or neither."),
        (["--cost-per", "month"], "Give --cost and --cost-per together, or neither."),
        (["--cost", "12,505", "--cost-per", "month"],
         "12,505 is not an amount in euros; write it like 12,50, with at most two decimals and"
         " no thousands separator."),
        (["--cost", "0", "--cost-per", "once"],
         "A cost is an amount above € 0 and at most € 100,000 per person."),
        (["--cost", "100000,01", "--cost-per", "year"],
         "A cost is an amount above € 0 and at most € 100,000 per person."),
    ],
)  # fmt: skip
def test_a_wrong_cost_is_one_sentence_and_nothing_is_saved(
    tmp_path: Path, cost: list[str], message: str
) -> None:
    data_dir = ["--lang", "en", "--data-dir", str(tmp_path)]
    refused = _add(data_dir, tmp_path, *cost)
    assert (refused.returncode, refused.stderr) == (1, f"advocaat: {message}\n")
    assert json.loads(advocaat(*data_dir, "signals", "list", cwd=tmp_path).stdout) == []


def test_edit_refuses_a_period_without_an_amount(tmp_path: Path) -> None:
    data_dir = ["--lang", "en", "--data-dir", str(tmp_path)]
    assert _add(data_dir, tmp_path, "--cost", "5", "--cost-per", "month").returncode == 0
    refused = advocaat(*data_dir, "signals", "edit", "1", "--cost-per", "year", cwd=tmp_path)
    assert refused.stderr == "advocaat: Give --cost and --cost-per together, or neither.\n"
    listed = json.loads(advocaat(*data_dir, "signals", "list", cwd=tmp_path).stdout)
    assert [(s["cost"], s["cost_per"]) for s in listed] == [("5.00", "month")]
