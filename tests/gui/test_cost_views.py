"""The cost estimate in the window: typed, saved and shown again in the signal form; refused in
one sentence; and per theme and municipality, with the method, in the office's overview."""

from __future__ import annotations

import pytest
from accessibility import clashing_mnemonics, unnamed_inputs
from cost_kit import PER_MUNICIPALITY, PER_THEME
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from advocaat.app.office import Overview
from advocaat.i18n import _
from advocaat.office.picture import Count
from advocaat.signals.cost import METHOD, Cost, CostPeriod, estimate_text
from advocaat.ui.controller import AppController
from advocaat.ui.views.national_overview import OverviewTab
from advocaat.ui.views.signals import SignalsView


@pytest.fixture
def view(qtbot: QtBot, controller: AppController) -> SignalsView:
    view = SignalsView(controller.signals, controller.sync, controller.municipality_choices())
    qtbot.addWidget(view)
    view.show()
    return view


def fill(view: SignalsView, cost: str, period: CostPeriod) -> None:
    view.new_signal()
    view.text.setPlainText("De eigen bijdrage voor de traplift ging omhoog.")
    view.municipality.setCurrentIndex(view.municipality.findData("GM0193"))
    view.themes.setText("eigen bijdrage")
    view.cost.setText(cost)
    view.cost_per.setCurrentIndex(view.cost_per.findData(period.value))


@pytest.mark.parametrize(
    ("typed", "period", "cents", "shown"),
    [
        ("12,50", CostPeriod.MONTH, 1250, "12,50"),
        ("300.5", CostPeriod.YEAR, 30050, "300,50"),
        ("€ 1200", CostPeriod.ONCE, 120000, "1200,00"),
    ],
)
def test_every_period_is_saved_and_shown_again(
    view: SignalsView, typed: str, period: CostPeriod, cents: int, shown: str
) -> None:
    fill(view, typed, period)
    identifier = view.save(confirm=lambda findings: pytest.fail(f"no alarm: {findings}"))
    assert identifier is not None
    assert view.book.row(str(identifier)).data.cost == Cost(cents, period)
    view.new_signal()
    assert (view.cost.text(), view.cost_per.currentData()) == ("", "month")
    view.refresh(identifier)
    assert (view.cost.text(), view.cost_per.currentData()) == (shown, period.value)
    assert unnamed_inputs(view) == []
    assert clashing_mnemonics(view) == []


def test_an_empty_amount_is_no_estimate_and_a_wrong_one_one_sentence(view: SignalsView) -> None:
    fill(view, "", CostPeriod.YEAR)
    identifier = view.save()
    assert identifier is not None
    assert view.book.row(str(identifier)).data.cost is None
    fill(view, "12,505", CostPeriod.YEAR)
    assert view.save() is None
    assert view.problem.isVisibleTo(view)
    assert view.problem.text().startswith("12,505 ")
    assert view.model.rowCount() == 1  # nothing more saved


def _counts(expected: list[tuple[str, int, int, int]]) -> list[Count]:
    return [Count(label, signals, signals, "", cents, estimated)
            for label, signals, cents, estimated in expected]  # fmt: skip


def test_the_overview_shows_each_estimate_with_the_method(qtbot: QtBot) -> None:
    tab = OverviewTab()
    qtbot.addWidget(tab)
    tab.show_overview(Overview(_counts(PER_MUNICIPALITY), [], _counts(PER_THEME), []))
    tables = {table.accessibleName(): table for table in tab.findChildren(QTableWidget)}
    for title, expected in ((_("Per municipality"), PER_MUNICIPALITY), (_("Per theme"), PER_THEME)):
        table = tables[title]
        last = table.columnCount() - 1
        assert table.horizontalHeaderItem(last).text() == _("Estimated cost per year")
        shown = [(table.item(row, 0).text(), table.item(row, last).text(),
                  table.item(row, last).data(Qt.ItemDataRole.UserRole))
                 for row in range(table.rowCount())]  # fmt: skip
        assert shown == [(label, estimate_text(count), cents)
                         for (label, _n, cents, _e), count in zip(expected, _counts(expected),
                                                                  strict=True)]  # fmt: skip
    assert "€\xa01.500" in estimate_text(_counts(PER_MUNICIPALITY)[0])  # Dutch money, whole euros
    assert tab.method.text() == _(METHOD)
    assert tab.method.isVisibleTo(tab)
