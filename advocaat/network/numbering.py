"""How the parties of a netwerkanalyse are numbered, and which of them the network picture shows.

The screen and the printed report use the same numbers, so a volunteer can point at "3" in either
and mean the same party.
"""

from __future__ import annotations

from collections.abc import Sequence

from advocaat.contacts.search import ContactRef
from advocaat.network.grid import Party
from advocaat.network.relations import Link

ALL_PARTIES_BELOW = 25
"""With fewer parties the network shows all of them, also those without relations."""


def party_numbers(parties: Sequence[Party]) -> dict[ContactRef, int]:
    """Each party's number in the legend: 1, 2, 3… in the order of the list of parties."""
    return {party.ref: number for number, party in enumerate(parties, start=1)}


def network_parties(parties: Sequence[Party], links: Sequence[Link]) -> list[Party]:
    """All parties when there are few; otherwise only those with a relation, to keep it legible."""
    if len(parties) < ALL_PARTIES_BELOW:
        return list(parties)
    related = {link.source for link in links} | {link.target for link in links}
    return [party for party in parties if party.ref in related]
