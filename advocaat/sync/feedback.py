"""The feedback file: the national office's statuses and comments on one volunteer's signals.

A ZIP of ``feedback.json`` and the office's minisign signature of it, encrypted to the
volunteer's own age recipient (sent along in every export), so only that volunteer reads it and
only their office can have written it. Each file holds the office's current word on every signal
it commented on, with a sequence number: a later file replaces an earlier one, and an older or
repeated file changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, cast

import minisign
import pyrage
from sqlalchemy import select
from sqlalchemy.orm import Session

from advocaat.core.schemas import SchemaError, load_json, stripped, validate
from advocaat.db.models import Setting
from advocaat.db.signal_tables import Signal
from advocaat.errors import UserFacingError
from advocaat.i18n import _
from advocaat.sync.endorsement import replaced_keys
from advocaat.sync.profile import stored_profile
from advocaat.sync.signed_zip import (
    decrypt,
    encrypt,
    key_id,
    pack,
    signature_key_id,
    signed_by,
    unpack,
)
from advocaat.sync.volunteer import feedback_identity, sender_id

FORMAT = 1
SCHEMA = "feedback"
"""``feedback.json`` follows resources/schemas/feedback-<FORMAT>.schema.json."""
PAYLOAD = "feedback.json"
EXTENSION = ".advocaat-feedback"
MAX_FILE_BYTES = 10_000_000
MAX_PAYLOAD_BYTES = 12_000_000
MAX_VALUES = 600_000
KEPT_EXACTLY = ("uid", "sender_id")
"""Texts taken as they are; every other text is stripped."""
CHUNK = 500
SEQUENCE_SETTING = "feedback_sequence"


class FeedbackError(UserFacingError):
    """A feedback file that is not taken over; nothing of it is stored."""


@dataclass(frozen=True)
class FeedbackItem:
    uid: str
    status: str
    comment: str
    updated_at: str


@dataclass(frozen=True)
class FeedbackResult:
    sequence: int
    updated: int
    unknown: int
    already: bool = False


def write_feedback(
    *,
    organisation: str,
    sender_uid: str,
    recipient: str,
    sequence: int,
    items: list[FeedbackItem],
    signing: minisign.SecretKey,
) -> bytes:
    """The encrypted, signed feedback file for one sender."""
    document = {
        "format": FORMAT,
        "organisation": organisation,
        "sender_id": sender_uid,
        "sequence": sequence,
        "created_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "items": [item.__dict__ for item in items],
    }
    body = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    inner = pack(PAYLOAD, body, signing, f"Advocaat feedback {sequence} of {organisation}")
    return encrypt(inner, recipient)


def _damaged() -> FeedbackError:
    return FeedbackError(_("The feedback file is damaged or incomplete; nothing was changed."))


def _not_ours() -> FeedbackError:
    return FeedbackError(_("This is not a feedback file of Advocaat."))


def _too_large() -> FeedbackError:
    return FeedbackError(_("The file is too large to be a feedback file of Advocaat."))


def _not_for_us() -> FeedbackError:
    return FeedbackError(
        _("This feedback file is meant for another volunteer; it cannot be opened here.")
    )


@dataclass(frozen=True)
class FeedbackFile:
    sender_uid: str
    sequence: int
    items: tuple[FeedbackItem, ...]


def _wrong_key(signature: bytes, office_key: str, replaced: Collection[str]) -> FeedbackError:
    """Why a signature does not match: a key the office replaced, another key (the office's
    newest profile brings it, if it is the office's), or the office's own key over a changed
    file."""
    signed_with = signature_key_id(signature)
    if signed_with in {key_id(key) for key in replaced}:
        return FeedbackError(
            _(
                "This feedback file is signed by an office key your office has replaced since;"
                " ask the office for a new feedback file."
            )
        )
    if signed_with not in ("?", key_id(office_key)):
        return FeedbackError(
            _(
                "This feedback file is not signed by the office key you know but by key id"
                " {key}: if your office made new keys, import its newest profile first, then"
                " this file again."
            ).format(key=signed_with)
        )
    return FeedbackError(
        _(
            "This feedback file is not signed by your national office, or it was changed on"
            " the way; it is refused."
        )
    )


def read_feedback(
    data: bytes,
    identity: pyrage.x25519.Identity,
    office_key: str,
    replaced: Collection[str] = (),
) -> FeedbackFile:
    """Check and read a feedback file: for this volunteer, signed by this office (checked
    before the JSON is decoded); ``replaced`` are the office's earlier keys."""
    clear = decrypt(
        data,
        [identity],
        MAX_FILE_BYTES,
        too_large=_too_large,
        not_ours=_not_ours,
        damaged=_damaged,
        not_for_us=_not_for_us,
    )
    body, signature = unpack(
        clear,
        PAYLOAD,
        MAX_PAYLOAD_BYTES,
        not_ours=_not_ours,
        damaged=_damaged,
        too_large=_too_large,
    )
    if not signed_by(body, signature, office_key):
        raise _wrong_key(signature, office_key, replaced)
    document = load_json(body, max_bytes=MAX_PAYLOAD_BYTES, max_values=MAX_VALUES, refuse=_damaged)
    version = document.get("format") if isinstance(document, dict) else None
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT:
        raise FeedbackError(
            _("This feedback file was made by a newer version of Advocaat. Update Advocaat first.")
        )
    if version != FORMAT:
        raise _not_ours()
    try:
        validate(document, SCHEMA, FORMAT)
    except SchemaError as error:
        raise FeedbackError(
            _(
                "The feedback file is damaged or incomplete (at {field}); nothing was changed."
            ).format(field=error.where)
        ) from error
    checked = cast(dict[str, Any], stripped(document, KEPT_EXACTLY))
    return FeedbackFile(
        sender_uid=checked["sender_id"],
        sequence=checked["sequence"],
        items=tuple(
            FeedbackItem(item["uid"], item["status"], item["comment"], item["updated_at"])
            for item in checked["items"]
        ),
    )


def _moment(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        return datetime.now()


def _last_sequence(session: Session) -> Setting:
    row = session.get(Setting, SEQUENCE_SETTING)
    if row is None:
        row = Setting(key=SEQUENCE_SETTING, value="0")
        session.add(row)
    return row


def import_feedback(session: Session, data: bytes, folder: Path) -> FeedbackResult:
    """Take over the office's statuses and comments on this volunteer's own signals."""
    profile = stored_profile(session)
    if profile is None:
        raise FeedbackError(
            _("Import the organisation profile first; it tells which office may send feedback.")
        )
    replaced = replaced_keys(profile.endorsements, profile.signing_key)
    feedback = read_feedback(data, feedback_identity(folder), profile.signing_key, replaced)
    if feedback.sender_uid != sender_id(session):
        raise _not_for_us()
    sequence = feedback.sequence
    last = _last_sequence(session)
    if sequence <= int(json.loads(last.value)):
        return FeedbackResult(sequence, 0, 0, already=True)
    by_uid = {item.uid: item for item in feedback.items}
    uids = list(by_uid)
    updated = 0
    for start in range(0, len(uids), CHUNK):
        chunk = uids[start : start + CHUNK]
        for signal in session.scalars(select(Signal).where(Signal.uid.in_(chunk))):
            item = by_uid[signal.uid]
            signal.office_status = item.status
            signal.office_comment = item.comment
            signal.office_updated_at = _moment(item.updated_at)
            updated += 1
    last.value = json.dumps(sequence)
    return FeedbackResult(sequence, updated, len(by_uid) - updated)
