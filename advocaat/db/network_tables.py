"""Relations between the parties of the contact book, for the network picture.

A relation runs from one party to another, each a person or an organisation, so each end has two
nullable foreign keys of which exactly one is set. Deleting a party deletes its relations.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from advocaat.db.models import Base


class Relation(Base):
    __tablename__ = "relation"
    __table_args__ = (
        CheckConstraint(
            "(from_person_id IS NULL) <> (from_organisation_id IS NULL)"
            " AND (to_person_id IS NULL) <> (to_organisation_id IS NULL)",
            name="one_party_each_end",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    from_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True, default=None
    )
    from_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True, default=None
    )
    to_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True, default=None
    )
    to_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True, default=None
    )
    kind: Mapped[str] = mapped_column(String(20))
    """works_with, funds, advises, member_of or opposes."""
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
