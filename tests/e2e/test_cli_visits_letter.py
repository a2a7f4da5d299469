"""`advocaat visits letter`: the ingebrekestelling as PDF and as .docx, with the same text."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from docx import Document
from test_cli import advocaat

from advocaat.app.workspace import Workspace
from advocaat.db.contact_tables import Organisation
from advocaat.paths import AppPaths

# Application on Monday 2 November 2026 (fictional): the beslistermijn ended on 16 November.
EXPECTED = [
    "Het college van burgemeester en wethouders",
    "van de gemeente Middelburg (Z.)",
    "Stadhuisplein 1",  # from the contact book
    "4331 AA Middelburg",
    "Onderwerp: ingebrekestelling wegens niet tijdig beslissen op mijn aanvraag",
    "Op 2 november 2026 heb ik bij u een aanvraag ingediend",
    "Mijn melding dateert van 19 oktober 2026.",
    "Volgens Wmo 2015, art. 2.3.5 lid 1",
    "dus uiterlijk op 16 november 2026",
    "binnen twee weken na ontvangst van deze brief",
    "dag 1 tot en met 14: €\u00a023 per dag; dag 15 tot en met 28: €\u00a035 per dag; "
    "dag 29 tot en met 42: €\u00a045 per dag; samen ten hoogste €\u00a01.442",
    "op grond van Awb, art. 4:17",
    "Handtekening:",
]


def run(tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return advocaat(
        "--lang", "en", "--data-dir", str(tmp_path / "data"), "visits", *arguments, cwd=tmp_path
    )  # fmt: skip


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.fixture
def visit(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    with Workspace.open(paths) as workspace, workspace.session() as session:
        session.add(
            Organisation(
                name="Gemeente Middelburg", kind="municipality", municipality_code="GM0687",
                street="Stadhuisplein 1", postcode="4331 AA", city="Middelburg",
            )
        )  # fmt: skip
    result = run(
        tmp_path, "add", "--member", "Mw. Proef", "--municipality", "Middelburg",
        "--melding-on", "2026-10-19", "--application-on", "2026-11-02",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


@pytest.mark.usefixtures("visit")
def test_the_pdf_and_the_docx_carry_the_same_letter(tmp_path: Path) -> None:
    result = run(tmp_path, "letter", "1", "--output", "brief.pdf")
    assert (result.returncode, result.stdout) == (0, "Letter written to brief.pdf.\n")
    pdf = subprocess.run(
        ["pdftotext", "-raw", str(tmp_path / "brief.pdf"), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    result = run(tmp_path, "letter", "1", "--output", "brief.DOCX")
    assert result.returncode == 0, result.stderr
    document = Document(str(tmp_path / "brief.DOCX"))
    docx = "\n".join(paragraph.text for paragraph in document.paragraphs)
    for text in EXPECTED:
        assert flat(text) in flat(pdf), text
        assert flat(text) in flat(docx), text
    assert "Mw. Proef" not in pdf + docx  # the member fills in and signs, not the app
    subject = next(p for p in document.paragraphs if p.text.startswith("Onderwerp:"))
    assert all(part.bold for part in subject.runs)


@pytest.mark.usefixtures("visit")
@pytest.mark.parametrize("name", ["brief.odt", "brief", "brief.pdf.txt"])
def test_another_kind_of_file_is_one_sentence(tmp_path: Path, name: str) -> None:
    result = run(tmp_path, "letter", "1", "--output", name)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "advocaat: The letter is written as .pdf or .docx; give a file name ending in one.\n"
    )
    assert not (tmp_path / name).exists()


@pytest.mark.parametrize(
    ("dates", "message"),
    [
        ([], "Fill in the date of the application first: the letter counts from it."),
        (
            ["--application-on", "2026-11-02", "--decision-on", "2026-11-20"],
            "The decision was made known on 20 Nov 2026: there is nothing to demand.",
        ),
        (
            ["--application-on", "2099-11-02"],
            "The beslistermijn runs until 16 Nov 2099; an ingebrekestelling sent before it has"
            " passed has no effect.",
        ),
    ],
)
def test_no_letter_when_there_is_nothing_to_demand(
    tmp_path: Path, dates: list[str], message: str
) -> None:
    assert run(tmp_path, "add", "--member", "T.", *dates).returncode == 0
    result = run(tmp_path, "letter", "1", "--output", "brief.pdf")
    assert (result.returncode, result.stderr) == (1, f"advocaat: {message}\n")
    assert not (tmp_path / "brief.pdf").exists()
