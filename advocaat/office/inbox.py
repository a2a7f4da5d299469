"""Taking in the volunteers' export files at the national office.

Each file is its own unit of work: it lands whole or not at all, so an import that is cancelled
or killed halfway leaves every file either fully in or fully out. Per sender and ``uid`` the
highest ``revision`` wins, so a file taken in twice, late or out of order changes nothing twice.
A sender is trusted on first use: the office accepts a new sender once, after seeing its key
fingerprint. A known sender's file signed by another key (a volunteer who lost theirs) keeps that
key pending: nothing signed by it counts until the office accepts it, after which the sender keeps
its earlier signals and the replaced key is refused.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path

import pyrage
from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from advocaat.core.files import name_as_text, read_file_safely
from advocaat.core.progress import Reporter
from advocaat.db.engine import Sessions
from advocaat.db.models import Municipality, table_of
from advocaat.db.office_tables import ImportedFile, ReceivedSignal, ReceivedSignalTheme, Sender
from advocaat.errors import UserFacingError
from advocaat.i18n import _
from advocaat.sync.export import EXTENSION
from advocaat.sync.export_reader import (
    MAX_FILE_BYTES,
    ExportFileError,
    IncomingExport,
    IncomingSignal,
    SenderCard,
    read_export,
)
from advocaat.sync.signed_zip import key_id

CHUNK = 500
SIGNALS = table_of(ReceivedSignal)
THEMES = table_of(ReceivedSignalTheme)


class Outcome(StrEnum):
    IMPORTED = "imported"
    ALREADY = "already"
    REFUSED = "refused"


@dataclass
class FileResult:
    """What became of one file, for the summary the office sees."""

    name: str
    outcome: Outcome
    sender: str = ""
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    reason: str = ""
    alarm: bool = False
    """A known sender's name with another key: the office must hear of it loudly."""


@dataclass(frozen=True)
class ImportSummary:
    """What one import run came to: refusals first, and how many files were not read (stop)."""

    results: list[FileResult]
    refused: int
    alarms: int
    """Refusals of a known sender's name with another key."""
    not_read: int


def summarise(results: Sequence[FileResult], total: int) -> ImportSummary:
    """The summary of ``results`` out of ``total`` files chosen."""
    refused = [result for result in results if result.outcome is Outcome.REFUSED]
    return ImportSummary(
        results=refused + [result for result in results if result.outcome is not Outcome.REFUSED],
        refused=len(refused),
        alarms=sum(1 for result in refused if result.alarm),
        not_read=max(total - len(results), 0),
    )


class UnknownSenderError(UserFacingError):
    pass


class SenderKeyError(ExportFileError):
    """A known sender's file signed by another key: refused, loudly."""


def export_files(paths: Iterable[Path]) -> list[Path]:
    """The files to take in: each file given, and the export files inside each folder given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            try:
                found.extend(sorted(p for p in path.iterdir() if p.name.endswith(EXTENSION)))
            except OSError as error:
                raise ExportFileError(
                    _("The folder {folder} cannot be read ({reason}).").format(
                        folder=name_as_text(str(path)), reason=error.strerror or error
                    )
                ) from error
        else:
            found.append(path)
    return found


def sender_row(session: Session, reference: str) -> Sender:
    """A sender by its id, the start of it, or its key id (as ``office senders`` shows them), or
    the id of its pending new key."""
    wanted = reference.strip()
    for row in session.scalars(select(Sender).order_by(Sender.id)):
        if wanted and (
            row.sender_uid == wanted
            or row.sender_uid.removeprefix("urn:uuid:").startswith(wanted)
            or wanted.upper() in (key_id(row.signing_key), key_id(row.pending_signing_key or ""))
        ):
            return row
    raise UnknownSenderError(_("No sender is known as {sender}.").format(sender=reference))


def accept_sender(session: Session, reference: str) -> Sender:
    """Accept a sender, or, given the id of its pending new key, that key in place of the old."""
    row = sender_row(session, reference)
    pending = row.pending_signing_key
    if pending is not None and key_id(pending) == reference.strip().upper():
        trust_key(row, pending)
    elif not row.accepted:
        row.accepted = True
        row.accepted_at = datetime.now()
    return row


def trust_key(row: Sender, signing_key: str) -> None:
    """Accept ``signing_key`` for ``row``; a key it replaces is refused from now on."""
    if row.signing_key != signing_key:
        row.replaced_signing_keys = json.dumps([*replaced_keys(row), row.signing_key])
        row.signing_key = signing_key
    if row.pending_signing_key == signing_key:
        row.pending_signing_key = None
        row.pending_key_seen_at = None
    row.accepted = True
    row.accepted_at = datetime.now()


def replaced_keys(row: Sender) -> list[str]:
    return list(json.loads(row.replaced_signing_keys or "[]"))


def trusts(row: Sender, card: SenderCard) -> bool:
    """Whether the office counts what ``card``'s key signs for this sender."""
    return row.accepted and row.signing_key == card.signing_key


