"""Signals as the GUI uses them: each call is one unit of work, plain values in and out."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from advocaat.app.backups import backup_before_import
from advocaat.app.workspace import Workspace
from advocaat.core.files import read_file_safely
from advocaat.core.progress import Reporter
from advocaat.core.text import fold
from advocaat.db.contact_tables import Organisation
from advocaat.db.models import Municipality
from advocaat.db.signal_tables import Signal, SignalExport
from advocaat.i18n import _, format_date, ngettext
from advocaat.office.picture import PictureFilter, all_listed
from advocaat.organisation.setup import Role, load_setup
from advocaat.signals.cost import plain_euros
from advocaat.signals.kinds import Status
from advocaat.signals.service import (
    SignalData,
    SignalError,
    SignalFilter,
    available_themes,
    count_signals,
    find_signal,
    municipality_names,
    save_signal,
    set_status,
    signal_cost,
    signal_page,
    signal_themes,
    withdraw,
)
from advocaat.sync.export import ExportResult, export_signals, exportable
from advocaat.sync.feedback import MAX_FILE_BYTES as MAX_FEEDBACK_BYTES
from advocaat.sync.feedback import FeedbackResult, import_feedback
from advocaat.sync.profile import (
    MAX_PROFILE_BYTES,
    OrganisationProfile,
    import_profile,
    stored_profile,
)
from advocaat.sync.volunteer import own_key_id, replace_signing_key

STREAMED_ROWS = 2000
"""Rows fetched at a time when a list streams every signal."""


@dataclass(frozen=True)
class SignalRow:
    id: int
    happened_on: date
    municipality: str
    themes: list[str]
    status: Status
    people_count: int
    text: str
    data: SignalData
    confirmed: frozenset[tuple[str, str]]
    office_status: Status | None = None
    """The national office's word, from its feedback (``None``: none yet)."""
    office_comment: str = ""
    uid: str = ""


def _row(signal: Signal, municipality: str) -> SignalRow:
    themes = signal_themes(signal)
    return SignalRow(
        id=signal.id,
        happened_on=signal.happened_on,
        municipality=municipality,
        themes=themes,
        status=Status(signal.status),
        people_count=signal.people_count,
        text=signal.text,
        data=SignalData(
            text=signal.text,
            municipality_code=signal.municipality_code,
            happened_on=signal.happened_on,
            themes=themes,
            law=signal.law,
            source=signal.source,
            people_count=signal.people_count,
            organisation_id=signal.organisation_id,
            urgency=signal.urgency,
            cost=signal_cost(signal),
        ),
        confirmed=frozenset((c.kind, c.fragment) for c in signal.confirmations),
        office_status=Status(signal.office_status) if signal.office_status in set(Status) else None,
        office_comment=signal.office_comment,
        uid=signal.uid,
    )


def _rows(session: Session, signals: list[Signal]) -> list[SignalRow]:
    names = municipality_names(session, signals)
    return [_row(signal, names.get(signal.municipality_code or "", "")) for signal in signals]


def _own_records(session: Session) -> Iterator[dict[str, object]]:
    """The signals not withdrawn, newest first, streamed: one query, no object per signal."""
    query = (
        select(
            Signal.id,
            Signal.uid,
            Signal.revision,
            Signal.happened_on,
            Signal.municipality_code,
            Municipality.name,
            Signal.themes,
            Signal.law,
            Signal.source,
            Signal.people_count,
            Signal.cost_cents,
            Signal.cost_period,
            Signal.status,
            Signal.office_status,
            Signal.office_comment,
            Signal.text,
        )
        .outerjoin(Municipality, Municipality.cbs_code == Signal.municipality_code)
        .where(Signal.withdrawn.is_(False))
        .order_by(Signal.happened_on.desc(), Signal.id.desc())
        .execution_options(yield_per=STREAMED_ROWS)
    )
    # On the connection: plain rows, without the ORM's work per row.
    for (identifier, uid, revision, day, code, name, themes, law, source, people, cost_cents,
         cost_per, status, office_status, office_comment, text
         ) in session.connection().execute(query):  # fmt: skip
        yield {
            "id": identifier,
            "uid": uid,
            "revision": revision,
            "date": day.isoformat(),
            "municipality": code if name is not None else "",
            "municipality_name": name or "",
            "themes": json.loads(themes),
            "law": law,
            "source": source,
            "people": people,
            "cost": plain_euros(cost_cents) if cost_cents is not None else None,
            "cost_per": cost_per,
            "status": status,
            "office_status": office_status or "",
            "office_comment": office_comment,
            "text": text,
        }


def _received_records(session: Session) -> Iterator[dict[str, object]]:
    return (
        {
            "uid": row.uid,
            "sender": row.sender,
            "date": row.happened_on.isoformat(),
            "municipality_name": row.municipality,
            "province": row.province,
            "themes": list(row.themes),
            "law": row.law,
            "people": row.people,
            "urgency": row.urgency,
            "withdrawn": row.withdrawn,
            "sender_status": row.sender_status,
            "office_status": row.office_status,
            "office_comment": row.office_comment,
            "text": row.text,
        }
        for row in all_listed(session, PictureFilter())
    )


