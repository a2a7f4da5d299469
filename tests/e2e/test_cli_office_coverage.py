"""`advocaat office coverage`: the witte vlekken as CSV, .xlsx and PDF, read back as a user would
(in English: the Dutch of new strings reaches the catalogs when the branch is merged)."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from coverage_kit import DAY, country
from openpyxl import load_workbook

from advocaat.app.workspace import Workspace
from advocaat.paths import AppPaths


def run(*arguments: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "advocaat", *arguments],
        cwd=cwd, env=dict(os.environ), capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


@pytest.fixture
def office(tmp_path: Path) -> list[str]:
    """An office data folder holding one municipality of every kind (see coverage_kit)."""
    folder = tmp_path / "office"
    with Workspace.open(AppPaths(folder)) as workspace, workspace.session() as session:
        country(session)
    return ["--data-dir", str(folder), "--lang", "en", "office", "coverage", "--day",
            DAY.isoformat()]  # fmt: skip


EXPECTED = {
    "GM0193": ("Zwolle", "Overijssel", "1", "2026-11-01", "2026-06-01", "covered"),
    "GM0344": ("Utrecht", "Utrecht", "2", "2025-12-03", "2026-06-01", "covered"),
    "GM0363": ("Amsterdam", "Noord-Holland", "0", "2026-10-01", "2025-12-02", "no_volunteer"),
    "GM0034": ("Almere", "Flevoland", "1", "2025-12-02", "2026-11-30", "no_recent_signal"),
    "GM0037": ("Stadskanaal", "Groningen", "0", "", "", "no_volunteer"),
    "GM0047": ("Veendam", "Groningen", "1", "2026-05-01", "2026-05-02", "covered"),
}


def test_csv_goes_to_the_screen_witte_vlekken_first(office: list[str], tmp_path: Path) -> None:
    shown = run(*office, cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    rows = list(csv.DictReader(io.StringIO(shown.stdout)))
    assert len(rows) == 342
    by_code = {row["code"]: row for row in rows}
    for code, values in EXPECTED.items():
        row = by_code[code]
        found = (row["municipality"], row["province"], row["volunteers"], row["last_signal"],
                 row["last_export"], row["status"])  # fmt: skip
        assert found == values
    order = ["no_volunteer", "no_recent_signal", "covered"]
    statuses = [order.index(row["status"]) for row in rows]
    assert statuses == sorted(statuses)
    written = run(*office, "--output", str(tmp_path / "dekking.csv"), cwd=tmp_path)
    assert written.returncode == 0, written.stderr
    assert (tmp_path / "dekking.csv").read_text(encoding="utf-8") == shown.stdout


def test_xlsx_has_the_municipalities_and_the_provinces(office: list[str], tmp_path: Path) -> None:
    target = tmp_path / "dekking.xlsx"
    written = run(*office, "--format", "xlsx", "--output", str(target), cwd=tmp_path)
    assert written.returncode == 0, written.stderr
    book = load_workbook(target, read_only=True)
    assert book.sheetnames == ["Municipalities", "Provinces", "About"]
    header, *rows = list(book["Municipalities"].values)
    assert header == ("CBS code", "Municipality", "Province", "Active volunteers",
                      "Last signal", "Last export", "Status")  # fmt: skip
    assert len(rows) == 342
    by_code = {row[0]: row for row in rows}
    zwolle = by_code["GM0193"]
    assert (zwolle[3], zwolle[4].date().isoformat(), zwolle[6]) == (1, "2026-11-01", "covered")
    assert by_code["GM0037"][3:] == (0, None, None, "no volunteer")
    assert rows[0][6] == "no volunteer"
    assert by_code["GM0034"][6] == "no signal in 12 months"
    _head, *provinces = list(book["Provinces"].values)
    assert len(provinces) == 12
    assert sum(row[1] for row in provinces) == 342
    utrecht = next(row for row in provinces if row[0] == "Utrecht")
    assert utrecht[2] == 2


def test_pdf_prints_the_totals_chart_and_list(office: list[str], tmp_path: Path) -> None:
    target = tmp_path / "dekking.pdf"
    written = run(*office, "--format", "pdf", "--output", str(target), cwd=tmp_path)
    assert written.returncode == 0, written.stderr
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Coverage of the municipalities" in text
    assert "Municipalities per province" in text
    assert "Zeeland" in text  # a province with nothing is still in chart and table
    for heading in ("No volunteer (338)", "No signal in 12 months (1)", "Covered (3)"):
        assert heading in text
    assert text.index("Stadskanaal") < text.index("Zwolle")  # witte vlekken first


def test_a_binary_format_needs_a_file(office: list[str], tmp_path: Path) -> None:
    refused = run(*office, "--format", "pdf", cwd=tmp_path)
    assert refused.returncode != 0
    assert "--output" in refused.stderr
    assert "Traceback" not in refused.stderr
