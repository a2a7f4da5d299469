"""The overview's charts: month names a reader can read, never cut short to "…"."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QCategoryAxis
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from advocaat.i18n import set_language
from advocaat.office.picture import Count
from advocaat.ui.charts import MONTH_LABELS, line_chart


def months(count: int) -> list[Count]:
    labels = [f"{2025 + number // 12}-{number % 12 + 1:02d}" for number in range(count)]
    return [Count(label, number, number) for number, label in enumerate(labels)]


@pytest.mark.parametrize("count", [0, 1, 7, 8, 9, 24, 60])
@pytest.mark.parametrize(("language", "first"), [("nl", "jan 2025"), ("en", "Jan 2025")])
def test_month_names_under_the_line_are_whole_and_few(
    qtbot: QtBot, count: int, language: str, first: str
) -> None:
    set_language(language)
    try:
        view = line_chart("Per maand", months(count))
        qtbot.addWidget(view)
        view.resize(500, 300)
        view.show()
        (axis,) = view.chart().axes(Qt.Orientation.Horizontal)
        assert isinstance(axis, QCategoryAxis)
        labels = axis.categoriesLabels()
        if count <= MONTH_LABELS:
            assert len(labels) == count  # every month named
        else:
            assert count / 2 / MONTH_LABELS < len(labels) <= MONTH_LABELS  # every few months
        assert all("-" not in label and "…" not in label for label in labels)
        assert labels[:1] == ([first] if count else [])
    finally:
        set_language("nl")


@pytest.mark.parametrize("largest", [0, 1, 2, 3, 4, 7, 10, 42, 99, 1234, 100_000])
def test_a_count_axis_ticks_on_distinct_whole_numbers(largest: int) -> None:
    """A count of 1 once gave ticks at 0.3 and 0.6, labelled 0 0 0 1."""
    from advocaat.ui.charts import count_axis

    axis = count_axis(largest)
    step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
    assert axis.min() == 0
    assert step >= 1
    assert step == int(step)
    assert axis.max() >= largest * 1.15
    assert 2 <= axis.tickCount() <= 7
