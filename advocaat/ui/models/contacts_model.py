"""The contact list's table model: loads a page at a time as the user scrolls."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import Qt

from advocaat.contacts.search import ContactFilter, ContactRef, ContactRow
from advocaat.i18n import _
from advocaat.ui.models.paged_model import AnyIndex, PagedTableModel

NAME, ROLE, ORGANISATION, MUNICIPALITY = range(4)
REF_ROLE = Qt.ItemDataRole.UserRole + 1

PageFetcher = Callable[[ContactFilter, int, int], list[ContactRow]]
Counter = Callable[[ContactFilter], int]


COUNTED_UP_TO = 500
"""The list counts its matches up to this many and then says "more than 500": counting every match
of a common word would cost more than showing the first screenful."""


class ContactsTableModel(PagedTableModel[ContactFilter, ContactRow]):
    """``count`` may stop past :data:`COUNTED_UP_TO`; then pages load until one comes back empty."""

    def __init__(self, fetch_page: PageFetcher, count: Counter) -> None:
        super().__init__(fetch_page, count, ContactFilter())
        self.counted = 0

    def set_filter(self, criteria: ContactFilter) -> None:
        super().set_filter(criteria)
        self.counted = self.total
        if self.total > COUNTED_UP_TO:
            self.total = sys.maxsize  # known when a page comes back empty (see fetchMore)

    def headers(self) -> tuple[str, ...]:
        return (_("Name"), _("Role or kind"), _("Organisation"), _("Municipality"))

    def cells(self, row: ContactRow) -> tuple[str, ...]:
        return (row.name, row.role, row.organisation, row.municipality)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == REF_ROLE:
            row = self.row_at(index.row()) if index.isValid() else None
            return row.ref if row else None
        return super().data(index, role)

    def ref_at(self, row: int) -> ContactRef | None:
        found = self.row_at(row)
        return found.ref if found else None

    def row_of(self, ref: ContactRef) -> int:
        """The row showing ``ref`` among those loaded, or -1."""
        for number, row in enumerate(self._rows):
            if row.ref == ref:
                return number
        return -1
