"""The export file to the national office: incremental, signed by the volunteer, encrypted.

Layout (documented in docs/export-file.md, schema in resources/schemas/export-1.schema.json; the
office reads it with :mod:`advocaat.sync.export_reader`):

- ``export.json``: the manifest (format, sender, sender's public key, sequence number, counts,
  created-at) and the records (signals: uid, revision, withdrawn, and the fields the office
  needs; never a member's personal field), the answer sets to the office's questionnaires not
  sent before (no names; each answer a choice, a number or a guarded text) and, when there are
  any, the good examples new or changed (uid, revision, where, when, strategy, title, story,
  partners). A withdrawn signal travels as a tombstone (uid, revision, withdrawn, status, date),
  never with its text;
- ``export.json.minisig``: the volunteer's minisign signature of exactly ``export.json``;
- both in a ZIP, encrypted as a whole to the office's age recipient (X25519), so only the office
  can read it, also with the standard ``age`` tool.

An export holds what changed since the last successful one (new, edited and withdrawn signals,
by revision) unless a full export is asked for; with nothing changed no file is written. Nothing
is marked as exported until the file is written whole.

Every field of the document is in :data:`EXPORT_FIELDS`: either guarded (the privacy guard reads
it, and a finding that was neither fixed nor confirmed stops the export) or declared safe, with
the reason. The document is checked as it is about to be sealed, whatever path made it, and a
field in neither list stops the export too, so a new field cannot slip out unguarded.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import minisign
from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session, selectinload

from advocaat import __version__
from advocaat.core.files import write_file_safely
from advocaat.core.progress import Reporter
from advocaat.core.text import without_accents
from advocaat.db.example_tables import GoodExample
from advocaat.db.models import table_of
from advocaat.db.signal_tables import Signal, SignalExport, SignalExported
from advocaat.errors import UserFacingError
from advocaat.examples.service import municipality_names as example_places
from advocaat.examples.service import stored_confirmations
from advocaat.i18n import _
from advocaat.organisation.setup import load_setup
from advocaat.questionnaires.store import export_record, mark_exported, unexported
from advocaat.signals.service import (
    PrivacyGuard,
    municipality_names,
    privacy_guard,
    signal_themes,
    unconfirmed,
)
from advocaat.sync.profile import OrganisationProfile, stored_profile
from advocaat.sync.signed_zip import encrypt, pack
from advocaat.sync.volunteer import feedback_identity, sender_id, signing_key

FORMAT = 1
SCHEMA = "export"
"""``export.json`` follows resources/schemas/export-<FORMAT>.schema.json."""
PAYLOAD = "export.json"
EXTENSION = ".advocaat-export"


class ExportError(UserFacingError):
    pass


class NothingToExportError(ExportError):
    """No signal is new or changed since the last export: no file is written."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sequence: int
    record_count: int
    example_count: int = 0
    answer_set_count: int = 0


GUARDED = "guarded"
EXPORT_FIELDS: dict[str, str] = {
    "manifest.format": "safe: the format number",
    "manifest.app": "safe: the app's name and version",
    "manifest.organisation": "safe: the organisation's name, from the office's own profile",
    "manifest.sender": "safe: the name the volunteer set up for the office to know them by",
    "manifest.sender_id": "safe: a random urn:uuid",
    "manifest.sender_municipalities[]": "safe: CBS codes",
    "manifest.sender_key": "safe: a public key",
    "manifest.sender_recipient": "safe: a public key",
    "manifest.sequence": "safe: a counter",
    "manifest.full": "safe: a flag",
    "manifest.created_at": "safe: the time of the export",
    "manifest.counts.signals": "safe: a count",
    "manifest.counts.withdrawn": "safe: a count",
    "manifest.counts.examples": "safe: a count",
    "signals[].uid": "safe: a random urn:uuid",
    "signals[].revision": "safe: a counter",
    "signals[].withdrawn": "safe: a flag",
    "signals[].text": GUARDED,
    "signals[].municipality": "safe: a CBS code",
    "signals[].municipality_name": "safe: from the reference list of municipalities",
    "signals[].themes[]": GUARDED,
    "signals[].law": "safe: a code from a fixed list",
    "signals[].source": "safe: a code from a fixed list",
    "signals[].date": "safe: the day it happened (a birth date would be in the text)",
    "signals[].people": "safe: a count",
    "signals[].urgency": "safe: a code from a fixed list",
    "signals[].status": "safe: a code from a fixed list",
    "signals[].cost.cents": "safe: an amount of money, typed as a number",
    "signals[].cost.per": "safe: a code from a fixed list",
    "answer_sets[].uid": "safe: a random urn:uuid",
    "answer_sets[].questionnaire": "safe: the id the office gave its questionnaire",
    "answer_sets[].municipality": "safe: a CBS code",
    "answer_sets[].municipality_name": "safe: from the reference list of municipalities",
    "answer_sets[].date": "safe: the day the answers were gathered",
    "answer_sets[].setting": "safe: a code from a fixed list",
    "answer_sets[].answers[].question": "safe: the office's own question id",
    "answer_sets[].answers[].choices[]": "safe: one of the office's choices, checked on entry",
    "answer_sets[].answers[].number": "safe: a number",
    "answer_sets[].answers[].text": GUARDED,
    "examples[].uid": "safe: a random urn:uuid",
    "examples[].revision": "safe: a counter",
    "examples[].date": "safe: the day it happened",
    "examples[].municipality": "safe: a CBS code",
    "examples[].municipality_name": "safe: from the reference list of municipalities",
    "examples[].strategy": "safe: a code from a fixed list",
    "examples[].title": GUARDED,
    "examples[].story": GUARDED,
    "examples[].partners": GUARDED,
}
"""Every field the export writes, by path: read by the privacy guard, or safe and why."""
TOMBSTONE = ("uid", "revision", "withdrawn", "status", "date")
"""All a withdrawn signal carries: the office learns it is gone, never what it said."""


