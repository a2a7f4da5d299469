"""Every PDF the app writes embeds every font it names, and none is one of PDF's standard 14.

A standard font (Helvetica, ReportLab's default wherever no font is named) is not embedded: a
viewer substitutes whatever it has, and Dutch letters may print wrong. The writers are found by
walking ``advocaat.printing`` for its ``*_pdf`` functions, so a new writer without a case here
fails the test; and a scan of the source keeps every PDF going through the shared page frame.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pdf_kit import CASES, WRITERS, Producer, pdf_writers
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from reportlab.pdfgen.canvas import Canvas

import advocaat
from advocaat.app.workspace import Workspace

STANDARD_14 = {
    *(f"{family}{style}" for family in ("Helvetica", "Courier")
      for style in ("", "-Bold", "-Oblique", "-BoldOblique")),
    "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}  # fmt: skip


def test_every_pdf_writer_has_its_kinds_here() -> None:
    assert pdf_writers() == set(WRITERS)


PDF_MACHINERY = re.compile(
    r"\b(SimpleDocTemplate|BaseDocTemplate|Canvas|TableStyle|Drawing|QPdfWriter|QPrinter)\("
    r"|canvasmaker|renderPDF|drawToFile"
)


def test_only_the_page_frame_makes_documents_tables_and_drawings() -> None:
    """ReportLab names Helvetica wherever a font is not given: in a new canvas, a table cell,
    a drawing. The page frame's ``render``, ``table_style`` and ``blank_drawing`` give the
    embedded font; nothing else in the app may make these."""
    package = Path(advocaat.__file__).parent
    frame = package / "printing" / "document.py"
    offenders = [
        f"{path.relative_to(package)}:{number}: {line.strip()}"
        for path in sorted(package.rglob("*.py"))
        if path != frame
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if PDF_MACHINERY.search(line)
    ]
    assert offenders == []


def _fonts(resources: DictionaryObject | None, seen: set[int]) -> Iterator[DictionaryObject]:
    """Every font in ``resources`` and in the resources of its forms, each once."""
    if resources is None or id(resources) in seen:
        return
    seen.add(id(resources))
    for font in (resources.get("/Font") or {}).values():
        yield font.get_object()
    for form in (resources.get("/XObject") or {}).values():
        inner = form.get_object().get("/Resources")
        yield from _fonts(inner.get_object() if inner is not None else None, seen)


def _descriptor(font: DictionaryObject) -> DictionaryObject | None:
    if font.get("/Subtype") == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    return descriptor.get_object() if descriptor is not None else None


def font_problems(pdf: bytes) -> list[str]:
    """The fonts of ``pdf`` that are not embedded or are one of the standard 14."""
    problems = []
    seen: set[int] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page.get("/Resources")
        for font in _fonts(resources.get_object() if resources is not None else None, seen):
            name = str(font.get("/BaseFont", "?")).lstrip("/")
            descriptor = _descriptor(font)
            embedded = descriptor is not None and any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            if not embedded or name.split("+")[-1] in STANDARD_14:
                problems.append(name)
    return sorted(set(problems))


@pytest.mark.parametrize("produce", CASES)
def test_every_font_is_embedded_and_none_is_a_standard_font(
    produce: Producer, demo_workspace: Workspace
) -> None:
    pdf = produce(demo_workspace)
    assert pdf.startswith(b"%PDF")
    assert font_problems(pdf) == []


def test_the_check_sees_a_standard_font() -> None:
    """The check itself: a PDF made with ReportLab's defaults is caught."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(100, 100, "Helvetica, not embedded")
    canvas.save()
    assert font_problems(buffer.getvalue()) == ["Helvetica"]
