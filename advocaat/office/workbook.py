"""The national picture as an Excel workbook: every listed signal, the counts and the filter used.

The workbook is written in openpyxl's write-only mode, row by row, so a hundred thousand signals
never sit in memory as cells. Text from volunteers can start with ``=``; such cells get a leading
apostrophe (the rule of every CSV, :mod:`advocaat.core.spreadsheet`), so Excel never runs a
signal's text as a formula.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy.orm import Session

from advocaat.core.progress import Reporter
from advocaat.core.spreadsheet import safe_cell
from advocaat.i18n import _
from advocaat.office.picture import (
    Count,
    PictureFilter,
    PictureRow,
    all_listed,
    count_listed,
    per_month,
    per_municipality,
    per_province,
    per_theme,
)
from advocaat.signals.cost import METHOD
from advocaat.signals.kinds import Law, Status, Urgency
from advocaat.signals.service import label_of

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

DATE_FORMAT = "dd-mm-yyyy"
MOMENT_FORMAT = "dd-mm-yyyy hh:mm"
MONEY_FORMAT = "#,##0.00"
REPORT_EVERY = 1000
"""Rows between two progress reports (and chances to stop)."""


def _safe(text: str) -> str:
    """Text a spreadsheet shows as text: no formula, no characters XML cannot hold."""
    return safe_cell(ILLEGAL_CHARACTERS_RE.sub("", text))


def _sheet(
    book: Workbook, title: str, headers: Sequence[str], widths: Sequence[int]
) -> WriteOnlyWorksheet:
    """A sheet with a bold, frozen header row; widths must be set before the first row."""
    sheet: WriteOnlyWorksheet = book.create_sheet(title)  # a write-only book makes only these
    for column, width in enumerate(widths, start=1):
        dimensions = sheet.column_dimensions  # type: ignore[attr-defined]  # set in __init__; unstubbed
        dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    row = []
    for header in headers:
        cell = WriteOnlyCell(sheet, _safe(header))
        cell.font = bold
        row.append(cell)
    sheet.append(row)
    return sheet


def _dated(sheet: WriteOnlyWorksheet, value: date, number_format: str) -> Cell:
    """A real Excel date, shown day-first as Dutch readers expect."""
    cell = WriteOnlyCell(sheet, value)  # type: ignore[arg-type]  # openpyxl takes a date; stubs: datetime
    cell.number_format = number_format
    return cell


def _signal_cells(sheet: WriteOnlyWorksheet, row: PictureRow, yes: str, no: str) -> list[object]:
    return [
        _dated(sheet, row.happened_on, DATE_FORMAT),
        _safe(row.municipality),
        _safe(row.province),
        _safe(", ".join(row.themes)),
        _safe(label_of(Law, row.law)),
        row.people,
        _safe(label_of(Urgency, row.urgency)),
        _safe(row.sender),
        _safe(label_of(Status, row.sender_status)),
        _safe(label_of(Status, row.office_status)),
        _safe(row.office_comment),
        yes if row.withdrawn else no,
        _safe(row.text),
    ]


def _write_signals(
    book: Workbook, rows: Iterable[PictureRow], total: int, reporter: Reporter | None
) -> None:
    headers = [
        _("Date"), _("Municipality"), _("Province"), _("Themes"), _("Law"), _("People"),
        _("Urgency"), _("Sender"), _("Sender's status"), _("Office status"), _("Office comment"),
        _("Withdrawn"), _("Text"),
    ]  # fmt: skip
    widths = [12, 22, 16, 30, 24, 8, 12, 24, 22, 22, 40, 12, 80]
    sheet = _sheet(book, _("Signals"), headers, widths)
    yes, no = _("yes"), _("no")
    for number, row in enumerate(rows):
        if reporter is not None and number % REPORT_EVERY == 0:
            reporter.check()
            reporter.step(number, total)
        sheet.append(_signal_cells(sheet, row, yes, no))


def _write_counts(
    book: Workbook, title: str, label: str, counts: list[Count], *, costs: bool = False
) -> None:
    """One row per label; ``costs`` adds the estimated cost per year (in euros, a number) and
    how many signals had an estimate, the method being on the filter sheet."""
    headers = [label, _("Signals"), _("People")]
    if costs:
        headers += [_("Estimated cost per year (€)"), _("Signals with an estimate")]
    sheet = _sheet(book, title, headers, [30, 12, 12, 28, 24][: len(headers)])
    unknown = _("unknown")
    for count in counts:
        row: list[object] = [_safe(count.label) or unknown, count.signals, count.people]
        if costs:
            exact = Decimal(count.yearly_cents) / 100
            euros = WriteOnlyCell(sheet, exact)  # type: ignore[arg-type]  # openpyxl writes a Decimal; stubs omit it
            euros.number_format = MONEY_FORMAT
            row += [euros, count.estimated]
        sheet.append(row)


def _write_filter(book: Workbook, description: list[tuple[str, str]]) -> None:
    sheet = _sheet(book, _("Filter"), [_("Filter"), _("Chosen")], [30, 60])
    for name, value in description:
        sheet.append([_safe(name), _safe(value)])
    made_on = datetime.now().replace(microsecond=0)
    sheet.append([_("Made on"), _dated(sheet, made_on, MOMENT_FORMAT)])
    sheet.append([_("Estimated cost per year (€)"), _(METHOD)])


def national_workbook(
    session: Session,
    wanted: PictureFilter,
    description: list[tuple[str, str]],
    reporter: Reporter | None = None,
) -> bytes:
    """The .xlsx of the national picture for ``wanted``; ``description`` says what was filtered.

    ``reporter`` hears the rows written and may stop the work (:class:`Cancelled`)."""
    book = Workbook(write_only=True)
    buffer = io.BytesIO()
    try:
        total = count_listed(session, wanted) if reporter is not None else 0
        _write_signals(book, all_listed(session, wanted), total, reporter)
        _write_counts(
            book,
            _("Per municipality"),
            _("Municipality"),
            per_municipality(session, wanted),
            costs=True,
        )
        _write_counts(book, _("Per province"), _("Province"), per_province(session, wanted))
        _write_counts(book, _("Per theme"), _("Theme"), per_theme(session, wanted), costs=True)
        _write_counts(book, _("Per month"), _("Month"), per_month(session, wanted))
        _write_filter(book, description)
    finally:
        book.save(buffer)  # also when stopped: it closes each sheet and its temporary file
    return buffer.getvalue()
