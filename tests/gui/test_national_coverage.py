"""The coverage tab of the national picture: built when first shown, witte vlekken first,
sortable with dates as dates, a chart and table per province, files written in a worker."""

from __future__ import annotations

import contextlib
from pathlib import Path

import openpyxl
import pytest
from accessibility import clashing_mnemonics, unnamed_inputs
from coverage_kit import DAY, country
from long_work import Gate
from pypdf import PdfReader
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from advocaat.core.progress import CancelledError
from advocaat.i18n import _
from advocaat.ui.controller import AppController
from advocaat.ui.views.national import NationalView
from advocaat.ui.views.national_coverage import CoverageTab

NAME, PROVINCE, VOLUNTEERS, LAST_SIGNAL, LAST_EXPORT, STATUS = range(6)


@pytest.fixture
def tab(qtbot: QtBot, office_controller: AppController) -> CoverageTab:
    with office_controller.workspace.session() as session:
        country(session)
    tab = CoverageTab(office_controller.office, today=lambda: DAY)
    qtbot.addWidget(tab)
    tab.show_coverage()
    return tab


def column(tab: CoverageTab, number: int) -> list[str]:
    model = tab.table.model()
    return [model.index(row, number).data() for row in range(model.rowCount())]


def test_the_tab_is_built_when_first_shown_and_once(
    qtbot: QtBot, office_controller: AppController
) -> None:
    view = NationalView(office_controller.office)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert view.findChildren(CoverageTab) == []
    view.tabs.setCurrentIndex(3)  # "Blank spots" (Dekking)
    [tab] = view.findChildren(CoverageTab)
    assert tab.table.model().rowCount() == 342
    view.tabs.setCurrentIndex(0)
    view.tabs.setCurrentIndex(3)
    assert view.findChildren(CoverageTab) == [tab]
    assert unnamed_inputs(view) == []
    assert clashing_mnemonics(view) == []


def test_witte_vlekken_come_first_and_the_columns_sort_by_their_values(tab: CoverageTab) -> None:
    statuses = column(tab, STATUS)
    assert statuses[0] == _("no volunteer")
    assert statuses.index(_("no signal in 12 months")) < statuses.index(_("covered"))
    assert statuses[-3:] == [_("covered")] * 3
    first = column(tab, NAME)
    tab.table.sortByColumn(LAST_SIGNAL, Qt.SortOrder.DescendingOrder)
    # as dates: 1 nov 2026 (Zwolle) before 1 okt 2026 (Amsterdam) and 3 dec 2025 (Utrecht)
    assert column(tab, NAME)[:5] == ["Zwolle", "Amsterdam", "Veendam", "Utrecht", "Almere"]
    tab.table.sortByColumn(VOLUNTEERS, Qt.SortOrder.DescendingOrder)
    assert column(tab, NAME)[0] == "Utrecht"
    tab.table.sortByColumn(STATUS, Qt.SortOrder.AscendingOrder)
    assert column(tab, NAME) == first


def test_the_provinces_show_as_a_chart_and_a_table(tab: CoverageTab) -> None:
    [chart] = tab.findChildren(QChartView)
    assert chart.accessibleName()
    [series] = chart.chart().series()
    assert [bars.label() for bars in series.barSets()] == [
        _("no volunteer"), _("no signal in 12 months"), _("covered")
    ]  # fmt: skip
    totals = [sum(bars.at(i) for bars in series.barSets()) for i in range(12)]
    assert sum(totals) == 342
    tab.show_coverage()  # again, after an import: the old chart goes
    assert len([c for c in tab.findChildren(QChartView) if c.isVisibleTo(tab)]) == 1


def test_excel_and_print_are_written_in_a_worker_and_stop_writes_nothing(
    tab: CoverageTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = Gate(monkeypatch, stop=True)
    with contextlib.suppress(CancelledError):
        tab.write("xlsx", tmp_path / "gestopt.xlsx")
    assert not (tmp_path / "gestopt.xlsx").exists()
    gate.stop = False
    tab.write("xlsx", tmp_path / "dekking.xlsx")
    assert gate.ran_off_the_gui_thread()
    book = openpyxl.load_workbook(tmp_path / "dekking.xlsx", read_only=True)
    assert len(list(book[book.sheetnames[0]].values)) == 343
    tab.write("pdf", tmp_path / "dekking.pdf")
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "dekking.pdf").pages)
    assert "Stadskanaal" in text
    assert tab.saved.text().endswith("dekking.pdf.")
