"""The national office as the GUI uses it: each call one unit of work, plain values in and out.

The office's keys are opened once per session with the passphrase and kept in memory only, so
the staff member types it once, not for every import or feedback file.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Literal

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from advocaat.app.backups import backup_before_import
from advocaat.app.workspace import Workspace
from advocaat.core.files import write_file_safely
from advocaat.core.progress import Reporter
from advocaat.db.models import Municipality
from advocaat.db.office_tables import ImportedFile, ReceivedSignal, Sender
from advocaat.office import coverage as office_coverage
from advocaat.office import picture
from advocaat.office.coverage import Coverage
from advocaat.office.inbox import Decide, FileResult, Inbox, accept_sender, sender_row
from advocaat.office.picture import Count, PictureFilter, PictureRow
from advocaat.office.review import feedback_file, feedback_name, set_review
from advocaat.organisation.setup import load_setup
from advocaat.sync.office_keys import OfficeKeys, load_office, office_folder
from advocaat.sync.signed_zip import key_id

CoverageFormat = Literal["csv", "xlsx", "pdf"]


@dataclass(frozen=True)
class SenderLine:
    id: int
    name: str
    key_id: str
    accepted: bool
    municipalities: str
    signals: int
    files: int
    first_seen: datetime
    sender_uid: str = ""
    municipality_codes: tuple[str, ...] = ()
    pending_key_id: str = ""
    """A new key the volunteer sends with, waiting to be accepted (``""``: none)."""


@dataclass(frozen=True)
class Overview:
    """Everything the overview tab shows for one filter."""

    municipalities: list[Count]
    provinces: list[Count]
    themes: list[Count]
    months: list[Count]


class OfficeBook:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._keys: OfficeKeys | None = None

    @property
    def unlocked(self) -> bool:
        return self._keys is not None

    def unlock(self, passphrase: str, reporter: Reporter | None = None) -> None:
        """Open the office keys (slow on purpose: scrypt); a wrong passphrase is one sentence
        (OfficeError). Stopped meanwhile, the keys stay locked."""
        keys = load_office(office_folder(self._workspace.paths.profile_dir), passphrase)
        if reporter is not None:
            reporter.check()
        self._keys = keys

    def _opened(self) -> OfficeKeys:
        if self._keys is None:
            raise RuntimeError("unlock() first")
        return self._keys

    def take_in(
        self,
        files: Sequence[Path],
        decide: Decide | None = None,
        reporter: Reporter | None = None,
    ) -> list[FileResult]:
        """Meant for a worker thread: every unit of work opens its own session there. The
        database is backed up first."""
        inbox = Inbox(self._workspace.session, self._opened().identities, decide)
        backup_before_import(self._workspace)
        return inbox.take_in(files, reporter)

    # -- the picture ---------------------------------------------------------------------------

    def count(self, wanted: PictureFilter) -> int:
        with self._workspace.session() as session:
            return picture.count_listed(session, wanted)

    def page(self, wanted: PictureFilter, offset: int, limit: int) -> list[PictureRow]:
        with self._workspace.session() as session:
            return picture.listed(session, wanted, offset, limit)

    def totals(self, wanted: PictureFilter) -> tuple[int, int]:
        """(signals counted, people concerned) for one filter."""
        with self._workspace.session() as session:
            return picture.totals(session, wanted)

    def overview(self, wanted: PictureFilter) -> Overview:
        with self._workspace.session() as session:
            return Overview(
                municipalities=picture.per_municipality(session, wanted),
                provinces=picture.per_province(session, wanted),
                themes=picture.per_theme(session, wanted),
                months=picture.per_month(session, wanted),
            )

    def themes(self) -> list[str]:
        with self._workspace.session() as session:
            return picture.themes_in_use(session)

    def provinces(self) -> list[str]:
        with self._workspace.session() as session:
            query = select(Municipality.province).distinct().order_by(Municipality.province)
            return [name for name in session.scalars(query) if name]

    def municipalities(self) -> list[tuple[str, str]]:
        """(CBS code, name) of the municipalities that signals came from."""
        with self._workspace.session() as session:
            query = (
                select(Municipality.cbs_code, Municipality.name)
                .where(  # a seek per municipality, not a read of every signal
                    exists().where(ReceivedSignal.municipality_code == Municipality.cbs_code)
                )
                .order_by(Municipality.name)
            )
            return [(code, name) for code, name in session.execute(query)]

    def write_workbook(
        self,
        wanted: PictureFilter,
        description: list[tuple[str, str]],
        path: Path,
        reporter: Reporter | None = None,
    ) -> None:
        """The current view for Excel (.xlsx), written whole or not at all (a stop writes
        nothing)."""
        # openpyxl loads only when a workbook is written, not with the office's window.
        from advocaat.office.workbook import national_workbook  # noqa: PLC0415

        with self._workspace.session() as session:
            data = national_workbook(session, wanted, description, reporter)
        if reporter is not None:
            reporter.check()
        write_file_safely(path, data)

    def write_report(
        self,
        wanted: PictureFilter,
        description: list[tuple[str, str]],
        path: Path,
        reporter: Reporter | None = None,
    ) -> None:
        """The current view as a printable PDF report (a stop writes nothing)."""
        from advocaat.printing.national_report import national_report_pdf  # noqa: PLC0415 - reportlab loads only to print

        with self._workspace.session() as session:
            setup = load_setup(session)
            data = national_report_pdf(
                session,
                wanted,
                description,
                organisation=setup.organisation if setup else "",
                printed_on=date.today(),
            )
        if reporter is not None:
            reporter.check()
        write_file_safely(path, data)

    # -- coverage ------------------------------------------------------------------------------

    def coverage(self, day: date) -> Coverage:
        """Every current municipality's coverage on ``day``, witte vlekken first."""
        with self._workspace.session() as session:
            return office_coverage.coverage(session, day)

    def write_coverage(
        self, kind: CoverageFormat, path: Path, day: date, reporter: Reporter | None = None
    ) -> None:
        """The coverage as a file of ``kind``, written whole or not at all (a stop writes
        nothing)."""
        found = self.coverage(day)
        if reporter is not None:
            reporter.check()
        if kind == "csv":
            data = office_coverage.coverage_csv(found).encode("utf-8")
        elif kind == "xlsx":
            from advocaat.office.coverage_workbook import coverage_workbook  # noqa: PLC0415 - openpyxl loads only to write

            data = coverage_workbook(found)
        else:
            from advocaat.printing.coverage_report import coverage_pdf  # noqa: PLC0415 - reportlab loads only to print

            with self._workspace.session() as session:
                setup = load_setup(session)
            organisation = setup.organisation if setup else ""
            data = coverage_pdf(found, organisation=organisation, printed_on=date.today())
        if reporter is not None:
            reporter.check()
        write_file_safely(path, data)

    def municipality_names(self, codes: Sequence[str]) -> list[str]:
        with self._workspace.session() as session:
            return [getattr(session.get(Municipality, code), "name", code) for code in codes]

    def review(self, signal_id: int, status: str, comment: str) -> None:
        with self._workspace.session() as session:
            set_review(session, signal_id, status, comment)

    # -- senders and feedback ------------------------------------------------------------------

    def senders(self) -> list[SenderLine]:
        with self._workspace.session() as session:
            signals = dict(
                session.execute(
                    select(ReceivedSignal.sender_id, func.count()).group_by(
                        ReceivedSignal.sender_id
                    )
                ).all()
            )
            files = dict(
                session.execute(
                    select(ImportedFile.sender_id, func.count()).group_by(ImportedFile.sender_id)
                ).all()
            )
            names = dict(session.execute(select(Municipality.cbs_code, Municipality.name)).all())
            return [
                SenderLine(
                    id=row.id,
                    name=row.name,
                    key_id=key_id(row.signing_key),
                    accepted=row.accepted,
                    municipalities=", ".join(
                        names.get(code, code) for code in json.loads(row.municipalities)
                    ),
                    signals=signals.get(row.id, 0),
                    files=files.get(row.id, 0),
                    first_seen=row.first_seen_at,
                    sender_uid=row.sender_uid,
                    municipality_codes=tuple(json.loads(row.municipalities)),
                    pending_key_id=key_id(row.pending_signing_key)
                    if row.pending_signing_key
                    else "",
                )
                for row in picture.senders(session)
            ]

    def accept(self, sender_id: int) -> None:
        with self._workspace.session() as session:
            sender = session.get(Sender, sender_id)
            if sender is not None:
                accept_sender(session, sender.sender_uid)

    def accept_named(self, reference: str) -> tuple[str, str]:
        """Trust the sender named by key id or sender uid; returns (name, key id)."""
        with self._workspace.session() as session:
            sender = accept_sender(session, reference)
            return sender.name, key_id(sender.signing_key)

    def write_feedback(self, sender_id: int, folder: Path) -> tuple[Path, int]:
        """Write the sender's next feedback file into ``folder``; recorded only once written."""
        with self._workspace.session() as session:
            sender = session.get(Sender, sender_id)
            if sender is None:
                raise RuntimeError("no such sender")
            return self._write_feedback(session, sender, folder / feedback_name(sender.name))

    def write_feedback_named(self, reference: str, output: Path) -> tuple[Path, int, str]:
        """The same for the sender named by key id or sender uid, to the file ``output`` (or
        into it, when it is a folder); returns (file, signals, sender's name)."""
        with self._workspace.session() as session:
            sender = sender_row(session, reference)
            if output.is_dir():
                output = output / feedback_name(sender.name)
            return (*self._write_feedback(session, sender, output), sender.name)

    def _write_feedback(self, session: Session, sender: Sender, target: Path) -> tuple[Path, int]:
        data, count = feedback_file(session, sender, self._opened())
        write_file_safely(target, data)
        return target, count
