"""Tables of the signals: what members run into, with a history of status changes.

A signal carries no member's personal data: the privacy guard points at it before saving, and a
finding the user keeps is recorded as confirmed (``signal_confirmation``), so an export can refuse
any finding that was neither fixed nor confirmed. ``revision`` rises with every change, so the
national office can tell a newer version of the same signal (same ``uid``) from an older one.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from advocaat.db.contact_tables import new_uid
from advocaat.db.models import Base


class Signal(Base):
    __tablename__ = "signal"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True, default=new_uid)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    text: Mapped[str] = mapped_column(Text)
    municipality_code: Mapped[str | None] = mapped_column(
        ForeignKey("municipality.cbs_code"), index=True, default=None
    )
    themes: Mapped[str] = mapped_column(Text, default="[]")
    """JSON list of theme names."""
    law: Mapped[str] = mapped_column(String(30), default="wmo")
    source: Mapped[str] = mapped_column(String(30), default="phone")
    happened_on: Mapped[date] = mapped_column(Date, index=True)
    people_count: Mapped[int] = mapped_column(Integer, default=1)
    cost_cents: Mapped[int | None] = mapped_column(Integer, default=None)
    """The estimated extra cost per person affected, in euro cents (see signals.cost)."""
    cost_period: Mapped[str | None] = mapped_column(String(10), default=None)
    """month, year or once; set exactly when ``cost_cents`` is."""
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), default=None
    )
    urgency: Mapped[str] = mapped_column(String(20), default="normal")
    status: Mapped[str] = mapped_column(String(30), default="new", index=True)
    withdrawn: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    office_status: Mapped[str | None] = mapped_column(String(30), default=None)
    """The national office's status, from its last feedback file (``None``: no feedback yet)."""
    office_comment: Mapped[str] = mapped_column(Text, default="", server_default="")
    office_updated_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)

    history: Mapped[list[SignalStatusChange]] = relationship(
        back_populates="signal", cascade="all, delete-orphan", order_by="SignalStatusChange.id"
    )
    confirmations: Mapped[list[SignalConfirmation]] = relationship(
        cascade="all, delete-orphan", order_by="SignalConfirmation.id"
    )


class SignalStatusChange(Base):
    __tablename__ = "signal_status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    signal_id: Mapped[int] = mapped_column(ForeignKey("signal.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(30))
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)

    signal: Mapped[Signal] = relationship(back_populates="history")


class SignalConfirmation(Base):
    """A finding of the privacy guard that the user looked at and kept on purpose."""

    __tablename__ = "signal_confirmation"

    id: Mapped[int] = mapped_column(primary_key=True)
    signal_id: Mapped[int] = mapped_column(ForeignKey("signal.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    fragment: Mapped[str] = mapped_column(String(300))


class SignalExport(Base):
    """One export file made for the national office: the history the volunteer sees."""

    __tablename__ = "signal_export"

    id: Mapped[int] = mapped_column(primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    record_count: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(300))
    full: Mapped[bool] = mapped_column(default=False)


class SignalExported(Base):
    """The revision of a signal that the last successful export carried."""

    __tablename__ = "signal_exported"

    signal_id: Mapped[int] = mapped_column(
        ForeignKey("signal.id", ondelete="CASCADE"), primary_key=True
    )
    revision: Mapped[int] = mapped_column(Integer)
