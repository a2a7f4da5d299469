"""`advocaat reports signals|year` on the demo database, as a user runs them."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_cli import advocaat


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_a_signals_report_of_two_municipalities_in_english(tmp_path: Path) -> None:
    target = tmp_path / "signalen.pdf"
    result = advocaat(
        "--data-dir", str(tmp_path), "--demo", "reports", "signals", "--municipality", "Zwolle",
        "--municipality", "GM0150", "--from", "2026-01-01", "--language", "en",
        "--output", str(target), cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Rapportage geschreven naar" in result.stdout  # the command itself speaks Dutch
    text = pdf_text(target)
    assert "Signals report Report Municipalities Zwolle, Deventer" in text
    assert "Period from 1 Jan 2026" in text
    assert "parkeerkaart" in text
    assert "Kampen" not in text


def test_a_year_overview_in_dutch(tmp_path: Path) -> None:
    target = tmp_path / "jaar.pdf"
    result = advocaat(
        "--data-dir", str(tmp_path), "--demo", "reports", "year", "--output", str(target),
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = pdf_text(target)
    assert f"Jaaroverzicht {date.today().year}" in text
    assert "Vereniging Samen Sterk (demo)" in text


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["signals", "--municipality", "Atlantis"], "Atlantis is geen Nederlandse gemeente."),
        (["signals", "--municipality", "Zwolle", "--from", "2026-02-30"],
         "2026-02-30 is geen datum"),
        (["signals", "--municipality", "Zwolle", "--from", "2026-05-01", "--to", "2026-01-01"],
         "begin van de periode"),
        (["year", "--year", "20x6"], "20x6 is geen jaartal"),
    ],
)  # fmt: skip
def test_a_wrong_choice_is_one_sentence_and_writes_nothing(
    tmp_path: Path, arguments: list[str], message: str
) -> None:
    target = tmp_path / "report.pdf"
    result = advocaat(
        "--data-dir", str(tmp_path), "--demo", "reports", *arguments, "--output", str(target),
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not target.exists()