def known_sender(session: Session, card: SenderCard) -> Sender:
    """The sender's row, registered (not yet accepted) when it is new; another key than the
    trusted one is kept as pending, and a key that was replaced is refused."""
    row = session.scalar(select(Sender).where(Sender.sender_uid == card.sender_uid))
    if row is None:
        row = Sender(
            sender_uid=card.sender_uid,
            name=card.name,
            municipalities=json.dumps(list(card.municipalities)),
            signing_key=card.signing_key,
            recipient=card.recipient,
            accepted=False,
            first_seen_at=datetime.now(),
        )
        session.add(row)
        session.flush()
    elif card.signing_key in replaced_keys(row):
        raise SenderKeyError(
            _(
                "WARNING: this file says it comes from {name}, but it is signed by a key that"
                " sender replaced ({old}); that key is no longer trusted, so the file is refused."
            ).format(name=row.name, old=card.fingerprint)
        )
    elif card.signing_key not in (row.signing_key, row.pending_signing_key):
        row.pending_signing_key = card.signing_key
        row.pending_key_seen_at = datetime.now()
    return row


def _values(sender_id: int, signal: IncomingSignal, codes: set[str]) -> dict[str, object]:
    return {
        "sender_id": sender_id,
        "uid": signal.uid,
        "revision": signal.revision,
        "withdrawn": signal.withdrawn,
        "text": signal.text,
        "municipality_code": signal.municipality if signal.municipality in codes else None,
        "municipality_name": signal.municipality_name,
        "law": signal.law,
        "source": signal.source,
        "happened_on": signal.happened_on,
        "people_count": signal.people,
        "urgency": signal.urgency,
        "sender_status": signal.status,
    }


def _withdrawal(row_id: int, signal: IncomingSignal) -> dict[str, object]:
    """A stored signal marked withdrawn: its text goes, what it was about stays for the list."""
    return {
        "row_id": row_id,
        "revision": signal.revision,
        "withdrawn": True,
        "text": "",
        "happened_on": signal.happened_on,
        "sender_status": signal.status,
    }


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def merge_export(
    session: Session, sender: Sender, export: IncomingExport, codes: set[str]
) -> FileResult:
    """Merge the records of one checked file; the highest revision per ``uid`` wins, and the
    sender's name, municipalities and feedback key follow the highest export sequence.

    A withdrawal (a tombstone) keeps nothing of the signal's text; one for a signal the office
    never saw is stored as a withdrawn signal without text, so that an older full record of it
    arriving later cannot bring it back.

    The rows go in with Core statements, many rows per statement, which saves Python work per
    signal over the ORM's bulk statements (whose ids-in-order insert went row by row on SQLite).
    """
    latest: dict[str, IncomingSignal] = {}
    for signal in export.signals:
        if signal.uid not in latest or latest[signal.uid].revision < signal.revision:
            latest[signal.uid] = signal
    stored: dict[str, tuple[int, int]] = {}
    for uids in _chunks(list(latest)):
        query = select(SIGNALS.c.uid, SIGNALS.c.id, SIGNALS.c.revision).where(
            SIGNALS.c.sender_id == sender.id, SIGNALS.c.uid.in_(uids)
        )
        stored.update((uid, (row_id, revision)) for uid, row_id, revision in session.execute(query))
    fresh = [s for uid, s in latest.items() if uid not in stored]
    newer = [(stored[uid][0], s) for uid, s in latest.items() if uid in stored]
    newer = [(row_id, s) for row_id, s in newer if s.revision > stored[s.uid][1]]
    now = datetime.now()
    themes: list[dict[str, object]] = []
    if fresh:
        rows = [_values(sender.id, s, codes) | {"received_at": now} for s in fresh]
        # Without a promise of order the rows go in batches; each new id is found by its uid.
        returned = session.execute(insert(SIGNALS).returning(SIGNALS.c.uid, SIGNALS.c.id), rows)
        ids = {row.uid: row.id for row in returned}
        themes += [{"signal_id": ids[s.uid], "theme": t} for s in fresh for t in s.themes]
    edited = [(row_id, s) for row_id, s in newer if not s.withdrawn]
    withdrawn = [_withdrawal(row_id, s) for row_id, s in newer if s.withdrawn]
    if edited:
        session.execute(
            update(SIGNALS).where(SIGNALS.c.id == bindparam("row_id")),
            [{"row_id": row_id} | _values(sender.id, s, codes) for row_id, s in edited],
        )
        changed = [row_id for row_id, _signal in edited]
        for ids_chunk in range(0, len(changed), CHUNK):
            session.execute(
                delete(THEMES).where(THEMES.c.signal_id.in_(changed[ids_chunk : ids_chunk + CHUNK]))
            )
        themes += [{"signal_id": i, "theme": t} for i, s in edited for t in s.themes]
    if withdrawn:
        session.execute(update(SIGNALS).where(SIGNALS.c.id == bindparam("row_id")), withdrawn)
    if themes:
        session.execute(insert(THEMES), themes)
    if export.sequence > sender.last_sequence:  # a replayed older file never rolls them back
        sender.name = export.sender.name
        sender.municipalities = json.dumps(list(export.sender.municipalities))
        sender.recipient = export.sender.recipient
        sender.last_sequence = export.sequence
    return FileResult(
        name="",
        outcome=Outcome.IMPORTED,
        sender=sender.name,
        new=len(fresh),
        updated=len(newer),
        unchanged=len(export.signals) - len(fresh) - len(newer),
    )


