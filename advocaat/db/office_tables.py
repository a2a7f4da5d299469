"""Tables of the national office: its senders, the signals they sent, the files it took in, and
the feedback it sent back.

A received signal is known by its sender and ``uid``; the office keeps the highest ``revision``
it has seen, so files can arrive twice, late or out of order. Themes get a table of their own so
that counting per theme stays an indexed query at a hundred thousand signals.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from advocaat.db.models import Base


class Sender(Base):
    """A volunteer's copy of Advocaat, known by the id in its export files (trust on first use)."""

    __tablename__ = "sender"

    id: Mapped[int] = mapped_column(primary_key=True)
    sender_uid: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    municipalities: Mapped[str] = mapped_column(Text, default="[]")
    """JSON list of CBS codes, as the sender set them up."""
    signing_key: Mapped[str] = mapped_column(String(120))
    recipient: Mapped[str] = mapped_column(String(120))
    """The sender's age recipient: feedback is encrypted to it."""
    accepted: Mapped[bool] = mapped_column(default=False)
    first_seen_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    accepted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    last_sequence: Mapped[int] = mapped_column(Integer, default=0)
    pending_signing_key: Mapped[str | None] = mapped_column(String(120), default=None)
    """Another key a file of this sender came with: counted only once the office accepts it."""
    pending_key_seen_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    replaced_signing_keys: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    """JSON list of the keys this sender used before: a file signed by one is refused."""


class ReceivedSignal(Base):
    __tablename__ = "received_signal"
    __table_args__ = (
        UniqueConstraint("sender_id", "uid", name="uq_received_signal_sender_id_uid"),
        # people_count too: the totals of a period are read from the index alone, not the rows.
        Index("ix_received_signal_period", "withdrawn", "happened_on", "people_count"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # No index of its own: the unique (sender_id, uid) index leads with it.
    sender_id: Mapped[int] = mapped_column(ForeignKey("sender.id"))
    uid: Mapped[str] = mapped_column(String(64))
    revision: Mapped[int] = mapped_column(Integer)
    withdrawn: Mapped[bool] = mapped_column(default=False)
    text: Mapped[str] = mapped_column(Text)
    municipality_code: Mapped[str | None] = mapped_column(
        ForeignKey("municipality.cbs_code"), index=True, default=None
    )
    municipality_name: Mapped[str] = mapped_column(String(120), default="")
    law: Mapped[str] = mapped_column(String(30), index=True)
    source: Mapped[str] = mapped_column(String(30))
    happened_on: Mapped[date] = mapped_column(Date, index=True)
    people_count: Mapped[int] = mapped_column(Integer, default=1)
    cost_cents: Mapped[int | None] = mapped_column(Integer, default=None)
    """The sender's estimate of the extra cost per person affected, in euro cents."""
    cost_period: Mapped[str | None] = mapped_column(String(10), default=None)
    urgency: Mapped[str] = mapped_column(String(20))
    sender_status: Mapped[str] = mapped_column(String(30))
    """The status the volunteer gave it."""
    office_status: Mapped[str] = mapped_column(String(30), default="new", index=True)
    office_comment: Mapped[str] = mapped_column(Text, default="")
    office_updated_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    received_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)


class ReceivedSignalTheme(Base):
    __tablename__ = "received_signal_theme"

    signal_id: Mapped[int] = mapped_column(
        ForeignKey("received_signal.id", ondelete="CASCADE"), primary_key=True
    )
    theme: Mapped[str] = mapped_column(String(80), primary_key=True, index=True)


class ImportedFile(Base):
    """One export file the office took in, known by its hash: the second time changes nothing."""

    __tablename__ = "imported_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    sender_id: Mapped[int] = mapped_column(ForeignKey("sender.id"), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(300))
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    new_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_count: Mapped[int] = mapped_column(Integer, default=0)
    unchanged_count: Mapped[int] = mapped_column(Integer, default=0)


class FeedbackExport(Base):
    """A feedback file the office wrote for one sender."""

    __tablename__ = "feedback_export"
    __table_args__ = (
        UniqueConstraint("sender_id", "sequence", name="uq_feedback_export_sender_id_sequence"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sender_id: Mapped[int] = mapped_column(ForeignKey("sender.id"), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    record_count: Mapped[int] = mapped_column(Integer)
