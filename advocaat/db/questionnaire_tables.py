"""Tables of the office's questionnaires and the answers to them.

``questionnaire`` holds the questionnaires a volunteer received in the profile, or, at the office,
the ones it defined: the document as the office wrote it, known by its id. A volunteer's
``answer_set`` carries no names, only where, when, in what setting and what was answered (its
answers as JSON: they are read whole, never counted on the laptop). The office keeps each
received set by sender and ``uid``, and each answer as a row of its own, so that the counts per
question and municipality stay indexed queries.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Float, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from advocaat.db.models import Base


class StoredQuestionnaire(Base):
    __tablename__ = "questionnaire"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    document: Mapped[str] = mapped_column(Text)
    """The questionnaire's JSON document (questionnaire-1.schema.json)."""
    stored_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)


class AnswerSetRecord(Base):
    """One member's answers as the volunteer entered them; exported once."""

    __tablename__ = "answer_set"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    questionnaire_id: Mapped[int] = mapped_column(ForeignKey("questionnaire.id"), index=True)
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipality.cbs_code"))
    answered_on: Mapped[date] = mapped_column(Date)
    setting: Mapped[str] = mapped_column(String(20))
    answers: Mapped[str] = mapped_column(Text)
    """JSON object by question id: a list of choices, a number or a text."""
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    exported_at: Mapped[datetime | None] = mapped_column(DateTime, default=None, index=True)


class ReceivedAnswerSet(Base):
    __tablename__ = "received_answer_set"
    __table_args__ = (
        UniqueConstraint("sender_id", "uid", name="uq_received_answer_set_sender_id_uid"),
        Index("ix_received_answer_set_questionnaire", "questionnaire_uid", "municipality_name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sender_id: Mapped[int] = mapped_column(ForeignKey("sender.id"))
    uid: Mapped[str] = mapped_column(String(64))
    questionnaire_uid: Mapped[str] = mapped_column(String(64))
    municipality_code: Mapped[str | None] = mapped_column(
        ForeignKey("municipality.cbs_code"), default=None
    )
    municipality_name: Mapped[str] = mapped_column(String(120))
    answered_on: Mapped[date] = mapped_column(Date)
    setting: Mapped[str] = mapped_column(String(20))
    received_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)


class ReceivedAnswer(Base):
    """One answer: a chosen choice (a row per choice), a number or a text."""

    __tablename__ = "received_answer"

    id: Mapped[int] = mapped_column(primary_key=True)
    answer_set_id: Mapped[int] = mapped_column(
        ForeignKey("received_answer_set.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[str] = mapped_column(String(64))
    choice: Mapped[str | None] = mapped_column(String(120), default=None)
    number: Mapped[float | None] = mapped_column(Float, default=None)
    text: Mapped[str | None] = mapped_column(Text, default=None)
