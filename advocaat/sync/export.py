"""The export file to the national office: incremental, signed by the volunteer, encrypted.

Layout (documented in docs/export-file.md, schema in docs/export-schema.json):

- ``export.json``: the manifest (format, sender, sender's public key, sequence number, counts,
  created-at) and the records (signals: uid, revision, withdrawn, and the fields the office
  needs; never a member's personal field);
- ``export.json.minisig``: the volunteer's minisign signature of exactly ``export.json``;
- both in a ZIP, encrypted as a whole to the office's age recipient (X25519), so only the office
  can read it, also with the standard ``age`` tool.

An export holds what changed since the last successful one (new, edited and withdrawn signals,
by revision) unless a full export is asked for. Nothing is marked as exported until the file is
written whole; a signal with a privacy finding that was neither fixed nor confirmed stops it.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import minisign
import pyrage
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advocaat import __version__
from advocaat.core.files import write_file_safely
from advocaat.core.setup import load_setup
from advocaat.db.models import Municipality
from advocaat.db.signal_tables import Signal, SignalExport, SignalExported
from advocaat.errors import UserFacingError
from advocaat.i18n import _
from advocaat.signals.privacy import find_personal_data
from advocaat.signals.service import member_names, signal_themes, unconfirmed
from advocaat.sync.profile import stored_profile

FORMAT = 1
PAYLOAD = "export.json"
SIGNATURE = "export.json.minisig"
EXTENSION = ".advocaat-export"
VOLUNTEER_KEY = "volunteer-signing.key"


class ExportError(UserFacingError):
    pass


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sequence: int
    record_count: int


def volunteer_key(folder: Path) -> minisign.SecretKey:
    """The volunteer's own signing key, made silently the first time and kept in the data folder."""
    path = folder / VOLUNTEER_KEY
    if path.exists():
        return minisign.SecretKey.from_bytes(path.read_bytes())
    pair = minisign.KeyPair.generate()
    write_file_safely(path, bytes(pair.secret_key))
    path.chmod(0o600)
    return pair.secret_key


def _record(session: Session, signal: Signal) -> dict[str, object]:
    municipality = session.get(Municipality, signal.municipality_code)
    return {
        "uid": signal.uid,
        "revision": signal.revision,
        "withdrawn": signal.withdrawn,
        "text": signal.text,
        "municipality": signal.municipality_code,
        "municipality_name": municipality.name if municipality else "",
        "themes": signal_themes(signal),
        "law": signal.law,
        "source": signal.source,
        "date": signal.happened_on.isoformat(),
        "people": signal.people_count,
        "urgency": signal.urgency,
        "status": signal.status,
    }


def _changed(session: Session, full: bool) -> list[Signal]:
    exported = dict(
        session.execute(select(SignalExported.signal_id, SignalExported.revision)).all()
    )
    signals = session.scalars(select(Signal).order_by(Signal.id))
    return [s for s in signals if full or exported.get(s.id, 0) < s.revision]


def _check_privacy(session: Session, signals: list[Signal]) -> None:
    names = member_names(session)
    for signal in signals:
        if signal.withdrawn:
            continue
        confirmed = {(c.kind, c.fragment) for c in signal.confirmations}
        open_findings = unconfirmed(find_personal_data(signal.text, names), confirmed)
        if open_findings:
            raise ExportError(
                _(
                    "The signal of {date} still seems to hold personal data ({finding}). Change it"
                    " or confirm it first; nothing was exported."
                ).format(date=signal.happened_on.isoformat(), finding=open_findings[0].text)
            )


def file_name(organisation: str, sender: str, when: datetime, sequence: int) -> str:
    """A name a volunteer recognises: organisation, sender, date and number."""

    def slug(text: str) -> str:
        return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:40] or "advocaat"

    return f"{slug(organisation)}_{slug(sender)}_{when:%Y-%m-%d}_{sequence:04d}{EXTENSION}"


def export_signals(
    session: Session, output: Path, data_dir: Path, *, full: bool = False
) -> ExportResult:
    """Write the next export file (into ``output`` if it is a folder); see the module docstring."""
    profile = stored_profile(session)
    if profile is None:
        raise ExportError(
            _(
                "Import the organisation profile from the national office first; it holds the key"
                " the export is encrypted to."
            )
        )
    signals = _changed(session, full)
    _check_privacy(session, signals)
    setup = load_setup(session)
    sender = setup.organisation if setup else ""
    key = volunteer_key(data_dir)
    sequence = (session.scalar(select(func.max(SignalExport.sequence))) or 0) + 1
    now = datetime.now().astimezone()
    document = {
        "manifest": {
            "format": FORMAT,
            "app": f"advocaat {__version__}",
            "organisation": profile.organisation,
            "sender": sender,
            "sender_key": key.get_public_key().to_base64().decode("ascii"),
            "sequence": sequence,
            "full": full,
            "created_at": now.isoformat(timespec="seconds"),
            "counts": {
                "signals": len(signals),
                "withdrawn": sum(1 for s in signals if s.withdrawn),
            },
        },
        "signals": [_record(session, signal) for signal in signals],
    }
    body = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    signature = key.sign(body, trusted_comment=f"Advocaat export {sequence} of {sender}")
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(PAYLOAD, body)
        archive.writestr(SIGNATURE, bytes(signature))
    encrypted = pyrage.encrypt(
        inner.getvalue(), [pyrage.x25519.Recipient.from_str(profile.recipient)]
    )
    target = (
        output / file_name(profile.organisation, sender, now, sequence)
        if output.is_dir()
        else output
    )
    write_file_safely(target, encrypted)
    # Only now, with the file whole on disk, does anything count as exported.
    session.add(
        SignalExport(sequence=sequence, record_count=len(signals), file_name=target.name, full=full)
    )
    for signal in signals:
        row = session.get(SignalExported, signal.id)
        if row is None:
            session.add(SignalExported(signal_id=signal.id, revision=signal.revision))
        else:
            row.revision = signal.revision
    session.flush()
    return ExportResult(target, sequence, len(signals))
