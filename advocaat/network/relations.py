"""Relations between parties (works with, funds, advises, is member of, opposes), and a layout
that places them on a circle for the network picture, the same on screen and on paper."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from advocaat.contacts.people import ContactError
from advocaat.contacts.search import ContactRef, ContactType
from advocaat.db.network_tables import Relation
from advocaat.i18n import N_, _


class RelationKind(StrEnum):
    WORKS_WITH = "works_with"
    FUNDS = "funds"
    ADVISES = "advises"
    MEMBER_OF = "member_of"
    OPPOSES = "opposes"

    @property
    def label(self) -> str:
        return _(_LABELS[self])


_LABELS = {
    RelationKind.WORKS_WITH: N_("works with"),
    RelationKind.FUNDS: N_("funds"),
    RelationKind.ADVISES: N_("advises"),
    RelationKind.MEMBER_OF: N_("is member of"),
    RelationKind.OPPOSES: N_("opposes"),
}


@dataclass(frozen=True)
class Link:
    id: int
    source: ContactRef
    target: ContactRef
    kind: RelationKind


def _ends(ref: ContactRef) -> tuple[int | None, int | None]:
    """(person id, organisation id) for one end of a relation."""
    return (ref.id, None) if ref.type == ContactType.PERSON else (None, ref.id)


def _ref(person_id: int | None, organisation_id: int | None) -> ContactRef:
    if person_id is not None:
        return ContactRef(ContactType.PERSON.value, person_id)
    return ContactRef(ContactType.ORGANISATION.value, organisation_id or 0)


def _link(row: Relation) -> Link:
    return Link(
        row.id,
        _ref(row.from_person_id, row.from_organisation_id),
        _ref(row.to_person_id, row.to_organisation_id),
        RelationKind(row.kind),
    )


def add_relation(
    session: Session, source: ContactRef, target: ContactRef, kind: RelationKind
) -> Link:
    if source == target:
        raise ContactError(_("A party cannot have a relation with itself."))
    wanted = (source, target, kind)
    if any(
        (link.source, link.target, link.kind) == wanted for link in relations_of(session, source)
    ):
        raise ContactError(_("That relation is already there."))
    from_person, from_organisation = _ends(source)
    to_person, to_organisation = _ends(target)
    row = Relation(
        from_person_id=from_person,
        from_organisation_id=from_organisation,
        to_person_id=to_person,
        to_organisation_id=to_organisation,
        kind=kind.value,
    )
    session.add(row)
    session.flush()
    return _link(row)


def remove_relation(session: Session, relation_id: int) -> None:
    row = session.get(Relation, relation_id)
    if row is not None:
        session.delete(row)


def relations_of(session: Session, ref: ContactRef) -> list[Link]:
    person = ref.type == ContactType.PERSON
    column_from = Relation.from_person_id if person else Relation.from_organisation_id
    column_to = Relation.to_person_id if person else Relation.to_organisation_id
    query = select(Relation).where(or_(column_from == ref.id, column_to == ref.id))
    return [_link(row) for row in session.scalars(query.order_by(Relation.id))]


def relations_among(session: Session, refs: set[ContactRef]) -> list[Link]:
    """The relations whose both ends are among ``refs`` (the parties in view)."""
    links = (_link(row) for row in session.scalars(select(Relation).order_by(Relation.id)))
    return [link for link in links if link.source in refs and link.target in refs]


def circle_layout(refs: list[ContactRef]) -> dict[ContactRef, tuple[float, float]]:
    """Positions on a unit circle (x and y between -1 and 1), in the order given."""
    count = max(len(refs), 1)
    return {
        ref: (math.cos(2 * math.pi * n / count - math.pi / 2),
              math.sin(2 * math.pi * n / count - math.pi / 2))
        for n, ref in enumerate(refs)
    }  # fmt: skip