def _record(signal: Signal, names: dict[str, str]) -> dict[str, object]:
    record: dict[str, object] = {
        "uid": signal.uid,
        "revision": signal.revision,
        "withdrawn": signal.withdrawn,
        "status": signal.status,
        "date": signal.happened_on.isoformat(),
        "text": signal.text,
        "municipality": signal.municipality_code,
        "municipality_name": names.get(signal.municipality_code or "", ""),
        "themes": signal_themes(signal),
        "law": signal.law,
        "source": signal.source,
        "people": signal.people_count,
        "urgency": signal.urgency,
    }
    if signal.cost_cents is not None:  # optional: a signal without an estimate leaves them out
        record["cost"] = {"cents": signal.cost_cents, "per": signal.cost_period}
    return {key: record[key] for key in TOMBSTONE} if signal.withdrawn else record


def _example_record(example: GoodExample, names: dict[str, str]) -> dict[str, object]:
    return {
        "uid": example.uid,
        "revision": example.revision,
        "date": example.happened_on.isoformat(),
        "municipality": example.municipality_code,
        "municipality_name": names.get(example.municipality_code or "", ""),
        "strategy": example.strategy,
        "title": example.title,
        "story": example.story,
        "partners": example.partners,
    }


def changed_examples(session: Session, full: bool) -> list[GoodExample]:
    """The good examples new or changed since the last export (all of them for a full one)."""
    query = select(GoodExample).order_by(GoodExample.id)
    if not full:
        query = query.where(GoodExample.exported_revision < GoodExample.revision)
    return list(session.scalars(query))


def _changed(session: Session, full: bool) -> list[Signal]:
    exported = dict(
        session.execute(select(SignalExported.signal_id, SignalExported.revision)).all()
    )
    signals = session.scalars(
        select(Signal).order_by(Signal.id).options(selectinload(Signal.confirmations))
    )
    return [s for s in signals if full or exported.get(s.id, 0) < s.revision]


