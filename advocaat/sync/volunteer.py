"""The volunteer's own keys and sender id, made silently the first time they are needed.

The office tells its senders apart by the sender id, not by the key, so that a file from a known
sender signed by another key stands out: the office accepts the new key explicitly, after checking
its id with the volunteer (:func:`own_key_id`). A lost or doubted key is replaced with
:func:`replace_signing_key`; the old one is kept aside. The signing key signs every export; the
age identity lets the office encrypt its feedback so that only this volunteer can read it. Both
stay in the data folder: a volunteer has no passphrase to remember.
"""

from __future__ import annotations

import json
import uuid
from datetime import date
from pathlib import Path

import minisign
import pyrage
from sqlalchemy.orm import Session

from advocaat.core.files import write_file_safely
from advocaat.db.models import Setting
from advocaat.sync.signed_zip import key_id

SIGNING_KEY_FILE = "volunteer-signing.key"
FEEDBACK_IDENTITY_FILE = "volunteer-feedback.age-identity"
SENDER_SETTING = "sender_id"


def _private_file(path: Path, data: bytes) -> None:
    write_file_safely(path, data)
    path.chmod(0o600)


def signing_key(folder: Path) -> minisign.SecretKey:
    path = folder / SIGNING_KEY_FILE
    if path.exists():
        return minisign.SecretKey.from_bytes(path.read_bytes())
    pair = minisign.KeyPair.generate()
    _private_file(path, bytes(pair.secret_key))
    return pair.secret_key


def own_key_id(folder: Path) -> str:
    """The id of this volunteer's signing key, as the office sees it; the key is made if needed,
    since the office checks the id by phone before the first file arrives."""
    return key_id(signing_key(folder).get_public_key().to_base64().decode("ascii"))


def replace_signing_key(folder: Path, today: date) -> Path | None:
    """Make a new signing key; the old one is renamed with the date beside it, never deleted.

    Returns where the old key went (``None`` when there was none)."""
    path = folder / SIGNING_KEY_FILE
    aside = None
    if path.exists():
        aside = folder / f"{SIGNING_KEY_FILE}.replaced-{today.isoformat()}"
        number = 1
        while aside.exists():
            number += 1
            aside = folder / f"{SIGNING_KEY_FILE}.replaced-{today.isoformat()}-{number}"
        path.rename(aside)
    signing_key(folder)
    return aside


def existing_feedback_identity(folder: Path) -> pyrage.x25519.Identity | None:
    """The volunteer's feedback identity, if one was made; never makes one."""
    path = folder / FEEDBACK_IDENTITY_FILE
    if not path.exists():
        return None
    return pyrage.x25519.Identity.from_str(path.read_text(encoding="ascii").strip())


def feedback_identity(folder: Path) -> pyrage.x25519.Identity:
    identity = existing_feedback_identity(folder)
    if identity is not None:
        return identity
    identity = pyrage.x25519.Identity.generate()
    _private_file(folder / FEEDBACK_IDENTITY_FILE, (str(identity) + "\n").encode("ascii"))
    return identity


def sender_id(session: Session) -> str:
    """This copy's id towards the office (``urn:uuid:…``), kept with the data."""
    row = session.get(Setting, SENDER_SETTING)
    if row is None:
        row = Setting(key=SENDER_SETTING, value=json.dumps(uuid.uuid4().urn))
        session.add(row)
    return str(json.loads(row.value))
