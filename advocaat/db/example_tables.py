"""Tables of the good examples: a volunteer's own, and those the national office received.

An example is known by its ``uid``; ``revision`` rises with every change so the office keeps the
newest, as for signals. ``exported_revision`` is the revision the last export carried (0: never
exported), so an export takes only what changed. At the office a received example is known by
its sender and ``uid``; ``selected`` marks the ones the office ships back in its profile.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from advocaat.db.contact_tables import new_uid
from advocaat.db.models import Base


class GoodExample(Base):
    __tablename__ = "good_example"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True, default=new_uid)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    exported_revision: Mapped[int] = mapped_column(Integer, default=0, index=True)
    municipality_code: Mapped[str | None] = mapped_column(
        ForeignKey("municipality.cbs_code"), index=True, default=None
    )
    strategy: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(200))
    story: Mapped[str] = mapped_column(Text)
    partners: Mapped[str] = mapped_column(Text, default="")
    happened_on: Mapped[date] = mapped_column(Date, index=True)
    confirmations: Mapped[str] = mapped_column(Text, default="[]")
    """JSON list of [kind, fragment]: the privacy guard's findings the user kept on purpose."""
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)


class ReceivedExample(Base):
    __tablename__ = "received_example"
    __table_args__ = (
        UniqueConstraint("sender_id", "uid", name="uq_received_example_sender_id_uid"),
        Index("ix_received_example_selected", "selected", "happened_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # No index of its own: the unique (sender_id, uid) index leads with it.
    sender_id: Mapped[int] = mapped_column(ForeignKey("sender.id"))
    uid: Mapped[str] = mapped_column(String(64))
    revision: Mapped[int] = mapped_column(Integer)
    municipality_code: Mapped[str | None] = mapped_column(
        ForeignKey("municipality.cbs_code"), index=True, default=None
    )
    municipality_name: Mapped[str] = mapped_column(String(120), default="")
    strategy: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(200))
    story: Mapped[str] = mapped_column(Text)
    partners: Mapped[str] = mapped_column(Text, default="")
    happened_on: Mapped[date] = mapped_column(Date, index=True)
    selected: Mapped[bool] = mapped_column(default=False)
    received_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
