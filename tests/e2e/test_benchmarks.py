"""`python -m benchmarks --scale tiny --json FILE` keeps working: every figure of issue 19's table
is a row with the agreed keys and measured values. No timing is asserted: the figures belong to
the table, not to the tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from advocaat.paths import AppPaths

ROOT = Path(__file__).resolve().parents[2]
KEYS = {"figure", "value", "unit", "floor", "ratio", "target", "met"}
# Each row of the issue's table, by the start of its figure, and whether it has a floor.
ROWS = {
    "cold start to a usable window, volunteer": True,
    "cold start to a usable window, office": True,
    "search query p95": True,
    "keystroke to repainted result list p95": False,
    "open the signals list": False,
    "signals list --format csv": True,
    "export signals": True,
    "office import": True,
    "print 1 conversation sheet": True,
    "print 100 conversation sheets": True,
    "import contacts from one vCard file": False,
    "peak memory, office database, window open": True,
}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, object]]:
    folder = tmp_path_factory.mktemp("benchmarks")
    output = folder / "table.json"
    environment = {k: v for k, v in os.environ.items() if not k.startswith("ADVOCAAT_")}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--scale", "tiny", "--json", str(output),
         "--data", str(folder / "data")],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "not measured" not in done.stdout, done.stdout + done.stderr
    return json.loads(output.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_every_row_of_the_issue_is_there_once_with_exactly_the_agreed_keys(
    rows: list[dict[str, object]],
) -> None:
    assert [row["figure"] for row in rows] == list(ROWS)
    assert all(set(row) == KEYS for row in rows)


def test_every_value_is_measured_and_sane(rows: list[dict[str, object]]) -> None:
    for row in rows:
        has_floor = ROWS[str(row["figure"])]
        value, floor, ratio = row["value"], row["floor"], row["ratio"]
        assert isinstance(value, float), row
        assert value > 0, row
        assert isinstance(row["met"], bool), row
        assert isinstance(row["unit"], str), row
        assert row["unit"], row
        assert str(row["target"]).startswith("≤"), row
        if has_floor:
            assert isinstance(floor, float), row
            assert floor > 0, row
            assert ratio == pytest.approx(value / floor), row
        else:
            assert floor is None, row
            assert ratio is None, row


def test_the_table_is_printed_with_its_data_and_a_second_run_reuses_the_data(
    tmp_path: Path,
) -> None:
    """A figure that cannot be measured is a row not met, not a crash; the data made by the
    first run is reused by the second."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("ADVOCAAT_")}
    command = [sys.executable, "-m", "benchmarks", "--scale", "0.001", "--only", "search",
               "--data", str(tmp_path), "--json", str(tmp_path / "t.json")]  # fmt: skip
    first = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True,
                           timeout=600, check=True)  # fmt: skip
    assert "made the volunteer database" in first.stdout
    assert "search query p95" in first.stdout
    database = AppPaths(tmp_path / "scale-0.001" / "volunteer").database
    for stale in database.parent.glob(database.name + "-*"):
        stale.unlink()
    database.write_bytes(b"not a database at all")
    second = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True,
                            timeout=600, check=True)  # fmt: skip
    assert "made the" not in second.stdout
    assert "not measured" in second.stdout
    [row] = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    assert row["value"] is None
    assert row["met"] is False
