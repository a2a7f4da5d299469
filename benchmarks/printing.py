"""Figure 8: conversation sheets. One sheet as ``advocaat visits print`` makes it (a real
process) beside :mod:`benchmarks.raw_pdf` as a process; 100 sheets through the app layer
(:meth:`VisitBook.sheet`, in this process) beside 100 bare ReportLab documents. The floor's text
is the sheet's own text, read back from the app's PDF (pdftotext)."""

from __future__ import annotations

import subprocess
import tempfile
from datetime import date
from pathlib import Path

from advocaat.app.visits import VisitBook
from advocaat.app.workspace import Workspace
from benchmarks.common import Row, Target, median, run_child, timed
from benchmarks.data import Dataset
from benchmarks.raw_pdf import document

SHEET = "conversation"


def _text(pdf: Path) -> list[str]:
    done = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True)  # fmt: skip
    return [line for line in done.stdout.splitlines() if line.strip()]


def _one(data: Dataset, folder: Path) -> Row:
    pdf, text = folder / "sheet.pdf", folder / "sheet.txt"
    command = ["-m", "advocaat", "--data-dir", str(data.volunteer.root),
               "visits", "print", "1", "--sheet", SHEET, "--output", str(pdf)]  # fmt: skip
    apps, raws = [], []
    for _ in range(data.runs):
        apps.append(run_child(command).wall)
        text.write_text("\n".join(_text(pdf)), encoding="utf-8")
        raws.append(
            run_child(["-m", "benchmarks.raw_pdf", str(text), str(folder / "raw.pdf")]).wall
        )
    return Row("print 1 conversation sheet", "s", Target(2, ratio=True), median(apps), median(raws))


def _hundred(data: Dataset, folder: Path) -> Row:
    with Workspace.open(data.volunteer) as workspace:
        book = VisitBook(workspace)
        ids = [view.id for view in book.views()][: data.visits]
        pdfs: list[bytes] = []
        app = timed(lambda: pdfs.extend(
            book.sheet(number, SHEET, large=False, today=date.today()) for number in ids
        ))  # fmt: skip
    texts = []
    for number, pdf in enumerate(pdfs):
        path = folder / f"{number}.pdf"
        path.write_bytes(pdf)
        texts.append(_text(path))

    def floor() -> None:
        for lines in texts:
            document(lines, folder / "raw.pdf")

    raw = timed(floor)
    return Row(f"print {len(ids)} conversation sheets", "s", Target(2, ratio=True), app, raw)


def measure(data: Dataset) -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        return [_one(data, Path(folder)), _hundred(data, Path(folder))]
