"""The written netwerkanalyse of one municipality: parties per quadrant with their last contact,
open follow-ups and strategy, the parties still to approach, and the relations among them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property

from sqlalchemy.orm import Session

from advocaat.contacts.search import ContactRef
from advocaat.network.grid import Party, Quadrant, parties
from advocaat.network.numbering import network_parties, party_numbers
from advocaat.network.relations import Link, relations_among
from advocaat.organisation.municipalities import resolve_municipality


@dataclass(frozen=True)
class Analysis:
    municipality: str
    today: date
    theme: str
    parties: list[Party]
    links: list[Link]

    def in_quadrant(self, quadrant: Quadrant) -> list[Party]:
        return [party for party in self.parties if party.quadrant is quadrant]

    @property
    def unplaced(self) -> list[Party]:
        return [party for party in self.parties if not party.placed]

    @property
    def to_approach(self) -> list[Party]:
        return [party for party in self.parties if party.to_approach(self.today)]

    @cached_property
    def _numbers(self) -> dict[ContactRef, int]:
        return party_numbers(self.parties)

    def number(self, ref: ContactRef) -> int:
        """The party's number in the picture's legend (1, 2, 3…)."""
        return self._numbers[ref]

    @property
    def network_parties(self) -> list[Party]:
        """The parties the network picture shows (see :func:`network_parties`)."""
        return network_parties(self.parties, self.links)


def municipality_analysis(
    session: Session, municipality: str, today: date, theme: str | None = None
) -> Analysis:
    """The analysis of ``municipality`` (a name or CBS code), optionally about one theme."""
    found = resolve_municipality(session, municipality)
    chosen = parties(session, found.cbs_code, theme, today=today)
    return Analysis(
        municipality=found.name,
        today=today,
        theme=theme or "",
        parties=chosen,
        links=relations_among(session, {party.ref for party in chosen}),
    )
