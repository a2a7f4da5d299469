"""`advocaat contacts import|export` as a user runs them, on the sample files in tests/data."""

from __future__ import annotations

import csv
import io
import re
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


def test_bad_records_are_skipped_with_their_place_and_the_others_come_in(tmp_path: Path) -> None:
    data_dir = ["--data-dir", str(tmp_path)]
    result = advocaat(*data_dir, "contacts", "import", str(DATA / "mixed-bad.vcf"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "2 toegevoegd" in result.stdout
    assert "2 overgeslagen" in result.stdout
    skipped = result.stderr.strip().splitlines()
    assert len(skipped) == 2
    assert re.fullmatch(r"\s*\D*2\D*7\D* overgeslagen\. Deze kaart heeft geen naam, .*", skipped[0])
    assert re.fullmatch(r"\s*\D*4\D*17\D* overgeslagen\. Deze kaart is afgebroken: .*", skipped[1])
    assert "Traceback" not in result.stderr
    exported = advocaat(
        *data_dir, "contacts", "export", "--format", "csv", "--output", str(tmp_path / "x.csv"),
        cwd=tmp_path,
    )  # fmt: skip
    assert exported.returncode == 0
    assert len((tmp_path / "x.csv").read_text(encoding="utf-8-sig").splitlines()) == 1 + 2


def test_a_card_without_a_name_comes_in_by_its_e_mail_or_organisation(tmp_path: Path) -> None:
    cards = tmp_path / "adresboek.vcf"
    cards.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:info@voorbeeld.nl\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:038-1234567\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nORG:Buurtkamer De Vonk\r\nEND:VCARD\r\n"
    )
    result = advocaat("--data-dir", str(tmp_path), "contacts", "import", str(cards), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "3 toegevoegd" in result.stdout
    assert "0 overgeslagen" in result.stdout


def test_binary_file_is_refused_in_one_sentence(tmp_path: Path) -> None:
    picture = tmp_path / "foto.vcf"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    result = advocaat("--data-dir", str(tmp_path), "contacts", "import", str(picture), cwd=tmp_path)
    assert result.returncode == 1
    assert "foto.vcf" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0
