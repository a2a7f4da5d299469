"""Calendar arithmetic the domain and the views share, so no view computes a date itself."""

from __future__ import annotations

from datetime import date, timedelta


def end_of_month(day: date) -> date:
    """The last day of ``day``'s month ("follow-ups due this month" run up to it)."""
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)
