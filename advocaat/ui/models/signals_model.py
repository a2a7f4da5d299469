"""The signal list's table model: the filter runs in the database, a page at a time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt

from advocaat.app.signals import SignalRow
from advocaat.i18n import _, format_date
from advocaat.signals.service import SignalFilter
from advocaat.ui.models.paged_model import AnyIndex, PagedTableModel

OFFICE = 4
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

PageFetcher = Callable[[SignalFilter, int, int], list[SignalRow]]
Counter = Callable[[SignalFilter], int]


class SignalsTableModel(PagedTableModel[SignalFilter, SignalRow]):
    def __init__(self, fetch_page: PageFetcher, count: Counter) -> None:
        super().__init__(fetch_page, count, SignalFilter())

    def headers(self) -> tuple[str, ...]:
        return (_("Date"), _("Municipality"), _("Themes"), _("Status"), _("National office"))

    def cells(self, row: SignalRow) -> tuple[str, ...]:
        return (
            format_date(row.happened_on),
            row.municipality,
            ", ".join(row.themes),
            row.status.label,
            row.office_status.label if row.office_status else "",
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or role not in (ROW_ROLE, Qt.ItemDataRole.ToolTipRole):
            return super().data(index, role)
        if role == ROW_ROLE:
            return row
        return row.office_comment if index.column() == OFFICE and row.office_comment else row.text

    def row_of(self, signal_id: int) -> int:
        """The row showing the signal, loading further pages until it is found; -1 if it is not."""
        checked = 0
        while True:
            for number in range(checked, len(self._rows)):
                if self._rows[number].id == signal_id:
                    return number
            checked = len(self._rows)
            if not self.canFetchMore(QModelIndex()):
                return -1
            self.fetchMore(QModelIndex())
