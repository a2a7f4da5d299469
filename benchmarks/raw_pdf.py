"""The floor of figure 8: a bare ReportLab document of given lines of text, as the issue asks: a
platypus document (one paragraph per line, wrapped and paged by ReportLab) in the same embedded
TrueType font the sheets need for every Dutch glyph, with none of the app's code. A canvas of
Helvetica strings would be no document a volunteer could print: no layout, no embedded font.
As a process: ``python -m benchmarks.raw_pdf TEXT_FILE PDF_FILE``."""

from __future__ import annotations

import io
import sys
from functools import cache
from importlib import resources
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

FONT = "DejaVuSans"


@cache
def _style() -> ParagraphStyle:
    """The font registered once per process, as any program using it would."""
    data = (resources.files("advocaat.resources.fonts") / f"{FONT}.ttf").read_bytes()
    pdfmetrics.registerFont(TTFont(FONT, io.BytesIO(data)))
    return ParagraphStyle("body", fontName=FONT, fontSize=11, leading=14)


def document(lines: list[str], output: Path) -> None:
    """``lines`` as paragraphs on A4 pages."""
    style = _style()
    SimpleDocTemplate(str(output), pagesize=A4).build(
        [Paragraph(escape(line), style) for line in lines]
    )


if __name__ == "__main__":
    document(Path(sys.argv[1]).read_text(encoding="utf-8").splitlines(), Path(sys.argv[2]))