Decide = Callable[[SenderCard], bool]
"""Asked once for a sender seen for the first time, or a known one with a new key
(``card.replaced_key``): does the office accept it?"""


def _refusal(card: SenderCard) -> str:
    if card.replaced_key:
        return _(
            "{name} sends with a new key (key id {key}, before {old}). Nothing signed with it"
            " counts until you accept it: check the id with the volunteer by phone, accept it"
            " (advocaat office accept {key}), then import the file again."
        ).format(name=card.name, key=card.fingerprint, old=card.replaced_fingerprint)
    return _(
        "{name} sends for the first time (key id {key}). Accept this sender first"
        " (advocaat office accept {key}), then import the file again."
    ).format(name=card.name, key=card.fingerprint)


@dataclass
class Inbox:
    """One import run over many files, with the office's decryption identities (the one in use
    and every one it replaced) opened once."""

    sessions: Sessions
    identities: Sequence[pyrage.x25519.Identity]
    decide: Decide | None = None
    codes: set[str] = field(default_factory=set)

    def take_in(self, files: Sequence[Path], reporter: Reporter | None = None) -> list[FileResult]:
        """Each file in turn; a stop asked through ``reporter`` ends the run between files."""
        with self.sessions() as session:
            self.codes = set(session.scalars(select(Municipality.cbs_code)))
        results: list[FileResult] = []
        for index, path in enumerate(files):
            if reporter is not None:
                if reporter.cancelled:
                    break
                reporter.step(index, len(files), path.name)
            results.append(self.take_in_file(path))
        return results

    def take_in_file(self, path: Path) -> FileResult:
        """One file judged on its own: imported, or refused with its reason."""
        try:
            data = read_file_safely(
                path, MAX_FILE_BYTES, _("{file} is too large to be an export file of Advocaat.")
            )
            result = self.take_in_bytes(data, path.name)
        except UserFacingError as error:
            result = FileResult(
                "", Outcome.REFUSED, reason=str(error), alarm=isinstance(error, SenderKeyError)
            )
        result.name = path.name
        return result

    def take_in_bytes(self, data: bytes, name: str) -> FileResult:
        """Take in one export file's bytes as one unit of work; a refusal is a typed error
        (:class:`ExportFileError`, :class:`UnknownSenderError`) and leaves the database as it
        was (a new sender aside, registered to be accepted)."""
        digest = hashlib.sha256(data).hexdigest()
        with self.sessions() as session:
            seen = session.scalar(select(ImportedFile).where(ImportedFile.sha256 == digest))
            if seen is not None:
                sender = session.get(Sender, seen.sender_id)
                total = seen.new_count + seen.updated_count + seen.unchanged_count
                return FileResult(
                    "", Outcome.ALREADY, sender.name if sender else "", unchanged=total
                )
        export = read_export(data, self.identities)
        card = export.sender
        with self.sessions() as session:
            sender = known_sender(session, card)
            if trusts(sender, card):  # the usual case: merge in the same unit of work
                return self._merge(session, sender, export, digest, name)
            if sender.signing_key != card.signing_key:
                card = replace(card, replaced_key=sender.signing_key)
        # A sender or key not accepted yet stays registered (committed above) whatever the
        # office decides.
        if not (self.decide and self.decide(card)):
            raise UnknownSenderError(_refusal(card))
        with self.sessions() as session:
            sender = known_sender(session, card)
            trust_key(sender, card.signing_key)
            return self._merge(session, sender, export, digest, name)

    def _merge(
        self, session: Session, sender: Sender, export: IncomingExport, digest: str, name: str
    ) -> FileResult:
        result = merge_export(session, sender, export, self.codes)
        session.add(
            ImportedFile(
                sha256=digest,
                sender_id=sender.id,
                sequence=export.sequence,
                file_name=name_as_text(name)[:300],
                new_count=result.new,
                updated_count=result.updated,
                unchanged_count=result.unchanged,
            )
        )
        return result
