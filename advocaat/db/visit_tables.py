"""Tables of the keukentafelgesprek: a visit with its checklist, kept on this computer only.

The member's personal fields (name, how to reach them) never leave the laptop: exports of later
parts of the app read only the municipality, dates and checklist of a visit. The checklist is a
copy of the template as it was when the visit was made, so changing a template later does not
change what a past visit shows; the template's id and version are kept with it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from advocaat.db.contact_tables import new_uid
from advocaat.db.models import Base


class Visit(Base):
    __tablename__ = "visit"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True, default=new_uid)
    member_name: Mapped[str] = mapped_column(String(200), default="")
    """A name or initials, kept minimal and local."""
    member_contact: Mapped[str] = mapped_column(String(300), default="")
    municipality_code: Mapped[str | None] = mapped_column(
        ForeignKey("municipality.cbs_code"), index=True, default=None
    )
    planned_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    place: Mapped[str] = mapped_column(String(300), default="")
    consulent_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None
    )
    consulent_name: Mapped[str] = mapped_column(String(200), default="")
    client_supporter: Mapped[str] = mapped_column(String(200), default="")
    volunteer: Mapped[str] = mapped_column(String(200), default="")
    help_question: Mapped[str] = mapped_column(Text, default="")
    goals: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    template_id: Mapped[str] = mapped_column(String(64), default="")
    template_version: Mapped[int] = mapped_column(Integer, default=1)
    template_title: Mapped[str] = mapped_column(String(200), default="")
    melding_on: Mapped[date | None] = mapped_column(Date, default=None)
    conversation_on: Mapped[date | None] = mapped_column(Date, default=None)
    report_received_on: Mapped[date | None] = mapped_column(Date, default=None)
    application_on: Mapped[date | None] = mapped_column(Date, default=None)
    decision_on: Mapped[date | None] = mapped_column(Date, default=None)
    """The day the beschikking was made known (sent) to the member."""
    notice_sent_on: Mapped[date | None] = mapped_column(Date, default=None)
    """The day the member sent the ingebrekestelling (Awb 4:17)."""
    notice_received_on: Mapped[date | None] = mapped_column(Date, default=None)
    """The day the municipality received it: the dwangsom counts from here
    (advocaat.visits.escalation assumes a day when only the sending is known)."""
    objection_on: Mapped[date | None] = mapped_column(Date, default=None)
    """The day the bezwaar was lodged."""
    objection_committee: Mapped[bool] = mapped_column(default=False, server_default=false())
    """An advisory committee hears the bezwaar: twelve weeks instead of six (Awb 7:10 lid 1)."""
    objection_extended: Mapped[bool] = mapped_column(default=False, server_default=false())
    """The municipality extended the decision on bezwaar by six weeks (Awb 7:10 lid 3)."""
    objection_decided_on: Mapped[date | None] = mapped_column(Date, default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)

    items: Mapped[list[VisitItem]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", order_by="VisitItem.position"
    )


class VisitItem(Base):
    """One checklist item of a visit: done, not applicable, or still open, with a note."""

    __tablename__ = "visit_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    section: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    help: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(20), default="open")
    note: Mapped[str] = mapped_column(Text, default="")

    visit: Mapped[Visit] = relationship(back_populates="items")


class StoredTemplate(Base):
    """A checklist template kept in the app as its JSON file (see docs): the user's own, or one
    the national office sent in its profile."""

    __tablename__ = "checklist_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[str] = mapped_column(String(64), unique=True)
    body: Mapped[str] = mapped_column(Text)
    """The template in the documented JSON format, version number included."""
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    from_office: Mapped[bool] = mapped_column(default=False, server_default=false())
    """Exactly as the office sent it: a later profile may replace it. Once the user changes it,
    it is theirs, and the office's next version arrives beside it."""
