"""The floor of figure 8: a bare ReportLab document of given lines of text, one page per sheet.
As a process: ``python -m benchmarks.raw_pdf TEXT_FILE PDF_FILE``."""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

MARGIN, LEADING = 56, 14


def document(lines: list[str], output: Path) -> None:
    """``lines`` on A4 pages in Helvetica 10, top to bottom."""
    canvas = Canvas(str(output), pagesize=A4)
    y = A4[1] - MARGIN
    for line in lines:
        if y < MARGIN:
            canvas.showPage()
            y = A4[1] - MARGIN
        canvas.setFont("Helvetica", 10)
        canvas.drawString(MARGIN, y, line)
        y -= LEADING
    canvas.save()


if __name__ == "__main__":
    document(Path(sys.argv[1]).read_text(encoding="utf-8").splitlines(), Path(sys.argv[2]))
