"""The numbering of parties and the choice of parties for the network picture: one rule for the
screen and the printed report."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from advocaat.contacts.people import OrganisationData, create_organisation
from advocaat.contacts.search import ContactRef
from advocaat.network.analysis import municipality_analysis
from advocaat.network.grid import Party
from advocaat.network.numbering import ALL_PARTIES_BELOW, network_parties, party_numbers
from advocaat.network.relations import Link, RelationKind, add_relation

TODAY = date(2026, 11, 23)


def party(number: int) -> Party:
    return Party(ContactRef("organisation", number), f"Partij {number}", "", "Zwolle",
                 None, None, "", None, 0)  # fmt: skip


def test_every_party_is_numbered_from_one_in_list_order() -> None:
    parties = [party(identifier) for identifier in (40, 7, 19, 3)]
    numbers = party_numbers(parties)
    assert [numbers[p.ref] for p in parties] == [1, 2, 3, 4]
    assert party_numbers([]) == {}


def test_few_parties_are_all_shown_many_only_those_with_a_relation() -> None:
    link = Link(1, ContactRef("organisation", 2), ContactRef("organisation", 5),
                RelationKind.ADVISES)  # fmt: skip
    for count in (1, ALL_PARTIES_BELOW - 1, ALL_PARTIES_BELOW, ALL_PARTIES_BELOW + 10):
        parties = [party(identifier) for identifier in range(1, count + 1)]
        shown = network_parties(parties, [link])
        if count < ALL_PARTIES_BELOW:
            assert shown == parties
        else:
            assert [p.ref.id for p in shown] == [2, 5]
    assert network_parties([party(n) for n in range(30)], []) == []


def test_the_analysis_numbers_every_party_as_the_rule_does(session: Session) -> None:
    refs = []
    for number in range(ALL_PARTIES_BELOW + 3):
        made = create_organisation(
            session,
            OrganisationData(name=f"Proeforganisatie {number:02}", municipality_code="GM0193"),
        )
        refs.append(ContactRef("organisation", made.id))
    add_relation(session, refs[4], refs[9], RelationKind.FUNDS)
    analysis = municipality_analysis(session, "GM0193", TODAY)
    numbers = party_numbers(analysis.parties)
    assert [analysis.number(p.ref) for p in analysis.parties] == [
        numbers[p.ref] for p in analysis.parties
    ]
    assert analysis.network_parties == network_parties(analysis.parties, analysis.links)
    assert {p.ref for p in analysis.network_parties} == {refs[4], refs[9]}
