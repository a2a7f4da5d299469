"""The five strategies of local advocacy a good example is filed under, with their labels.

Apart from the service, so the command line can offer them without loading the database layer.
The ids are stable: they travel in export and profile files.
"""

from __future__ import annotations

from enum import StrEnum

from advocaat.i18n import N_, _


class Strategy(StrEnum):
    INFORM = "inform"
    KNOWLEDGE = "knowledge"
    ORGANISATION = "organisation"
    COOPERATION = "cooperation"
    COLLECTIVE = "collective"

    @property
    def label(self) -> str:
        return _(LABELS[self])


LABELS: dict[Strategy, str] = {
    Strategy.INFORM: N_("inform municipalities and care providers"),
    Strategy.KNOWLEDGE: N_("grow knowledge and skills"),
    Strategy.ORGANISATION: N_("develop the organisation"),
    Strategy.COOPERATION: N_("cooperate locally with other organisations"),
    Strategy.COLLECTIVE: N_("advocate collectively"),
}


def strategy_label(code: str) -> str:
    """The translated label of a strategy; a code from a newer Advocaat stays as it came in."""
    try:
        return Strategy(code).label
    except ValueError:
        return code
