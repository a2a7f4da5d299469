"""The overview tab of the national picture: counts per municipality, theme, province and month,
each as a chart and as a table of the same numbers; per municipality and theme also the estimated
cost per year, with the method under the tables."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from advocaat.app.office import Overview
from advocaat.i18n import _
from advocaat.printing.charts import month_label
from advocaat.signals.cost import METHOD
from advocaat.ui.charts import bar_chart, counts_table, line_chart
from advocaat.ui.widgets import heading


class OverviewTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("national-overview")
        self._layout = QVBoxLayout(self)
        self._content: QWidget | None = None

    def show_overview(self, overview: Overview) -> None:
        """Build the charts and tables anew for the current filter."""
        if self._content is not None:
            self._layout.removeWidget(self._content)
            self._content.hide()  # gone at once, not only when Qt gets round to deleting it
            self._content.deleteLater()
        self._content = QWidget()
        grid = QGridLayout(self._content)
        signals, people, cost = _("Signals"), _("People"), _("Estimated cost per year")
        sections = (
            (_("Per municipality"), overview.municipalities,
             (_("Municipality"), _("Province"), signals, people, cost)),
            (_("Per theme"), overview.themes, (_("Theme"), signals, people, cost)),
        )  # fmt: skip
        for column, (title, counts, headers) in enumerate(sections):
            grid.addWidget(heading(title, level=2), 0, column)
            grid.addWidget(bar_chart(title, counts), 1, column)
            grid.addWidget(counts_table(title, headers, counts, costs=True), 2, column)
        self.method = QLabel(_(METHOD))
        self.method.setWordWrap(True)
        grid.addWidget(self.method, 6, 0, 1, 2)
        trend = _("Per month")
        grid.addWidget(heading(trend, level=2), 3, 0)
        grid.addWidget(line_chart(trend, overview.months), 4, 0)
        named = [replace(month, label=month_label(month.label)) for month in overview.months]
        grid.addWidget(counts_table(trend, (_("Month"), signals, people), named), 5, 0)
        provinces = _("Per province")
        grid.addWidget(heading(provinces, level=2), 3, 1)
        grid.addWidget(
            counts_table(provinces, (_("Province"), signals, people), overview.provinces),
            4,
            1,
            2,
            1,
        )
        self._layout.addWidget(self._content)
        self.tables = {title: counts for title, counts, _headers in sections}
