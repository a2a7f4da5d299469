"""Charts for the overview: real QtCharts, dark grey on white so they print and read in black and
white, each beside a table of the same numbers for screen readers."""

from __future__ import annotations

import math

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from advocaat.i18n import format_number
from advocaat.office.picture import Count
from advocaat.printing.charts import month_label
from advocaat.signals.cost import estimate_text

INK = QColor("#333333")


def _chart() -> QChart:
    """A chart without a title of its own: the heading above it names it."""
    chart = QChart()
    chart.legend().hide()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    return chart


def _view(chart: QChart, accessible_name: str, rows: int) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setAccessibleName(accessible_name)
    line = view.fontMetrics().height()
    view.setMinimumHeight(max(12, rows * 2 + 5) * line)
    return view


def count_axis(largest: int) -> QValueAxis:
    """An axis of counts whose ticks fall on whole numbers, with room beyond the largest: Qt's
    own nice numbers put ticks at 0.3 and 0.6 for a count of 1, which "%d" showed as 0 0 0 1."""
    target = max(largest, 1) * 1.15
    step = next(
        size * 10**power
        for power in range(12)
        for size in (1, 2, 5)
        if size * 10**power * 5 >= target
    )
    ticks = max(1, math.ceil(target / step))
    axis = QValueAxis()
    axis.setRange(0, step * ticks)
    axis.setTickCount(ticks + 1)
    axis.setLabelFormat("%d")
    return axis


def bar_chart(title: str, counts: list[Count], limit: int = 15) -> QChartView:
    """The ``limit`` largest counts as horizontal bars, largest on top, with their values."""
    return value_bar_chart(title, [(count.label or "—", count.signals) for count in counts[:limit]])


def value_bar_chart(title: str, values: list[tuple[str, int]]) -> QChartView:
    """Labelled values as horizontal bars, the first on top, each with its value."""
    shown = list(reversed(values))
    bars = QBarSet(title)
    bars.setColor(INK)
    bars.setLabelColor(INK)
    for _label, value in shown:
        bars.append(value)
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart = _chart()
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([label for label, _value in shown])
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    axis = count_axis(max((value for _label, value in shown), default=0))
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    return _view(chart, title, len(shown))


def stacked_bar_chart(
    title: str, labels: list[str], series: list[tuple[str, list[int], QColor]]
) -> QChartView:
    """One bar per label, split into the parts of ``series`` (name, values, shade), in the
    given order from the top, with a legend: shades with a dark edge stay apart in grey print."""
    stacked = QHorizontalStackedBarSeries()
    for name, values, shade in series:
        bars = QBarSet(name)
        bars.setColor(shade)
        bars.setBorderColor(INK)
        bars.append([float(value) for value in reversed(values)])
        stacked.append(bars)
    chart = _chart()
    chart.legend().show()
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    chart.addSeries(stacked)
    categories = QBarCategoryAxis()
    categories.append(list(reversed(labels)))
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    stacked.attachAxis(categories)
    totals = [sum(values) for values in zip(*(values for _n, values, _s in series), strict=True)]
    axis = count_axis(max(totals, default=0))
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    stacked.attachAxis(axis)
    return _view(chart, title, len(labels))


def line_chart(title: str, counts: list[Count]) -> QChartView:
    """Counts over time (one point per month), oldest on the left."""
    series = QLineSeries()
    series.setPen(QPen(INK, 2))
    series.setPointsVisible(True)
    for number, count in enumerate(counts):
        series.append(QPointF(number, count.signals))
    chart = _chart()
    chart.addSeries(series)
    chart.addAxis(_month_axis(counts), Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(chart.axes(Qt.Orientation.Horizontal)[0])
    values = count_axis(max((count.signals for count in counts), default=0))
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(values)
    return _view(chart, title, 6)


MONTH_LABELS = 8
"""At most this many month names under the line: more would be cut short to "…"."""


def _month_axis(counts: list[Count]) -> QCategoryAxis:
    """Months by their name ("sep 2026"), every few months when there are many."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setRange(-0.5, max(len(counts) - 0.5, 0.5))
    step = max(1, math.ceil(len(counts) / MONTH_LABELS))
    for number in range(0, len(counts), step):
        axis.append(month_label(counts[number].label), number)
    return axis


def counts_table(
    name: str, headers: tuple[str, ...], counts: list[Count], *, costs: bool = False
) -> QTableWidget:
    """The numbers behind a chart, readable by a screen reader and sortable by column; ``costs``
    adds the estimated cost per year (its header is the last of ``headers``)."""
    grouped = len(headers) == (5 if costs else 4)
    table = QTableWidget(len(counts), len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for row, count in enumerate(counts):
        cells = [count.label or "—"] + ([count.group] if grouped else [])
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))
        for column, value in enumerate((count.signals, count.people), start=len(cells)):
            item = QTableWidgetItem(format_number(value))
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
        if costs:
            item = QTableWidgetItem(estimate_text(count))
            item.setData(Qt.ItemDataRole.UserRole, count.yearly_cents)
            table.setItem(row, len(cells) + 2, item)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    line = table.fontMetrics().height()
    table.setMinimumHeight(min(len(counts) + 2, 12) * int(line * 1.6))
    return table


def value_table(name: str, headers: tuple[str, str], rows: list[tuple[str, str]]) -> QTableWidget:
    """Labelled values (counts, a mean) as a two-column table a screen reader can read."""
    table = QTableWidget(len(rows), 2)
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for row, (label, value) in enumerate(rows):
        table.setItem(row, 0, QTableWidgetItem(label))
        item = QTableWidgetItem(value)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, 1, item)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    line = table.fontMetrics().height()
    table.setMinimumHeight(min(len(rows) + 2, 12) * int(line * 1.6))
    return table