class SignalBook:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def count(self, criteria: SignalFilter) -> int:
        with self._workspace.session() as session:
            return count_signals(session, criteria)

    def page(self, criteria: SignalFilter, offset: int, limit: int) -> list[SignalRow]:
        """One page of the list, newest first; the filter runs in the database."""
        with self._workspace.session() as session:
            return _rows(session, signal_page(session, criteria, offset, limit))

    def save(
        self,
        signal_id: int | None,
        data: SignalData,
        confirmed: frozenset[tuple[str, str]] = frozenset(),
        status: Status | None = None,
    ) -> int:
        """Save the signal (and its status); refused whole while personal data is unconfirmed."""
        with self._workspace.session() as session:
            signal = save_signal(session, data, signal_id=signal_id, confirmed=confirmed)
            if status is not None:
                set_status(session, signal.id, status)
            return signal.id

    def row(self, reference: str) -> SignalRow:
        """One signal by number or uid, as the form shows it (for the command line)."""
        with self._workspace.session() as session:
            return _rows(session, [find_signal(session, reference)])[0]

    def withdraw(self, signal_id: int) -> bool:
        """Withdraw the signal; ``False`` when it was withdrawn already."""
        with self._workspace.session() as session:
            return withdraw(session, signal_id)

    def organisations(self) -> list[tuple[int, str]]:
        """Every organisation of the contact book, as (id, name), for "concerns organisation"."""
        with self._workspace.session() as session:
            rows = session.execute(
                select(Organisation.id, Organisation.name).order_by(Organisation.sort_key)
            )
            return [(identifier, name) for identifier, name in rows]

    def organisation_id(self, name: str) -> int | None:
        """The organisation of the contact book named ``name`` (case and accents aside), or
        ``None`` for an empty name; one sentence when there is none by that name."""
        if not name.strip():
            return None
        for identifier, known in self.organisations():
            if fold(known) == fold(name.strip()):
                return identifier
        raise SignalError(
            _("{name} is not an organisation in the contact book.").format(name=name.strip())
        )

    def listing(self) -> Iterator[dict[str, object]]:
        """Every signal as one flat record, for a list or a spreadsheet: the own signals, or in
        the office role the signals of all senders. Streamed: the unit of work stays open until
        the last record is read."""
        with self._workspace.session() as session:
            setup = load_setup(session)
            if setup is not None and setup.role is Role.NATIONAL_OFFICE:
                yield from _received_records(session)
            else:
                yield from _own_records(session)

    def themes(self) -> list[str]:
        with self._workspace.session() as session:
            profile = stored_profile(session)
        return available_themes(profile.themes if profile else ())

    def recent(self, count: int = 5) -> list[SignalRow]:
        return self.page(SignalFilter(), 0, count)


@dataclass(frozen=True)
class ExportLine:
    sequence: int
    created_at: datetime
    record_count: int
    file_name: str

    def __str__(self) -> str:
        """One line of the export history, as the window and the command line show it."""
        return ngettext(
            "Export {sequence} · {date} · {count} signal · {file}",
            "Export {sequence} · {date} · {count} signals · {file}",
            self.record_count,
        ).format(
            sequence=self.sequence,
            date=format_date(self.created_at.date()),
            count=self.record_count,
            file=self.file_name,
        )


class SyncBook:
    """The organisation profile and the export file, as the GUI uses them."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def profile(self) -> OrganisationProfile | None:
        with self._workspace.session() as session:
            return stored_profile(session)

    def import_profile(self, data: bytes, *, trust_new_key: bool = False) -> OrganisationProfile:
        """Take over the office's profile and its templates; the database is backed up first.
        ``trust_new_key``: the volunteer checked the id of a key no endorsement leads to."""
        backup_before_import(self._workspace)
        with self._workspace.session() as session:
            return import_profile(session, data, trust_new_key=trust_new_key)

    def check_export(self, *, full: bool = False) -> None:
        """Refuse, before the user picks a folder, an export that cannot be made now."""
        with self._workspace.session() as session:
            exportable(session, full=full)

    def export(
        self, output: Path, *, full: bool = False, reporter: Reporter | None = None
    ) -> ExportResult:
        """Write the next export file; all of it, or nothing marked as exported."""
        with self._workspace.session() as session:
            return export_signals(
                session, output, self._workspace.paths.profile_dir, full=full, reporter=reporter
            )

    def import_profile_file(
        self, path: Path, *, trust_new_key: bool = False
    ) -> OrganisationProfile:
        data = read_file_safely(path, MAX_PROFILE_BYTES, _("The profile file is too large."))
        return self.import_profile(data, trust_new_key=trust_new_key)

    def import_feedback(self, path: Path) -> FeedbackResult:
        """Take in the office's feedback file; all of it, or nothing."""
        data = read_file_safely(
            path, MAX_FEEDBACK_BYTES, _("{file} is too large to be a feedback file.")
        )
        backup_before_import(self._workspace)
        with self._workspace.session() as session:
            return import_feedback(session, data, self._workspace.paths.profile_dir)

    def own_key_id(self) -> str:
        """The id of this volunteer's signing key, read out when the office checks a sender."""
        return own_key_id(self._workspace.paths.profile_dir)

    def new_signing_key(self) -> str:
        """A new signing key for a lost or doubted one (the old is kept aside); its id."""
        replace_signing_key(self._workspace.paths.profile_dir, date.today())
        return self.own_key_id()

    def history(self) -> list[ExportLine]:
        with self._workspace.session() as session:
            rows = session.scalars(select(SignalExport).order_by(SignalExport.sequence.desc()))
            return [
                ExportLine(row.sequence, row.created_at, row.record_count, row.file_name)
                for row in rows
            ]
