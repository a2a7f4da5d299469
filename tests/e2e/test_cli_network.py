"""`advocaat network print` on the demo database, as a user runs it."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from test_cli import advocaat


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_the_analysis_of_zwolle_in_dutch(tmp_path: Path) -> None:
    target = tmp_path / "netwerk.pdf"
    result = advocaat(
        "--data-dir", str(tmp_path), "--demo", "network", "print", "--municipality", "GM0193",
        "--output", str(target), cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Analyse geschreven naar" in result.stdout
    text = pdf_text(target)
    assert text.startswith("Netwerkanalyse Zwolle")
    assert "Gemeente Zwolle" in text
    assert "Nauw betrekken" in text
    assert "Vereniging Samen Sterk (demo)" in text


def test_an_unknown_municipality_is_one_sentence(tmp_path: Path) -> None:
    target = tmp_path / "netwerk.pdf"
    result = advocaat(
        "--data-dir", str(tmp_path), "--demo", "network", "print", "--municipality", "Atlantis",
        "--output", str(target), cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.strip() == "advocaat: Atlantis is geen Nederlandse gemeente."
    assert not target.exists()
