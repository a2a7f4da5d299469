"""Long domain work hears a Reporter: it tells how far it is and stops only between whole units.

Every job the GUI runs in its worker is here without Qt: the office import (per file), the
volunteer's export and the national workbook (nothing written after a stop).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from office_kit import Office, Volunteer, set_up_office
from sqlalchemy import func, select

from advocaat.app.workspace import Workspace
from advocaat.core.progress import CancelledError, Reporter
from advocaat.db.office_tables import ImportedFile, ReceivedSignal
from advocaat.db.signal_tables import SignalExport, SignalExported
from advocaat.office.inbox import Inbox
from advocaat.office.picture import PictureFilter
from advocaat.office.workbook import national_workbook
from advocaat.paths import AppPaths
from advocaat.sync.export import export_signals


def stopped() -> Reporter:
    reporter = Reporter()
    reporter.cancel()
    return reporter


def rows(workspace: Workspace, table: type) -> int:
    with workspace.session() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


@pytest.fixture
def files(tmp_path: Path, office: Office) -> list[Path]:
    """Three volunteers' files with one, two and three signals."""
    made = []
    for number, (place, code) in enumerate([("Zwolle", "GM0193"), ("Utrecht", "GM0344"),
                                            ("Kampen", "GM0166")]):  # fmt: skip
        volunteer = Volunteer(tmp_path / place, office, f"Afdeling {place}", code)
        for count in range(number + 1):
            volunteer.add(f"Signaal {count + 1} uit {place}: de regiotaxi kwam niet.")
        made.append(volunteer.export())
    return made


def test_the_import_tells_each_file_and_a_stop_ends_it_between_files(
    tmp_path: Path, office: Office, files: list[Path]
) -> None:
    steps: list[tuple[int, int, str]] = []

    def step(done: int, total: int, label: str) -> None:
        steps.append((done, total, label))
        if done == 1:
            reporter.cancel()  # while the second file is about to be read

    reporter = Reporter(step)
    paths = set_up_office(AppPaths(tmp_path / "office"))
    with Workspace.open(paths) as workspace:
        results = Inbox(workspace.session, office.keys.identities, lambda _card: True).take_in(
            files, reporter
        )
        assert steps == [(0, 3, files[0].name), (1, 3, files[1].name)]
        assert [(r.name, r.new) for r in results] == [(files[0].name, 1), (files[1].name, 2)]
        assert (rows(workspace, ImportedFile), rows(workspace, ReceivedSignal)) == (2, 3)

        rest = Inbox(workspace.session, office.keys.identities, lambda _card: True).take_in(
            files[2:]
        )
        assert [r.new for r in rest] == [3]


def test_a_stopped_export_writes_no_file_and_marks_nothing(tmp_path: Path, office: Office) -> None:
    zwolle = Volunteer(tmp_path / "zwolle", office, "Afdeling Zwolle")
    zwolle.add("De regiotaxi komt vaak te laat.")
    out = tmp_path / "usb"
    out.mkdir()
    with zwolle.open() as workspace:
        with pytest.raises(CancelledError), workspace.session() as session:
            export_signals(session, out, zwolle.paths.profile_dir, reporter=stopped())
        assert list(out.iterdir()) == []
        assert (rows(workspace, SignalExport), rows(workspace, SignalExported)) == (0, 0)


def test_the_workbook_tells_its_rows_and_a_stop_leaves_no_temporary_file(
    tmp_path: Path, office: Office, files: list[Path]
) -> None:
    import openpyxl.worksheet._writer as sheet_writer  # where openpyxl lists its temporary files

    paths = set_up_office(AppPaths(tmp_path / "office"))
    with Workspace.open(paths) as workspace:
        Inbox(workspace.session, office.keys.identities, lambda _card: True).take_in(files)
        steps: list[tuple[int, int]] = []
        with workspace.session() as session:
            reporter = Reporter(lambda done, total, _label: steps.append((done, total)))
            assert national_workbook(session, PictureFilter(), [], reporter)[:2] == b"PK"
            assert steps == [(0, 6)]
            before = list(sheet_writer.ALL_TEMP_FILES)
            with pytest.raises(CancelledError):
                national_workbook(session, PictureFilter(), [], stopped())
            left = list(sheet_writer.ALL_TEMP_FILES)
            assert left == before
