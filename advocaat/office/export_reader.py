"""Reading one volunteer's export file at the office: decrypt, check the signature, validate.

A function over bytes with size limits and typed errors, so it can be fuzzed; it touches no
database. Each refusal is one sentence that tells the office what is wrong with the file.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import date

import pyrage

from advocaat.errors import UserFacingError
from advocaat.i18n import _
from advocaat.sync.export import FORMAT, PAYLOAD
from advocaat.sync.signed_zip import decrypt, signed_by, unpack

MAX_FILE_BYTES = 50_000_000
MAX_PAYLOAD_BYTES = 200_000_000
MAX_TEXT = 20_000


class ExportFileError(UserFacingError):
    """A file of which nothing is taken in."""


@dataclass(frozen=True)
class SenderCard:
    """Who sent a file, as the file says: shown to the office before it trusts a new sender."""

    sender_uid: str
    name: str
    organisation: str
    municipalities: tuple[str, ...]
    signing_key: str
    recipient: str

    @property
    def fingerprint(self) -> str:
        return key_id(self.signing_key)


@dataclass(frozen=True)
class IncomingSignal:
    uid: str
    revision: int
    withdrawn: bool
    text: str
    municipality: str
    municipality_name: str
    themes: tuple[str, ...]
    law: str
    source: str
    happened_on: date
    people: int
    urgency: str
    status: str


@dataclass(frozen=True)
class IncomingExport:
    sender: SenderCard
    sequence: int
    created_at: str
    signals: tuple[IncomingSignal, ...]


def key_id(signing_key: str) -> str:
    """The minisign key id, as ``minisign`` prints it (16 hex digits)."""
    try:
        raw = base64.b64decode(signing_key, validate=True)
    except ValueError:
        return "?"
    return raw[2:10][::-1].hex().upper() if len(raw) == 42 else "?"


def _damaged() -> ExportFileError:
    return ExportFileError(_("The file is damaged or incomplete; nothing of it was imported."))


def _too_large() -> ExportFileError:
    return ExportFileError(_("The file is too large to be an export file of Advocaat."))


def _not_ours() -> ExportFileError:
    return ExportFileError(_("This is not an export file of Advocaat."))


def _text(record: dict, key: str, limit: int = 200) -> str:  # type: ignore[type-arg]
    value = record.get(key)
    if not isinstance(value, str) or len(value) > limit:
        raise _damaged()
    return value


def _number(record: dict, key: str) -> int:  # type: ignore[type-arg]
    value = record.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise _damaged()
    return value


def _flag(record: dict, key: str) -> bool:  # type: ignore[type-arg]
    value = record.get(key)
    if not isinstance(value, bool):
        raise _damaged()
    return value


def _texts(record: dict, key: str) -> tuple[str, ...]:  # type: ignore[type-arg]
    values = record.get(key)
    if not isinstance(values, list) or not all(
        isinstance(value, str) and len(value) <= 80 for value in values
    ):
        raise _damaged()
    return tuple(dict.fromkeys(value.strip() for value in values if value.strip()))


def _signal(record: object) -> IncomingSignal:
    if not isinstance(record, dict):
        raise _damaged()
    try:
        happened_on = date.fromisoformat(_text(record, "date", 10))
    except ValueError as error:
        raise _damaged() from error
    municipality = record.get("municipality") or ""
    if not isinstance(municipality, str) or len(municipality) > 6:
        raise _damaged()
    return IncomingSignal(
        uid=_text(record, "uid", 64),
        revision=_number(record, "revision"),
        withdrawn=_flag(record, "withdrawn"),
        text=_text(record, "text", MAX_TEXT),
        municipality=municipality,
        municipality_name=_text(record, "municipality_name", 120),
        themes=_texts(record, "themes"),
        law=_text(record, "law", 30),
        source=_text(record, "source", 30),
        happened_on=happened_on,
        people=_number(record, "people"),
        urgency=_text(record, "urgency", 20),
        status=_text(record, "status", 30),
    )


def _sender(manifest: dict) -> SenderCard:  # type: ignore[type-arg]
    return SenderCard(
        sender_uid=_text(manifest, "sender_id", 64),
        name=_text(manifest, "sender"),
        organisation=_text(manifest, "organisation"),
        municipalities=_texts(manifest, "sender_municipalities"),
        signing_key=_text(manifest, "sender_key", 120),
        recipient=_text(manifest, "sender_recipient", 120),
    )


def read_export(data: bytes, identity: pyrage.x25519.Identity) -> IncomingExport:
    """Check and read one export file made for the office that holds ``identity``."""
    clear = decrypt(
        data,
        identity,
        MAX_FILE_BYTES,
        too_large=_too_large,
        not_ours=_not_ours,
        damaged=_damaged,
        not_for_us=lambda: ExportFileError(
            _("This file was made for another national office; this office cannot open it.")
        ),
    )
    body, signature = unpack(
        clear,
        PAYLOAD,
        MAX_PAYLOAD_BYTES,
        not_ours=_not_ours,
        damaged=_damaged,
        too_large=_too_large,
    )
    try:
        document = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise _damaged() from error
    manifest = document.get("manifest") if isinstance(document, dict) else None
    if not isinstance(manifest, dict):
        raise _damaged()
    version = manifest.get("format")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT:
        raise ExportFileError(
            _(
                "This file was made by a newer version of Advocaat (format {format}). Update"
                " Advocaat at the office to read it."
            ).format(format=version)
        )
    if version != FORMAT:
        raise _not_ours()
    sender = _sender(manifest)
    if not signed_by(body, signature, sender.signing_key):
        raise ExportFileError(
            _(
                "The signature does not match the file: it was changed after the volunteer"
                " made it, or damaged on the way. Nothing of it was imported."
            )
        )
    records = document.get("signals")
    if not isinstance(records, list):
        raise _damaged()
    return IncomingExport(
        sender=sender,
        sequence=_number(manifest, "sequence"),
        created_at=_text(manifest, "created_at", 40),
        signals=tuple(_signal(record) for record in records),
    )
