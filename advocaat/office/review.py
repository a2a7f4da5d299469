"""The office's word on received signals, and the feedback file that carries it back."""

from __future__ import annotations

from datetime import date, datetime

import pyrage
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advocaat.db.office_tables import FeedbackExport, ReceivedSignal, Sender
from advocaat.errors import UserFacingError
from advocaat.i18n import _, ngettext
from advocaat.organisation.setup import load_setup
from advocaat.signals.kinds import Status
from advocaat.sync.export import slug
from advocaat.sync.feedback import EXTENSION, FeedbackItem, write_feedback
from advocaat.sync.office_keys import OfficeKeys

MAX_COMMENT = 2000


class ReviewError(UserFacingError):
    pass


def set_review(session: Session, signal_id: int, status: str, comment: str) -> ReceivedSignal:
    """Set the office's status and comment on a received signal (sent back with feedback)."""
    if status not in {s.value for s in Status}:
        raise ReviewError(_("{status} is not a status Advocaat knows.").format(status=status))
    comment = comment.strip()
    if len(comment) > MAX_COMMENT:
        raise ReviewError(
            ngettext(
                "Keep the comment under {count} character.",
                "Keep the comment under {count} characters.",
                MAX_COMMENT,
            ).format(count=MAX_COMMENT)
        )
    signal = session.get(ReceivedSignal, signal_id)
    if signal is None:
        raise ReviewError(_("That signal does not exist (any more)."))
    if (signal.office_status, signal.office_comment) != (status, comment):
        signal.office_status = status
        signal.office_comment = comment
        signal.office_updated_at = datetime.now()
    return signal


def feedback_name(sender_name: str) -> str:
    """The file name a volunteer recognises: who it is for, and the day it was written."""
    return f"{slug(sender_name)}_{date.today():%Y-%m-%d}{EXTENSION}"


def feedback_file(session: Session, sender: Sender, keys: OfficeKeys) -> tuple[bytes, int]:
    """The next feedback file for ``sender``: the office's word on each signal it reviewed."""
    reviewed = session.scalars(
        select(ReceivedSignal)
        .where(ReceivedSignal.sender_id == sender.id, ReceivedSignal.office_updated_at.is_not(None))
        .order_by(ReceivedSignal.id)
    ).all()
    items = [
        FeedbackItem(
            uid=signal.uid,
            status=signal.office_status,
            comment=signal.office_comment,
            updated_at=signal.office_updated_at.isoformat(timespec="seconds")
            if signal.office_updated_at
            else "",
        )
        for signal in reviewed
    ]
    sequence = (
        session.scalar(
            select(func.max(FeedbackExport.sequence)).where(FeedbackExport.sender_id == sender.id)
        )
        or 0
    ) + 1
    try:
        pyrage.x25519.Recipient.from_str(sender.recipient)
    except pyrage.RecipientError as error:  # stored before export files were checked for it
        raise ReviewError(
            _(
                "{name} has no valid key for feedback in their files so far. Import a newer"
                " export file of theirs first."
            ).format(name=sender.name)
        ) from error
    setup = load_setup(session)
    data = write_feedback(
        organisation=setup.organisation if setup else "",
        sender_uid=sender.sender_uid,
        recipient=sender.recipient,
        sequence=sequence,
        items=items,
        signing=keys.signing,
    )
    session.add(FeedbackExport(sender_id=sender.id, sequence=sequence, record_count=len(items)))
    return data, len(items)
