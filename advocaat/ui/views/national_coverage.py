"""The coverage tab of the national picture: every municipality with its active volunteers, last
signal and last export, the witte vlekken first, and per province a chart of the municipalities
by status beside a table of the same numbers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QChartView
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advocaat.app.office import CoverageFormat, OfficeBook
from advocaat.core.text import fold
from advocaat.i18n import _, format_date, format_number
from advocaat.office.coverage import Coverage, CoverageRow, CoverageStatus, active_meaning
from advocaat.ui.charts import stacked_bar_chart
from advocaat.ui.feedback import print_to_pdf, problems_shown
from advocaat.ui.widgets import FlowLayout, heading
from advocaat.ui.worker import save_in_worker

SORT_ROLE = Qt.ItemDataRole.UserRole
SHADES = {
    CoverageStatus.NO_VOLUNTEER: QColor("#ffffff"),
    CoverageStatus.NO_RECENT_SIGNAL: QColor("#999999"),
    CoverageStatus.COVERED: QColor("#333333"),
}
"""White, grey and dark grey with a dark edge: apart on screen and in black-and-white."""

Index = QModelIndex | QPersistentModelIndex


def _when(day: date | None) -> str:
    return format_date(day) if day else _("never")


class CoverageModel(QAbstractTableModel):
    """The municipalities as the domain orders them; sorting by a column goes through
    :data:`SORT_ROLE`: numbers, dates as days (never before any), the status in its order."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[CoverageRow] = []

    def set_rows(self, rows: list[CoverageRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return (_("Municipality"), _("Province"), _("Active volunteers"), _("Last signal"),
                _("Last export"), _("Status"))  # fmt: skip

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self.headers())

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(row)[column]
        if role == SORT_ROLE:
            return self._keys(row, index.row())[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _texts(row: CoverageRow) -> tuple[str, ...]:
        return (row.name, row.province, format_number(row.volunteers), _when(row.last_signal),
                _when(row.last_export), row.status.label)  # fmt: skip

    @staticmethod
    def _keys(row: CoverageRow, position: int) -> tuple[object, ...]:
        """The status sorts by the domain's order (status, province, name): its own position."""
        never = -1
        return (fold(row.name), fold(row.province), row.volunteers,
                row.last_signal.toordinal() if row.last_signal else never,
                row.last_export.toordinal() if row.last_export else never, position)  # fmt: skip


def province_chart(found: Coverage) -> QChartView:
    """Per province its municipalities as one bar, split by status."""
    provinces = found.provinces
    series = [
        (CoverageStatus.NO_VOLUNTEER.label, [p.no_volunteer for p in provinces],
         SHADES[CoverageStatus.NO_VOLUNTEER]),
        (CoverageStatus.NO_RECENT_SIGNAL.label, [p.no_recent_signal for p in provinces],
         SHADES[CoverageStatus.NO_RECENT_SIGNAL]),
        (CoverageStatus.COVERED.label, [p.covered for p in provinces],
         SHADES[CoverageStatus.COVERED]),
    ]  # fmt: skip
    return stacked_bar_chart(
        _("Municipalities per province"), [p.province for p in provinces], series
    )


def province_table(found: Coverage) -> QTableWidget:
    """The numbers behind the chart, for a screen reader and to sort."""
    headers = (_("Province"), _("Active volunteers"), _("No volunteer"),
               _("No signal in 12 months"), _("Covered"))  # fmt: skip
    table = QTableWidget(len(found.provinces), len(headers))
    table.setAccessibleName(_("Municipalities per province"))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for row, province in enumerate(found.provinces):
        table.setItem(row, 0, QTableWidgetItem(province.province))
        numbers = (province.volunteers, province.no_volunteer, province.no_recent_signal,
                   province.covered)  # fmt: skip
        for column, value in enumerate(numbers, start=1):
            item = QTableWidgetItem(format_number(value))
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class CoverageTab(QWidget):
    def __init__(
        self,
        book: OfficeBook,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("national-coverage")
        self.book = book
        self._today = today
        self.found: Coverage | None = None
        layout = QVBoxLayout(self)
        self.meaning = QLabel()
        self.meaning.setWordWrap(True)
        layout.addWidget(self.meaning)
        buttons = FlowLayout()
        self.excel_button = QPushButton(_("Coverage work&book for Excel…"))
        self.excel_button.setToolTip(_("Save the coverage as an .xlsx file"))
        self.excel_button.clicked.connect(self.choose_workbook)
        self.print_button = QPushButton(_("Print t&he coverage…"))
        self.print_button.setToolTip(_("Save the coverage as a PDF to print"))
        self.print_button.clicked.connect(self.choose_report)
        buttons.addWidget(self.excel_button)
        buttons.addWidget(self.print_button)
        layout.addLayout(buttons)
        self.saved = QLabel()
        self.saved.setObjectName("coverage-saved")
        layout.addWidget(self.saved)
        self.model = CoverageModel()
        self.sorted = QSortFilterProxyModel(self)
        self.sorted.setSourceModel(self.model)
        self.sorted.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setAccessibleName(_("Coverage per municipality"))
        self.table.setModel(self.sorted)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # witte vlekken first
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.provinces = QWidget()
        self._provinces_layout = QVBoxLayout(self.provinces)
        self._provinces_layout.setContentsMargins(0, 0, 0, 0)
        self._provinces_content: QWidget | None = None
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.provinces)
        splitter.setStretchFactor(0, 3)  # the list first: it is what the office works from
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

    def show_coverage(self) -> None:
        """Count anew (after an import); about a tenth of a second at 100,000 signals."""
        with problems_shown(self):
            found = self.book.coverage(self._today())
            self.found = found
            self.meaning.setText(active_meaning(found))
            self.model.set_rows(found.rows)
            self.table.resizeColumnsToContents()
            self._show_provinces(found)

    def _show_provinces(self, found: Coverage) -> None:
        if self._provinces_content is not None:
            self._provinces_layout.removeWidget(self._provinces_content)
            self._provinces_content.hide()  # gone at once, not only when Qt deletes it
            self._provinces_content.deleteLater()
        content = QWidget()
        box = QVBoxLayout(content)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(heading(_("Municipalities per province"), level=2))
        box.addWidget(province_chart(found), 2)
        box.addWidget(province_table(found), 1)
        self._provinces_layout.addWidget(content)
        self._provinces_content = content

    def choose_workbook(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Save for Excel"), _("coverage.xlsx"), _("Excel workbooks (*.xlsx)")
        )
        if path:
            with problems_shown(self):
                self.write("xlsx", Path(path))

    def choose_report(self) -> None:
        print_to_pdf(self, _("Save the report"), _("coverage.pdf"), lambda p: self.write("pdf", p))

    def write(self, kind: CoverageFormat, path: Path) -> None:
        """Write the file in a worker: the counting and the drawing stay off the window."""
        day = self._today()
        save_in_worker(
            self, path, lambda reporter: self.book.write_coverage(kind, path, day, reporter)
        )
        self.saved.setText(_("Saved to {file}.").format(file=path))
