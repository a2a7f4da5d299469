"""Charts for the overview: real QtCharts, dark grey on white so they print and read in black and
white, each beside a table of the same numbers for screen readers."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from advocaat.i18n import format_number
from advocaat.office.picture import Count

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


def _count_axis(counts: list[Count]) -> QValueAxis:
    """Whole numbers from zero, with room beyond the largest for its value label."""
    axis = QValueAxis()
    axis.setRange(0, max([count.signals for count in counts] + [1]) * 1.15)
    axis.applyNiceNumbers()
    axis.setLabelFormat("%d")
    return axis


def bar_chart(title: str, counts: list[Count], limit: int = 15) -> QChartView:
    """The ``limit`` largest counts as horizontal bars, largest on top, with their values."""
    shown = list(reversed(counts[:limit]))
    bars = QBarSet(title)
    bars.setColor(INK)
    bars.setLabelColor(INK)
    for count in shown:
        bars.append(count.signals)
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart = _chart()
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([count.label or "—" for count in shown])
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    values = _count_axis(shown)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(values)
    return _view(chart, title, len(shown))


def line_chart(title: str, counts: list[Count]) -> QChartView:
    """Counts over time (one point per month), oldest on the left."""
    series = QLineSeries()
    series.setPen(QPen(INK, 2))
    series.setPointsVisible(True)
    for number, count in enumerate(counts):
        series.append(QPointF(number, count.signals))
    chart = _chart()
    chart.addSeries(series)
    months = QBarCategoryAxis()
    months.append([count.label for count in counts] or ["—"])
    chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
    values = _count_axis(counts)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(values)
    line_axis = QValueAxis()
    line_axis.setRange(-0.5, max(len(counts) - 0.5, 0.5))
    line_axis.setVisible(False)
    chart.addAxis(line_axis, Qt.AlignmentFlag.AlignTop)
    series.attachAxis(line_axis)
    return _view(chart, title, 6)


def counts_table(name: str, headers: tuple[str, ...], counts: list[Count]) -> QTableWidget:
    """The numbers behind a chart, readable by a screen reader and sortable by column."""
    grouped = len(headers) == 4
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
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    line = table.fontMetrics().height()
    table.setMinimumHeight(min(len(counts) + 2, 12) * int(line * 1.6))
    return table
