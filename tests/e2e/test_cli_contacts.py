"""`advocaat contacts import|export` as a user runs them, on the sample files in tests/data."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from test_cli import advocaat

DATA = Path(__file__).parents[1] / "data" / "contacts"


def test_import_then_export_and_reimport_creates_no_duplicates(tmp_path: Path) -> None:
    data_dir = ["--data-dir", str(tmp_path / "d")]
    first = advocaat(*data_dir, "contacts", "import", str(DATA / "vcard-4.0.vcf"), cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "toegevoegd" in first.stdout
    out = tmp_path / "export.vcf"
    exported = advocaat(
        *data_dir, "contacts", "export", "--format", "vcf", "--output", str(out), cwd=tmp_path
    )
    assert exported.returncode == 0, exported.stderr
    assert out.read_bytes().startswith(b"BEGIN:VCARD")
    again = advocaat(*data_dir, "contacts", "import", str(out), cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert ": 0 toegevoegd" in again.stdout


def test_csv_export_opens_in_dutch_excel(tmp_path: Path) -> None:
    data_dir = ["--data-dir", str(tmp_path), "--demo"]
    out = tmp_path / "contacten.csv"
    result = advocaat(
        *data_dir, "contacts", "export", "--format", "csv", "--output", str(out), cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 1 + 19
    assert any("Özlem" in cell for row in rows for cell in row)


def test_bad_records_need_consent_and_nothing_is_written_without_it(tmp_path: Path) -> None:
    data_dir = ["--data-dir", str(tmp_path)]
    refused = advocaat(*data_dir, "contacts", "import", str(DATA / "mixed-bad.vcf"), cwd=tmp_path)
    assert refused.returncode == 1
    assert "niets geïmporteerd" in refused.stderr
    assert "regel" in refused.stderr
    listed = advocaat(
        *data_dir,
        "contacts",
        "export",
        "--format",
        "csv",
        "--output",
        str(tmp_path / "x.csv"),
        cwd=tmp_path,
    )
    assert listed.returncode == 0
    assert len((tmp_path / "x.csv").read_text(encoding="utf-8-sig").splitlines()) == 1
    accepted = advocaat(
        *data_dir,
        "contacts",
        "import",
        "--skip-bad-records",
        str(DATA / "mixed-bad.vcf"),
        cwd=tmp_path,
    )
    assert accepted.returncode == 0, accepted.stderr
    assert "2 toegevoegd" in accepted.stdout


def test_binary_file_is_refused_in_one_sentence(tmp_path: Path) -> None:
    picture = tmp_path / "foto.vcf"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    result = advocaat("--data-dir", str(tmp_path), "contacts", "import", str(picture), cwd=tmp_path)
    assert result.returncode == 1
    assert "foto.vcf" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0
