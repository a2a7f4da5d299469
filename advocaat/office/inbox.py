"""Taking in the volunteers' export files at the national office.

Each file is its own unit: it lands whole or not at all, so an import that is cancelled or killed
halfway leaves every file either fully in or fully out. Files share a transaction, a savepoint
each, for a few files or a fraction of a second at a time: a commit per file cost more than the
file's own rows. Per sender and ``uid`` the
highest ``revision`` wins, so a file taken in twice, late or out of order changes nothing twice.
A sender is trusted on first use: the office accepts a new sender once, after seeing its key
fingerprint. A known sender's file signed by another key (a volunteer who lost theirs) keeps that
key pending: nothing signed by it counts until the office accepts it, after which the sender keeps
its earlier signals and the replaced key is refused.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
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
from advocaat.office.examples import merge_examples
from advocaat.questionnaires.store import merge_answer_sets
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
BATCH_FILES = 50
BATCH_SECONDS = 0.5
"""A transaction holds at most this many files, and is committed after this long."""
SIGNALS = table_of(ReceivedSignal)
THEMES = table_of(ReceivedSignalTheme)
SENDERS = table_of(Sender)
IMPORTED = table_of(ImportedFile)


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
    answer_sets: int = 0
    """New answer sets to the office's questionnaires."""
    examples: int = 0
    """Good examples new or newer in this file."""


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
    query = select(Sender).where(Sender.sender_uid == card.sender_uid)
    row = session.scalar(query.execution_options(populate_existing=True))
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
        "cost_cents": signal.cost_cents,
        "cost_period": signal.cost_per,
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


@dataclass(frozen=True)
class TrustedSender:
    """A sender whose key the office trusts, as one run last saw it: enough to merge its next
    files without asking the database who it is."""

    id: int
    name: str
    signing_key: str
    last_sequence: int

    @classmethod
    def of(cls, row: Sender) -> TrustedSender:
        return cls(row.id, row.name, row.signing_key, row.last_sequence)


def merge_export(
    session: Session, sender: TrustedSender, export: IncomingExport, codes: set[str]
) -> tuple[FileResult, TrustedSender]:
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
        card = export.sender
        session.execute(
            update(SENDERS)
            .where(SENDERS.c.id == sender.id)
            .values(
                name=card.name,
                municipalities=json.dumps(list(card.municipalities)),
                recipient=card.recipient,
                last_sequence=export.sequence,
            )
        )
        sender = replace(sender, name=card.name, last_sequence=export.sequence)
    result = FileResult(
        name="",
        outcome=Outcome.IMPORTED,
        sender=sender.name,
        new=len(fresh),
        updated=len(newer),
        unchanged=len(export.signals) - len(fresh) - len(newer),
        examples=merge_examples(session, sender.id, export.examples, codes),
    )
    return result, sender


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


