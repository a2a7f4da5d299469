"""The contact list's table model: loads a page at a time as the user scrolls."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from advocaat.contacts.search import ContactFilter, ContactRef, ContactRow
from advocaat.i18n import _

NAME, ROLE, ORGANISATION, MUNICIPALITY = range(4)
REF_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200

PageFetcher = Callable[[ContactFilter, int, int], list[ContactRow]]
Counter = Callable[[ContactFilter], int]
AnyIndex = QModelIndex | QPersistentModelIndex


class ContactsTableModel(QAbstractTableModel):
    def __init__(self, fetch_page: PageFetcher, count: Counter) -> None:
        super().__init__()
        self._fetch_page = fetch_page
        self._count = count
        self._criteria = ContactFilter()
        self._rows: list[ContactRow] = []
        self.total = 0

    def set_filter(self, criteria: ContactFilter) -> None:
        """Show the contacts that match ``criteria``: the count, and the first page only."""
        self.beginResetModel()
        self._criteria = criteria
        self.total = self._count(criteria)
        self._rows = self._fetch_page(criteria, 0, PAGE_SIZE)
        self.endResetModel()

    def refresh(self) -> None:
        self.set_filter(self._criteria)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

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
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.name, row.role, row.organisation, row.municipality)[index.column()]
        if role == REF_ROLE:
            return row.ref
        return None

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (_("Name"), _("Role or kind"), _("Organisation"), _("Municipality"))[section]
        return None

    def ref_at(self, row: int) -> ContactRef | None:
        return self._rows[row].ref if 0 <= row < len(self._rows) else None

    def row_of(self, ref: ContactRef) -> int:
        """The row showing ``ref`` among those loaded, or -1."""
        for number, row in enumerate(self._rows):
            if row.ref == ref:
                return number
        return -1
