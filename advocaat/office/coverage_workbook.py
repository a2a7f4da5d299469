"""Coverage for Excel and for scripts: the municipality list (witte vlekken first) and the
provinces, with the reference day and what "active" means written beside them."""

from __future__ import annotations

import io
from datetime import date
from typing import TYPE_CHECKING

from openpyxl import Workbook

from advocaat.i18n import _
from advocaat.office.coverage import Coverage, active_meaning
from advocaat.office.workbook import DATE_FORMAT, _dated, _safe, _sheet

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet


def _day(sheet: WriteOnlyWorksheet, day: date | None) -> object:
    """A real date cell, or an empty cell for "never"."""
    return _dated(sheet, day, DATE_FORMAT) if day else None


def coverage_workbook(found: Coverage) -> bytes:
    """The .xlsx: a sheet of municipalities, a sheet of provinces, and what the numbers mean."""
    book = Workbook(write_only=True)
    municipalities = _sheet(
        book,
        _("Municipalities"),
        [_("CBS code"), _("Municipality"), _("Province"), _("Active volunteers"),
         _("Last signal"), _("Last export"), _("Status")],
        [10, 28, 16, 12, 14, 14, 24],
    )  # fmt: skip
    for row in found.rows:
        municipalities.append(
            [row.code, _safe(row.name), _safe(row.province), row.volunteers,
             _day(municipalities, row.last_signal), _day(municipalities, row.last_export),
             row.status.label]
        )  # fmt: skip
    provinces = _sheet(
        book,
        _("Provinces"),
        [_("Province"), _("Municipalities"), _("Active volunteers"), _("No volunteer"),
         _("No signal in 12 months"), _("Covered"), _("Last signal"), _("Last export")],
        [16, 14, 12, 12, 14, 10, 14, 14],
    )  # fmt: skip
    for p in found.provinces:
        provinces.append(
            [_safe(p.province), p.municipalities, p.volunteers, p.no_volunteer,
             p.no_recent_signal, p.covered,
             _day(provinces, p.last_signal), _day(provinces, p.last_export)]
        )  # fmt: skip
    about = _sheet(book, _("About"), [_("About"), ""], [24, 100])
    about.append([_("Reference day"), _day(about, found.day)])
    about.append([_("Twelve months from"), _day(about, found.since)])
    about.append([_("Active volunteers"), active_meaning(found)])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
