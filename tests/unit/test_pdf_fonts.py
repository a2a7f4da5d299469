"""Every PDF the app writes embeds every font it names, and none is one of PDF's standard 14.

A standard font (Helvetica, ReportLab's default wherever no font is named) is not embedded: a
viewer substitutes whatever it has, and Dutch letters may print wrong. The writers are found by
walking ``advocaat.printing`` for its ``*_pdf`` functions, so a new writer without a case here
fails the test; and a scan of the source keeps every PDF going through the shared page frame.
"""

from __future__ import annotations

import importlib
import inspect
import io
import pkgutil
import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from picture_kit import feed, signal
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from reportlab.pdfgen.canvas import Canvas

import advocaat
import advocaat.printing
from advocaat.app.contacts import ContactBook
from advocaat.app.reports import ReportBook
from advocaat.app.workspace import Workspace
from advocaat.contacts.search import ContactFilter
from advocaat.network.analysis import municipality_analysis
from advocaat.office.picture import PictureFilter
from advocaat.organisation.setup import load_setup
from advocaat.paths import AppPaths
from advocaat.printing.national_report import national_report_pdf
from advocaat.printing.network_report import network_report_pdf
from advocaat.printing.sheets import conversation_sheet_pdf, visit_sheet_pdf
from advocaat.visits.kinds import SHEETS
from advocaat.visits.service import list_visits, visit_view
from advocaat.visits.template_store import all_templates

STANDARD_14 = {
    *(f"{family}{style}" for family in ("Helvetica", "Courier")
      for style in ("", "-Bold", "-Oblique", "-BoldOblique")),
    "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}  # fmt: skip
TODAY = date(2026, 11, 23)
ORGANISATION = "Vereniging Proef"

Producer = Callable[[Workspace], bytes]


def _contact_list(workspace: Workspace) -> bytes:
    return ContactBook(workspace).print_list(ContactFilter(), "Contacten", TODAY)


def _blank_sheet(large: bool) -> Producer:
    def produce(workspace: Workspace) -> bytes:
        with workspace.session() as session:
            template = all_templates(session)[0]
        return conversation_sheet_pdf(
            template, organisation=ORGANISATION, printed_on=TODAY, large=large
        )

    return produce


def _visit_sheet(sheet: str, large: bool) -> Producer:
    def produce(workspace: Workspace) -> bytes:
        with workspace.session() as session:
            view = visit_view(session, list_visits(session)[0].id)
        return visit_sheet_pdf(
            view, sheet, organisation=ORGANISATION, printed_on=TODAY, large=large
        )

    return produce


def _network(workspace: Workspace) -> bytes:
    with workspace.session() as session:
        analysis = municipality_analysis(session, "Zwolle", TODAY, None)
    return network_report_pdf(analysis, organisation=ORGANISATION, printed_on=TODAY)


def _signal_report(workspace: Workspace) -> bytes:
    book = ReportBook(workspace)
    return book.signal_report_pdf((), None, None, language="nl", printed_on=TODAY)


def _year_overview(workspace: Workspace) -> bytes:
    return ReportBook(workspace).year_overview_pdf(2026, language="en", printed_on=TODAY)


def _national(workspace: Workspace) -> bytes:
    with workspace.session() as session:
        feed(session, "zwolle", [
            signal("1", "GM0193", "Zwolle", date(2026, 3, 2), ("vervoer",)),
            signal("2", "GM0344", "Utrecht", date(2026, 4, 9), ("wonen", "zorg")),
        ])  # fmt: skip
        return national_report_pdf(
            session,
            PictureFilter(),
            [("Periode", "2026")],
            organisation=load_setup(session).organisation,  # type: ignore[union-attr]
            printed_on=TODAY,
        )


WRITERS: dict[str, list[tuple[str, Producer]]] = {
    "contact_list.contact_list_pdf": [("contact list", _contact_list)],
    "sheets.conversation_sheet_pdf": [
        ("blank sheet", _blank_sheet(large=False)),
        ("blank sheet, large print", _blank_sheet(large=True)),
    ],
    "sheets.visit_sheet_pdf": [
        (f"{sheet} sheet{', large print' if large else ''}", _visit_sheet(sheet, large))
        for sheet in SHEETS
        for large in (False, True)
    ],
    "network_report.network_report_pdf": [("network analysis", _network)],
    "local_reports.signal_report_pdf": [("signals report", _signal_report)],
    "local_reports.year_overview_pdf": [("year overview", _year_overview)],
    "national_report.national_report_pdf": [("national report", _national)],
}
"""Each PDF writer in advocaat.printing, with every kind of PDF it makes."""


def pdf_writers() -> set[str]:
    """The public ``*_pdf`` functions of every module in ``advocaat.printing``."""
    found = set()
    for module_info in pkgutil.iter_modules(advocaat.printing.__path__):
        module = importlib.import_module(f"advocaat.printing.{module_info.name}")
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if name.endswith("_pdf") and function.__module__ == module.__name__:
                found.add(f"{module_info.name}.{name}")
    return found


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


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    paths = AppPaths(tmp_path_factory.mktemp("pdf"), demo=True)
    with Workspace.open(paths) as workspace:
        yield workspace


CASES = [pytest.param(produce, id=kind) for kinds in WRITERS.values() for kind, produce in kinds]


@pytest.mark.parametrize("produce", CASES)
def test_every_font_is_embedded_and_none_is_a_standard_font(
    produce: Producer, demo: Workspace, tmp_path: Path
) -> None:
    pdf = produce(demo)
    assert pdf.startswith(b"%PDF")
    assert font_problems(pdf) == []
    if shutil.which("pdffonts"):  # poppler's own reading, where it is installed
        (tmp_path / "out.pdf").write_bytes(pdf)
        listing = subprocess.run(
            ["pdffonts", str(tmp_path / "out.pdf")], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        assert listing
        assert all(line.split()[-5] == "yes" for line in listing), listing


def test_the_check_sees_a_standard_font() -> None:
    """The check itself: a PDF made with ReportLab's defaults is caught."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(100, 100, "Helvetica, not embedded")
    canvas.save()
    assert font_problems(buffer.getvalue()) == ["Helvetica"]
