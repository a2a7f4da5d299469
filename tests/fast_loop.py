"""The fast test loop, `pytest -m "not slow"`: conftest.py loads this hypothesis profile for it."""

from __future__ import annotations

from hypothesis import settings

FAST_PROFILE = "fast"
FAST_EXAMPLES = 10


def examples(full: int) -> int:
    """How many inputs a hypothesis test tries: `full` in the whole suite, few in the fast loop."""
    return FAST_EXAMPLES if settings.get_current_profile_name() == FAST_PROFILE else full
