"""Reading one volunteer's export file at the office: decrypt, check the signature, validate.

A function over bytes with size limits and typed errors, so it can be fuzzed; it touches no
database. Each refusal is one sentence that tells the office what is wrong with the file.

The order keeps a hostile file cheap: the file's size, the age header, the ZIP's directory and
the document's size and number of values are checked before anything is decoded, and the
signature before the JSON is read (see :func:`~advocaat.sync.signed_zip.signing_key_in`).

A withdrawn signal is read as a tombstone (uid, revision, status, date), whatever else its
record holds: the office keeps nothing of a withdrawn signal's text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

import pyrage

from advocaat.core.schemas import SchemaError, load_json, stripped, validate
from advocaat.errors import UserFacingError
from advocaat.i18n import _
from advocaat.questionnaires.store import IncomingAnswerSet, incoming_answer_set
from advocaat.sync.export import FORMAT, PAYLOAD, SCHEMA
from advocaat.sync.signed_zip import decrypt, key_id, signing_key_in, unpack

MAX_FILE_BYTES = 10_000_000
MAX_PAYLOAD_BYTES = 12_000_000
MAX_VALUES = 600_000
"""About 20,000 signals: far more than a volunteer records, and at most ~60 MB once decoded."""
KEPT_EXACTLY = ("uid", "sender_id", "text", "story")
"""Texts taken as they are; every other text is stripped."""


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
    replaced_key: str = ""
    """The key the office trusted for this sender so far, when this card brings another one:
    filled in by the office, never read from the file."""

    @property
    def fingerprint(self) -> str:
        return key_id(self.signing_key)

    @property
    def replaced_fingerprint(self) -> str:
        return key_id(self.replaced_key) if self.replaced_key else ""


@dataclass(frozen=True)
class IncomingSignal:
    """One record; a withdrawn one carries only uid, revision, status and date."""

    uid: str
    revision: int
    withdrawn: bool
    happened_on: date
    status: str
    text: str = ""
    municipality: str = ""
    municipality_name: str = ""
    themes: tuple[str, ...] = ()
    law: str = ""
    source: str = ""
    people: int = 1
    urgency: str = ""
    cost_cents: int | None = None
    """The estimated extra cost per person affected (with ``cost_per``), if the sender gave one."""
    cost_per: str | None = None


@dataclass(frozen=True)
class IncomingExample:
    """One good example, as the volunteer last saved it."""

    uid: str
    revision: int
    happened_on: date
    municipality: str
    municipality_name: str
    strategy: str
    title: str
    story: str
    partners: str


@dataclass(frozen=True)
class IncomingExport:
    sender: SenderCard
    sequence: int
    created_at: str
    signals: tuple[IncomingSignal, ...]
    answer_sets: tuple[IncomingAnswerSet, ...] = ()
    examples: tuple[IncomingExample, ...] = ()


def _damaged() -> ExportFileError:
    return ExportFileError(_("The file is damaged or incomplete; nothing of it was imported."))


def _malformed(error: SchemaError) -> ExportFileError:
    return ExportFileError(
        _("The file is damaged or incomplete (at {field}); nothing of it was imported.").format(
            field=error.where
        )
    )


def _too_large() -> ExportFileError:
    return ExportFileError(_("The file is too large to be an export file of Advocaat."))


def _not_ours() -> ExportFileError:
    return ExportFileError(_("This is not an export file of Advocaat."))


def _tampered() -> ExportFileError:
    return ExportFileError(
        _(
            "The signature does not match the file: it was changed after the volunteer"
            " made it, or damaged on the way. Nothing of it was imported."
        )
    )


def _unique(values: list[Any]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(value for value in values if value))


def _signal(full: dict[str, Any]) -> IncomingSignal:
    tombstone = {
        "uid": full["uid"],
        "revision": full["revision"],
        "happened_on": date.fromisoformat(full["date"]),
        "status": full["status"],
    }
    if full["withdrawn"]:
        return IncomingSignal(**tombstone, withdrawn=True)
    return IncomingSignal(
        **tombstone,
        withdrawn=False,
        text=full["text"],
        municipality=full.get("municipality") or "",
        municipality_name=full["municipality_name"],
        themes=_unique(full["themes"]),
        law=full["law"],
        source=full["source"],
        people=full["people"],
        urgency=full["urgency"],
        cost_cents=full["cost"]["cents"] if "cost" in full else None,
        cost_per=full["cost"]["per"] if "cost" in full else None,
    )


def _example(record: dict[str, Any]) -> IncomingExample:
    return IncomingExample(
        uid=record["uid"],
        revision=record["revision"],
        happened_on=date.fromisoformat(record["date"]),
        municipality=record.get("municipality") or "",
        municipality_name=record["municipality_name"],
        strategy=record["strategy"],
        title=record["title"],
        story=record["story"],
        partners=record["partners"],
    )


def _sender(manifest: dict[str, Any]) -> SenderCard:
    try:
        pyrage.x25519.Recipient.from_str(manifest["sender_recipient"])
    except pyrage.RecipientError as error:
        raise ExportFileError(
            _(
                "The file carries no valid key to encrypt feedback to the volunteer; nothing of"
                " it was imported."
            )
        ) from error
    return SenderCard(
        sender_uid=manifest["sender_id"],
        name=manifest["sender"],
        organisation=manifest["organisation"],
        municipalities=_unique(manifest["sender_municipalities"]),
        signing_key=manifest["sender_key"],
        recipient=manifest["sender_recipient"],
    )


def _newer_format(document: object) -> None:
    manifest = document.get("manifest") if isinstance(document, dict) else None
    version = manifest.get("format") if isinstance(manifest, dict) else None
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT:
        raise ExportFileError(
            _(
                "This file was made by a newer version of Advocaat (format {format}). Update"
                " Advocaat at the office to read it."
            ).format(format=version)
        )
    if version != FORMAT:
        raise _not_ours()


def read_export(data: bytes, identities: Sequence[pyrage.x25519.Identity]) -> IncomingExport:
    """Check and read one export file made for the office that holds one of ``identities``
    (its keys now and those it replaced)."""
    clear = decrypt(
        data,
        identities,
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
    del clear
    signing_key = signing_key_in(body, "sender_key", signature)
    if signing_key is None:
        raise _tampered()
    document = load_json(body, max_bytes=MAX_PAYLOAD_BYTES, max_values=MAX_VALUES, refuse=_damaged)
    del body
    _newer_format(document)
    try:
        validate(document, SCHEMA, FORMAT)
    except SchemaError as error:
        raise _malformed(error) from error
    checked = cast(dict[str, Any], stripped(document, KEPT_EXACTLY))
    manifest = checked["manifest"]
    if manifest["sender_key"] != signing_key:
        raise _tampered()
    sender = _sender(manifest)
    return IncomingExport(
        sender=sender,
        sequence=manifest["sequence"],
        created_at=manifest["created_at"],
        signals=tuple(_signal(record) for record in checked["signals"]),
        answer_sets=tuple(incoming_answer_set(item) for item in checked.get("answer_sets") or []),
        examples=tuple(_example(record) for record in checked.get("examples") or []),
    )
