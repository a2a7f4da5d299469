"""Cells a spreadsheet shows as text: the one rule for every CSV file the app writes.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would run as a
formula in Excel or LibreOffice (CSV injection), so it gets a leading apostrophe. Text from
members, volunteers and other senders' files ends up in these cells, so no writer may skip this:
every CSV goes through :func:`csv_text`, and a test fails on a ``csv.writer`` anywhere else.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """``text`` a spreadsheet never runs (and whose own leading "'" stays readable)."""
    return "'" + text if text.lstrip("'").startswith(FORMULA_START) else text


def unguarded(text: str) -> str:
    """The cell as it was before :func:`safe_cell`, for reading our own files back."""
    if text.startswith("'") and text.lstrip("'").startswith(FORMULA_START):
        return text[1:]
    return text


_RISKY_FIRST = frozenset("'" + "".join(FORMULA_START))
"""The first characters of every text :func:`safe_cell` may change: the others pass at once."""


def _cell(value: object) -> object:
    """Text is made safe; numbers, booleans and empty cells are written as they are."""
    if isinstance(value, str) and value[:1] in _RISKY_FIRST:
        return safe_cell(value)
    return value


def csv_text(
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    delimiter: str = ",",
    lineterminator: str = "\n",
) -> str:
    """A whole CSV document, every text cell (the header too) made formula-safe."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=lineterminator)
    writer.writerow([_cell(name) for name in header])
    writer.writerows([_cell(value) for value in row] for row in rows)
    return buffer.getvalue()
