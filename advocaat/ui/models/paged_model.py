"""A read-only table model that loads a page at a time as the user scrolls.

The count and a screenful of rows come at once; further pages only when the view asks for them
(``canFetchMore``/``fetchMore``), so a list of a hundred thousand rows opens as quickly as one
of ten. Subclasses say which columns a row shows; a row's cells are made once, when first shown
(the view asks for each cell many times, and dates are formatted by Babel).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

FIRST_PAGE = 50
"""A screenful: what a list (or a search typed into it) shows before the rest is needed."""
PAGE_SIZE = 200
Criteria = TypeVar("Criteria")
Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel, Generic[Criteria, Row]):
    def __init__(
        self,
        fetch_page: Callable[[Criteria, int, int], list[Row]],
        count: Callable[[Criteria], int],
        criteria: Criteria,
    ) -> None:
        super().__init__()
        self._fetch_page = fetch_page
        self._count = count
        self._criteria = criteria
        self._rows: list[Row] = []
        self._cells: dict[int, tuple[str, ...]] = {}
        self._columns = len(self.headers())
        self.total = 0

    # What a subclass tells.
    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cells(self, row: Row) -> tuple[str, ...]:
        raise NotImplementedError

    def set_filter(self, criteria: Criteria) -> None:
        """Show the rows that match ``criteria``: the count, and the first page only."""
        self.beginResetModel()
        self._criteria = criteria
        self.total = self._count(criteria)
        self._rows = self._fetch_page(criteria, 0, FIRST_PAGE)
        self._cells = {}
        self.endResetModel()

    def refresh(self) -> None:
        self.set_filter(self._criteria)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._columns

    def canFetchMore(self, parent: AnyIndex) -> bool:  # noqa: N802
        return not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent: AnyIndex) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        more = self._fetch_page(self._criteria, len(self._rows), PAGE_SIZE)
        if not more:
            self.total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells_of(index.row())[index.column()]
        return None

    def _cells_of(self, number: int) -> tuple[str, ...]:
        cells = self._cells.get(number)
        if cells is None:
            cells = self._cells[number] = self.cells(self._rows[number])
        return cells

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def row_at(self, number: int) -> Row | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None
