"""Tables of the contact book: organisations, people, their positions, contact moments, themes.

A person's job is a :class:`Position` with a start and an end, so when an official moves to another
organisation the old position is closed and a new one opened: the history stays. Every person and
organisation has a stable ``uid`` (``urn:uuid:…``) that vCard and CSV exports carry, so
importing our own export again updates instead of duplicating.

A photo (a person's picture, an organisation's logo) is kept as the image bytes with their media
type; it is loaded only when asked for, so lists never read it.

:class:`ContactIndex` holds one row per person and organisation: the Dutch sort key and the folded
(lower case, no diacritics) words a user may type. The contact services keep it up to date; search
scans its covering index in sort order, so a keystroke needs no sort and no join.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from advocaat.db.models import Base


def new_uid() -> str:
    return uuid.uuid4().urn


person_theme = Table(
    "person_theme",
    Base.metadata,
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
    Column("theme_id", ForeignKey("theme.id", ondelete="CASCADE"), primary_key=True),
)

organisation_theme = Table(
    "organisation_theme",
    Base.metadata,
    Column("organisation_id", ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True),
    Column("theme_id", ForeignKey("theme.id", ondelete="CASCADE"), primary_key=True),
)

moment_person = Table(
    "contact_moment_person",
    Base.metadata,
    Column("moment_id", ForeignKey("contact_moment.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
)

moment_organisation = Table(
    "contact_moment_organisation",
    Base.metadata,
    Column("moment_id", ForeignKey("contact_moment.id", ondelete="CASCADE"), primary_key=True),
    Column("organisation_id", ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True),
)


class Theme(Base):
    """A subject a contact works on or cares about (Wmo, vervoer, hulpmiddelen…)."""

    __tablename__ = "theme"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)


class Organisation(Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True, default=new_uid)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40), default="other")
    municipality_code: Mapped[str | None] = mapped_column(
        ForeignKey("municipality.cbs_code"), index=True, default=None
    )
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    influence: Mapped[int | None] = mapped_column(Integer, default=None)
    """1 (little) … 5 (much), for the netwerkanalyse."""
    attitude: Mapped[int | None] = mapped_column(Integer, default=None)
    """-2 (against our cause) … 2 (for it), for the netwerkanalyse."""
    strategy: Mapped[str] = mapped_column(Text, default="", server_default="")
    """How the volunteer means to approach this party (the netwerkanalyse's last step)."""
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, default=None, deferred=True)
    """The picture as an image file (JPEG, PNG, GIF, WebP), within the import's size limit."""
    photo_type: Mapped[str] = mapped_column(String(40), default="", server_default="")
    """The media type of the photo, e.g. "image/jpeg"."""
    sort_key: Mapped[str] = mapped_column(String(200), index=True, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)

    themes: Mapped[list[Theme]] = relationship(secondary=organisation_theme)
    positions: Mapped[list[Position]] = relationship(back_populates="organisation")


class Person(Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True, default=new_uid)
    given_name: Mapped[str] = mapped_column(String(100), default="")
    infix: Mapped[str] = mapped_column(String(30), default="")
    """Dutch tussenvoegsel ("van der"): shown, but not sorted on."""
    family_name: Mapped[str] = mapped_column(String(150), default="")
    municipality_code: Mapped[str | None] = mapped_column(
        ForeignKey("municipality.cbs_code"), index=True, default=None
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    influence: Mapped[int | None] = mapped_column(Integer, default=None)
    """1 (little) … 5 (much), for the netwerkanalyse."""
    attitude: Mapped[int | None] = mapped_column(Integer, default=None)
    """-2 (against our cause) … 2 (for it), for the netwerkanalyse."""
    strategy: Mapped[str] = mapped_column(Text, default="", server_default="")
    """How the volunteer means to approach this person (the netwerkanalyse's last step)."""
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, default=None, deferred=True)
    """The picture as an image file (JPEG, PNG, GIF, WebP), within the import's size limit."""
    photo_type: Mapped[str] = mapped_column(String(40), default="", server_default="")
    """The media type of the photo, e.g. "image/jpeg"."""
    sort_key: Mapped[str] = mapped_column(String(300), index=True, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)

    phones: Mapped[list[PhoneNumber]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="PhoneNumber.id"
    )
    emails: Mapped[list[EmailAddress]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="EmailAddress.id"
    )
    positions: Mapped[list[Position]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="Position.id"
    )
    addresses: Mapped[list[PersonAddress]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="PersonAddress.id"
    )
    websites: Mapped[list[PersonWebsite]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="PersonWebsite.id"
    )
    themes: Mapped[list[Theme]] = relationship(secondary=person_theme)


class Position(Base):
    """Who held which role where, and when: the history of a person's jobs."""

    __tablename__ = "position"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True, default=None
    )
    role: Mapped[str] = mapped_column(String(120), default="")
    portfolio: Mapped[str] = mapped_column(String(300), default="")
    """What the person is responsible for, e.g. the wethouder's portefeuille."""
    department: Mapped[str] = mapped_column(String(200), default="", server_default="")
    """The part of the organisation the person works in ("Team Wmo")."""
    started_on: Mapped[date | None] = mapped_column(Date, default=None)
    ended_on: Mapped[date | None] = mapped_column(Date, default=None)
    """``None`` while the person still holds the position."""

    person: Mapped[Person] = relationship(back_populates="positions")
    organisation: Mapped[Organisation | None] = relationship(back_populates="positions")


class PhoneNumber(Base):
    __tablename__ = "phone_number"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(40))
    """As the user sees it, formatted the Dutch way where the number is Dutch."""
    normalized: Mapped[str] = mapped_column(String(20), index=True, default="")
    """E.164 (+31381234567) for matching; empty when the number could not be understood."""
    kind: Mapped[str] = mapped_column(String(20), default="work")

    person: Mapped[Person] = relationship(back_populates="phones")


class EmailAddress(Base):
    __tablename__ = "email_address"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    address: Mapped[str] = mapped_column(String(254), index=True)
    """Stored in lower case, so the same address always matches."""
    kind: Mapped[str] = mapped_column(String(20), default="work")

    person: Mapped[Person] = relationship(back_populates="emails")


class PersonAddress(Base):
    """A postal address of a person (an organisation keeps its one address in its own row)."""

    __tablename__ = "person_address"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="work")
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    region: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(100), default="")

    person: Mapped[Person] = relationship(back_populates="addresses")


class PersonWebsite(Base):
    __tablename__ = "person_website"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(String(300))

    person: Mapped[Person] = relationship(back_populates="websites")


class ContactMoment(Base):
    """A conversation, call, e-mail, letter or meeting, with an optional follow-up."""

    __tablename__ = "contact_moment"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True, default=new_uid)
    happened_on: Mapped[date] = mapped_column(Date, index=True)
    channel: Mapped[str] = mapped_column(String(30), default="conversation")
    summary: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")
    follow_up_due: Mapped[date | None] = mapped_column(Date, index=True, default=None)
    follow_up_done_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)

    people: Mapped[list[Person]] = relationship(secondary=moment_person)
    organisations: Mapped[list[Organisation]] = relationship(secondary=moment_organisation)


class ContactIndex(Base):
    """One searchable row per person or organisation (see the module docstring)."""

    __tablename__ = "contact_index"
    __table_args__ = (Index("ix_contact_index_order", "sort_key", "kind", "id", "search_text"),)

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    """"person" or "organisation"."""
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    sort_key: Mapped[str] = mapped_column(String(300))
    search_text: Mapped[str] = mapped_column(Text)
