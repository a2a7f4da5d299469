"""The last day of a month, for every month of a leap year and a common year."""

from __future__ import annotations

import calendar
from datetime import date

import pytest

from advocaat.core.dates import end_of_month


@pytest.mark.parametrize("year", [2024, 2026, 2100])
def test_every_day_of_the_year_ends_its_own_month(year: int) -> None:
    for month in range(1, 13):
        last = calendar.monthrange(year, month)[1]
        for day in range(1, last + 1):
            assert end_of_month(date(year, month, day)) == date(year, month, last)