class _Batch:
    """The transaction files join, a savepoint each, until it is full or committed."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
        self._opened: AbstractContextManager[Session] | None = None
        self._session: Session | None = None
        self._files = 0
        self._started = 0.0

    def session(self) -> Session:
        if self._session is None:
            self._opened = self._sessions()
            self._session = self._opened.__enter__()
            self._files, self._started = 0, time.monotonic()
        return self._session

    def done_with_file(self) -> None:
        """One more file in; a full batch is committed."""
        self._files += 1
        if self._files >= BATCH_FILES or time.monotonic() - self._started >= BATCH_SECONDS:
            self.commit()

    def commit(self) -> None:
        if self._opened is not None:
            opened, self._opened, self._session = self._opened, None, None
            opened.__exit__(None, None, None)


@dataclass
class Inbox:
    """One import run over many files, with the office's decryption identities (the one in use
    and every one it replaced) opened once, and the senders it trusts remembered."""

    sessions: Sessions
    identities: Sequence[pyrage.x25519.Identity]
    decide: Decide | None = None
    codes: set[str] = field(default_factory=set)
    trusted: dict[str, TrustedSender] = field(default_factory=dict)

    def take_in(self, files: Sequence[Path], reporter: Reporter | None = None) -> list[FileResult]:
        """Each file in turn; a stop asked through ``reporter`` ends the run between files, and
        what was taken in before it stays (so does it when a file fails unexpectedly)."""
        with self.sessions() as session:
            self.codes = set(session.scalars(select(Municipality.cbs_code)))
        self.trusted = {}
        results: list[FileResult] = []
        batch = _Batch(self.sessions)
        try:
            for index, path in enumerate(files):
                if reporter is not None:
                    if reporter.cancelled:
                        break
                    reporter.step(index, len(files), path.name)
                results.append(self.take_in_file(path, batch))
                batch.done_with_file()
        finally:
            batch.commit()
        return results

    def take_in_file(self, path: Path, batch: _Batch | None = None) -> FileResult:
        """One file judged on its own: imported, or refused with its reason."""
        try:
            data = read_file_safely(
                path, MAX_FILE_BYTES, _("{file} is too large to be an export file of Advocaat.")
            )
            result = self.take_in_bytes(data, path.name, batch)
        except UserFacingError as error:
            result = FileResult(
                "", Outcome.REFUSED, reason=str(error), alarm=isinstance(error, SenderKeyError)
            )
        result.name = path.name
        return result

    def take_in_bytes(self, data: bytes, name: str, batch: _Batch | None = None) -> FileResult:
        """Take in one export file's bytes whole or not at all (committed now, or with
        ``batch``); a refusal is a typed error (:class:`ExportFileError`,
        :class:`UnknownSenderError`) and leaves the database as it was (a new sender aside,
        registered to be accepted)."""
        own = batch is None
        batch = batch or _Batch(self.sessions)
        try:
            return self._take_in(data, name, batch)
        finally:
            if own:
                batch.commit()

    def _take_in(self, data: bytes, name: str, batch: _Batch) -> FileResult:
        digest = hashlib.sha256(data).hexdigest()
        query = (
            select(IMPORTED.c.new_count + IMPORTED.c.updated_count + IMPORTED.c.unchanged_count,
                   SENDERS.c.name)
            .outerjoin(SENDERS, SENDERS.c.id == IMPORTED.c.sender_id)
            .where(IMPORTED.c.sha256 == digest)
        )  # fmt: skip
        seen = batch.session().execute(query).first()
        if seen is not None:
            return FileResult("", Outcome.ALREADY, seen[1] or "", unchanged=seen[0])
        export = read_export(data, self.identities)
        card = export.sender
        sender = self.trusted.get(card.sender_uid)
        if sender is None or sender.signing_key != card.signing_key:
            sender = None
            session = batch.session()
            with session.begin_nested():
                row = known_sender(session, card)
                if trusts(row, card):
                    sender = TrustedSender.of(row)
                elif row.signing_key != card.signing_key:
                    card = replace(card, replaced_key=row.signing_key)
        if sender is None:
            # A sender or key not accepted yet stays registered whatever the office decides,
            # and no transaction stays open while the office is asked.
            batch.commit()
            if not (self.decide and self.decide(card)):
                raise UnknownSenderError(_refusal(card))
        session = batch.session()
        with session.begin_nested():
            if sender is None:
                row = known_sender(session, card)
                trust_key(row, card.signing_key)
                session.flush()
                sender = TrustedSender.of(row)
            result, sender = self._merge(session, sender, export, digest, name)
        self.trusted[card.sender_uid] = sender
        return result

    def _merge(
        self,
        session: Session,
        sender: TrustedSender,
        export: IncomingExport,
        digest: str,
        name: str,
    ) -> tuple[FileResult, TrustedSender]:
        result, sender = merge_export(session, sender, export, self.codes)
        result.answer_sets = merge_answer_sets(session, sender.id, export.answer_sets, self.codes)
        session.execute(
            insert(IMPORTED).values(
                sha256=digest,
                sender_id=sender.id,
                sequence=export.sequence,
                file_name=name_as_text(name)[:300],
                new_count=result.new,
                updated_count=result.updated,
                unchanged_count=result.unchanged,
            )
        )
        return result, sender
