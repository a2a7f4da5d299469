"""Every kind of PDF the app writes, made from a demo workspace: for the font checks of
tests/unit/test_pdf_fonts.py and poppler's own reading in tests/process/test_standard_tools.py."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from datetime import date

import pytest
from coverage_kit import DAY, country
from picture_kit import feed, signal

import advocaat.printing
from advocaat.app.contacts import ContactBook
from advocaat.app.reports import ReportBook
from advocaat.app.workspace import Workspace
from advocaat.contacts.search import ContactFilter
from advocaat.db.models import Municipality
from advocaat.examples.service import SharedExample
from advocaat.examples.strategies import Strategy
from advocaat.network.analysis import municipality_analysis
from advocaat.office.coverage import coverage
from advocaat.office.picture import PictureFilter
from advocaat.organisation.setup import load_setup
from advocaat.printing.coverage_report import coverage_pdf
from advocaat.printing.examples_bundle import bundle_pdf
from advocaat.printing.letter import letter_pdf
from advocaat.printing.national_report import national_report_pdf
from advocaat.printing.network_report import network_report_pdf
from advocaat.printing.sheets import conversation_sheet_pdf, visit_sheet_pdf
from advocaat.visits.kinds import SHEETS
from advocaat.visits.letter import ingebrekestelling
from advocaat.visits.service import checklist_language, list_visits, visit_view
from advocaat.visits.template_store import all_templates

TODAY = date(2026, 11, 23)
ORGANISATION = "Vereniging Proef"

Producer = Callable[[Workspace], bytes]


def _contact_list(workspace: Workspace) -> bytes:
    return ContactBook(workspace).print_list(ContactFilter(), "Contacten", TODAY)


def _examples_bundle(workspace: Workspace) -> bytes:
    examples = [
        SharedExample("GM0193", "Zwolle", strategy.value, f"Voorbeeld {strategy.value}",
                      "Wat er veranderde.", "Wmo-raad", TODAY, from_office=index % 2 == 1)
        for index, strategy in enumerate(Strategy)
    ]  # fmt: skip
    return bundle_pdf(examples, organisation=ORGANISATION, printed_on=TODAY)


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
            visit = list_visits(session)[0].id
            view, language = visit_view(session, visit), checklist_language(session, visit)
        return visit_sheet_pdf(
            view, sheet, organisation=ORGANISATION, printed_on=TODAY, large=large, language=language
        )

    return produce


def _letter(workspace: Workspace) -> bytes:
    """The ingebrekestelling of a demo visit whose application is old enough."""
    with workspace.session() as session:
        visit = list_visits(session)[0]
        visit.application_on, visit.decision_on = date(2026, 11, 2), None
        letter = ingebrekestelling(session, visit.id, TODAY)
        session.rollback()
    return letter_pdf(letter, printed_on=TODAY)


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


def _coverage(workspace: Workspace) -> bytes:
    with workspace.session() as session:
        if session.get(Municipality, "GM0001") is None:  # once per (shared) demo workspace
            country(session)
        return coverage_pdf(coverage(session, DAY), organisation=ORGANISATION, printed_on=TODAY)


WRITERS: dict[str, list[tuple[str, Producer]]] = {
    "contact_list.contact_list_pdf": [("contact list", _contact_list)],
    "examples_bundle.bundle_pdf": [("voorbeeldenbundel", _examples_bundle)],
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
    "letter.letter_pdf": [("ingebrekestelling", _letter)],
    "local_reports.signal_report_pdf": [("signals report", _signal_report)],
    "local_reports.year_overview_pdf": [("year overview", _year_overview)],
    "national_report.national_report_pdf": [("national report", _national)],
    "coverage_report.coverage_pdf": [("coverage", _coverage)],
}
"""Each PDF writer in advocaat.printing, with every kind of PDF it makes."""

CASES = [pytest.param(produce, id=kind) for kinds in WRITERS.values() for kind, produce in kinds]


def writer(name: str) -> Callable[..., bytes]:
    """The function of a writer named as in :data:`WRITERS`."""
    module, function = name.split(".")
    return getattr(importlib.import_module(f"advocaat.printing.{module}"), function)


def pdf_writers() -> set[str]:
    """The public ``*_pdf`` functions of every module in ``advocaat.printing``."""
    found = set()
    for module_info in pkgutil.iter_modules(advocaat.printing.__path__):
        module = importlib.import_module(f"advocaat.printing.{module_info.name}")
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if name.endswith("_pdf") and function.__module__ == module.__name__:
                found.add(f"{module_info.name}.{name}")
    return found
