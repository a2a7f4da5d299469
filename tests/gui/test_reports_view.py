"""Rapportages in the GUI: the counts on screen follow the choices, and both reports print."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from accessibility import unnamed_inputs
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QTableWidget
from pytestqt.qtbot import QtBot

from advocaat.i18n import current_language
from advocaat.ui.controller import AppController
from advocaat.ui.main_window import PARTS, MainWindow
from advocaat.ui.views.reports import ReportsView


@pytest.fixture
def view(qtbot: QtBot, demo_controller: AppController) -> ReportsView:
    view = ReportsView(demo_controller)
    qtbot.addWidget(view)
    return view


def rows(table: QTableWidget | None) -> list[tuple[str, ...]]:
    assert table is not None
    return [
        tuple(table.item(row, column).text() for column in range(table.columnCount()))
        for row in range(table.rowCount())
    ]


def municipality_rows(view: ReportsView) -> dict[str, Qt.CheckState]:
    items = (view.municipalities.item(row) for row in range(view.municipalities.count()))
    return {item.text(): item.checkState() for item in items}


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_the_own_municipalities_are_ticked_and_counted(view: ReportsView) -> None:
    checked = Qt.CheckState.Checked
    assert municipality_rows(view) == {"Zwolle": checked, "Deventer": checked, "Kampen": checked}
    assert view.summary.text() == "Zwolle, Deventer, Kampen: 3 signalen, van 11 mensen."
    assert rows(view.theme_table) == [
        ("keukentafelgesprek", "1", "1"), ("parkeerkaart", "1", "4"), ("thuiszorg", "1", "1"),
        ("vervoer", "1", "6"),
    ]  # fmt: skip
    assert rows(view.law_table) == [("Wmo", "2", "10"), ("Zvw (zorgverzekering)", "1", "1")]
    assert "3 signalen vastgelegd" in view.year_summary.text()


def test_the_counts_follow_the_municipalities_and_the_period(view: ReportsView) -> None:
    view.municipalities.item(1).setCheckState(Qt.CheckState.Unchecked)  # Deventer
    assert view.summary.text() == "Zwolle, Kampen: 2 signalen, van 5 mensen."
    assert rows(view.law_table) == [("Wmo", "1", "4"), ("Zvw (zorgverzekering)", "1", "1")]
    week_ago = date.today() - timedelta(days=7)
    view.date_from.setDate(QDate(week_ago.year, week_ago.month, week_ago.day))
    assert rows(view.theme_table) == [("parkeerkaart", "1", "4")]
    view.date_to.setDate(QDate(2001, 1, 1))
    assert view.summary.text() == "Het begin van de periode ligt na het einde."
    view.date_to.setDate(view.date_to.minimumDate())  # "any date" again
    assert view.summary.text().startswith("Zwolle, Kampen: 1 signaal")


def test_another_municipality_can_be_added(view: ReportsView) -> None:
    view.other.setCurrentIndex(view.other.findData("GM0344"))
    view.add_button.click()
    assert municipality_rows(view)["Utrecht"] == Qt.CheckState.Checked
    assert view.chosen_municipalities() == ("GM0193", "GM0150", "GM0166", "GM0344")
    view.add_button.click()  # not twice
    assert view.municipalities.count() == 4
    for row in range(4):
        view.municipalities.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert view.summary.text() == "alle gemeenten: 3 signalen, van 11 mensen."


def test_both_reports_print_in_the_chosen_language(view: ReportsView, tmp_path: Path) -> None:
    view.language.setCurrentIndex(view.language.findData("en"))
    view.municipalities.item(2).setCheckState(Qt.CheckState.Unchecked)  # Kampen
    signals = tmp_path / "signals.pdf"
    view.write_signal_report(signals)
    text = pdf_text(signals)
    assert "Signals report Report Municipalities Zwolle, Deventer" in text
    assert "Signals per law" in text
    overview = tmp_path / "year.pdf"
    view.write_year_overview(overview)
    assert f"Year overview {date.today().year}" in pdf_text(overview)
    assert current_language().code == "nl"
    assert view.saved.text() == f"Opgeslagen in {overview}."


def test_every_input_has_a_name_and_no_mnemonic_is_used_twice(view: ReportsView) -> None:
    assert unnamed_inputs(view) == []
    texts = [label.text() for label in view.findChildren(QLabel)]
    texts += [button.text() for button in view.findChildren(QAbstractButton)]
    keys = [match.lower() for text in texts for match in re.findall(r"&(\w)", text)]
    assert len(keys) == len(set(keys)) >= 8


def test_the_main_window_shows_the_reports(window: MainWindow) -> None:
    row = [part.key for part in PARTS].index("reports")
    window.show_part(row)
    assert isinstance(window.stack.widget(row).widget(), ReportsView)