def leaves(value: object, path: str) -> Iterator[tuple[str, object]]:
    """Every field under ``value`` as (path, value): "signals[].themes[]" for each theme."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, f"{path}.{key}")
    elif isinstance(value, list):
        for item in value:
            yield from leaves(item, f"{path}[]")
    else:
        yield path, value


def _policy(path: str) -> str:
    policy = EXPORT_FIELDS.get(path)
    if policy is None:  # a programming error, which the export tests catch
        raise RuntimeError(f"{path} would leave the laptop unguarded; list it in EXPORT_FIELDS")
    return policy


def _open_finding(
    record: dict[str, Any], path: str, confirmed: set[tuple[str, str]], guard: PrivacyGuard
) -> str | None:
    """The first finding in a guarded field of ``record`` the user did not confirm, if any."""
    for field, value in leaves(record, path):
        if _policy(field) != GUARDED:
            continue
        open_findings = unconfirmed(guard.findings(str(value)), confirmed)
        if open_findings:
            return open_findings[0].text
    return None


def check_document(
    document: dict[str, Any],
    signals: list[Signal],
    guard: PrivacyGuard,
    examples: Sequence[GoodExample] = (),
) -> None:
    """Every field is guarded or declared safe; guarded ones hold no unconfirmed finding."""
    for path, _value in leaves(document["manifest"], "manifest"):
        _policy(path)
    for signal, record in zip(signals, document["signals"], strict=True):
        confirmed = {(c.kind, c.fragment) for c in signal.confirmations}
        finding = _open_finding(record, "signals[]", confirmed, guard)
        if finding is not None:
            raise ExportError(
                _(
                    "The signal of {date} still seems to hold personal data ({finding})."
                    " Change it or confirm it first; nothing was exported."
                ).format(date=signal.happened_on.isoformat(), finding=finding)
            )
    for record in document.get("answer_sets", []):
        for path, value in leaves(record, "answer_sets[]"):
            found = guard.findings(str(value)) if _policy(path) == GUARDED else []
            if found:
                raise ExportError(
                    _(
                        "An answer set of {date} seems to hold personal data ({finding});"
                        " nothing was exported."
                    ).format(date=record["date"], finding=found[0].text)
                )
    for example, record in zip(examples, document.get("examples", []), strict=True):
        confirmed = set(stored_confirmations(example))
        finding = _open_finding(record, "examples[]", confirmed, guard)
        if finding is not None:
            raise ExportError(
                _(
                    "The good example {title} still seems to hold personal data ({finding})."
                    " Change it or confirm it first; nothing was exported."
                ).format(title=example.title, finding=finding)
            )


def slug(text: str) -> str:
    """``text`` made safe for a file name on every system ("Patiëntenvereniging" keeps its e)."""
    return re.sub(r"[^A-Za-z0-9]+", "-", without_accents(text)).strip("-")[:40] or "advocaat"


def file_name(organisation: str, sender: str, when: datetime, sequence: int) -> str:
    """A name a volunteer recognises: organisation, sender, date and number."""
    return f"{slug(organisation)}_{slug(sender)}_{when:%Y-%m-%d}_{sequence:04d}{EXTENSION}"


def seal_export(document: dict[str, Any], key: minisign.SecretKey, recipient: str) -> bytes:
    """``export.json`` signed by the volunteer, zipped and encrypted to the office."""
    manifest = document["manifest"]
    body = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    comment = f"Advocaat export {manifest['sequence']} of {manifest['sender']}"
    return encrypt(pack(PAYLOAD, body, key, comment), recipient)


def _mark_exported(session: Session, signals: list[Signal]) -> None:
    """Record the revision each signal went out with: two statements, whatever the count."""
    known = set(session.scalars(select(SignalExported.signal_id)))
    table = table_of(SignalExported)
    rows = [{"id": signal.id, "revision": signal.revision} for signal in signals]
    fresh = [{"signal_id": row["id"], "revision": row["revision"]} for row in rows
             if row["id"] not in known]  # fmt: skip
    again = [row for row in rows if row["id"] in known]
    if fresh:
        session.execute(insert(table), fresh)
    if again:
        session.execute(update(table).where(table.c.signal_id == bindparam("id")), again)


def exportable(session: Session, *, full: bool = False) -> tuple[OrganisationProfile, list[Signal]]:
    """The profile to encrypt to and the signals an export would hold; refused in one sentence
    when there is no profile yet or nothing new, so the user hears it before choosing a place."""
    profile = stored_profile(session)
    if profile is None:
        raise ExportError(
            _(
                "Import the organisation profile from the national office first; it holds the key"
                " the export is encrypted to."
            )
        )
    signals = _changed(session, full)
    if (
        not signals
        and not full
        and not unexported(session, full)
        and not changed_examples(session, full)
    ):
        raise NothingToExportError(
            _("No signal is new or changed since the last export, so no file was written.")
        )
    return profile, signals


def export_signals(
    session: Session,
    output: Path,
    data_dir: Path,
    *,
    full: bool = False,
    reporter: Reporter | None = None,
) -> ExportResult:
    """Write the next export file (into ``output`` if it is a folder); see the module docstring.

    A stop asked through ``reporter`` is honoured up to the moment the file is written."""
    profile, signals = exportable(session, full=full)
    examples = changed_examples(session, full)
    setup = load_setup(session)
    sender = setup.organisation if setup else ""
    key = signing_key(data_dir)
    sequence = (session.scalar(select(func.max(SignalExport.sequence))) or 0) + 1
    now = datetime.now().astimezone()
    names = municipality_names(session, signals)
    answer_sets = unexported(session, full)
    counts: dict[str, int] = {
        "signals": len(signals),
        "withdrawn": sum(1 for s in signals if s.withdrawn),
    }
    if examples:  # without any, the document reads exactly as before
        counts["examples"] = len(examples)
    document: dict[str, Any] = {
        "manifest": {
            "format": FORMAT,
            "app": f"advocaat {__version__}",
            "organisation": profile.organisation,
            "sender": sender,
            "sender_id": sender_id(session),
            "sender_municipalities": list(setup.municipalities) if setup else [],
            "sender_key": key.get_public_key().to_base64().decode("ascii"),
            "sender_recipient": str(feedback_identity(data_dir).to_public()),
            "sequence": sequence,
            "full": full,
            "created_at": now.isoformat(timespec="seconds"),
            "counts": counts,
        },
        "signals": [_record(signal, names) for signal in signals],
    }
    if answer_sets:
        document["answer_sets"] = [export_record(session, record) for record in answer_sets]
    if examples:
        places = example_places(session, {example.municipality_code for example in examples})
        document["examples"] = [_example_record(example, places) for example in examples]
    check_document(document, signals, privacy_guard(session), examples)
    encrypted = seal_export(document, key, profile.recipient)
    if reporter is not None:
        reporter.check()
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
    _mark_exported(session, signals)
    mark_exported(session, answer_sets)
    for example in examples:
        example.exported_revision = example.revision
    session.flush()
    return ExportResult(target, sequence, len(signals), len(examples), len(answer_sets))
