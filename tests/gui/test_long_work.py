"""Long work of the volunteer's window runs in a worker: every PDF and the export file.

Each writer is driven through its view for real; the Gate (long_work.py) proves the work ran
off the GUI thread while the window's event loop went on, and Stop leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from long_work import Gate
from office_kit import Office, Volunteer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from advocaat.core.progress import CancelledError
from advocaat.ui import feedback
from advocaat.ui.controller import AppController
from advocaat.ui.views.contacts import ContactsView
from advocaat.ui.views.network import NetworkView
from advocaat.ui.views.reports import ReportsView
from advocaat.ui.views.signals import SignalsView
from advocaat.ui.views.visits import VisitsView

Writer = Callable[[QtBot, AppController, Path], None]


def contact_list(qtbot: QtBot, controller: AppController, path: Path) -> None:
    view = ContactsView(controller.contacts, controller.exchange, controller.municipality_choices())
    qtbot.addWidget(view)
    view.write_list_pdf(path)


def visit_sheet(sheet: str) -> Writer:
    def write(qtbot: QtBot, controller: AppController, path: Path) -> None:
        view = VisitsView(controller.visits, controller.municipality_choices())
        qtbot.addWidget(view)
        view.list.setCurrentRow(0)
        view.large.setChecked(True)
        view.write_sheet(sheet, path)

    return write


def network_report(qtbot: QtBot, controller: AppController, path: Path) -> None:
    view = NetworkView(controller.network, [("GM0193", "Zwolle")])
    qtbot.addWidget(view)
    view.municipality.setCurrentIndex(view.municipality.findData("GM0193"))
    view.write_report(path)


def signal_report(qtbot: QtBot, controller: AppController, path: Path) -> None:
    view = ReportsView(controller)
    qtbot.addWidget(view)
    view.write_signal_report(path)


def year_overview(qtbot: QtBot, controller: AppController, path: Path) -> None:
    view = ReportsView(controller)
    qtbot.addWidget(view)
    view.write_year_overview(path)


WRITERS: dict[str, Writer] = {
    "contact list": contact_list,
    "preparation sheet": visit_sheet("preparation"),
    "conversation sheet": visit_sheet("conversation"),
    "follow-up sheet": visit_sheet("followup"),
    "network analysis": network_report,
    "signals report": signal_report,
    "year overview": year_overview,
}


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("writer", WRITERS.values(), ids=WRITERS.keys())
def test_every_pdf_is_written_in_a_worker_while_the_window_responds(
    qtbot: QtBot,
    demo_controller: AppController,
    monkeypatch: pytest.MonkeyPatch,
    out: Path,
    writer: Writer,
) -> None:
    gate = Gate(monkeypatch)
    writer(qtbot, demo_controller, out / "blad.pdf")
    assert (out / "blad.pdf").read_bytes().startswith(b"%PDF")
    assert gate.ran_off_the_gui_thread()


@pytest.mark.parametrize("writer", WRITERS.values(), ids=WRITERS.keys())
def test_stop_writes_no_pdf(
    qtbot: QtBot,
    demo_controller: AppController,
    monkeypatch: pytest.MonkeyPatch,
    out: Path,
    writer: Writer,
) -> None:
    Gate(monkeypatch, stop=True)
    with pytest.raises(CancelledError):
        writer(qtbot, demo_controller, out / "blad.pdf")
    assert list(out.iterdir()) == []


def test_printing_that_was_stopped_shows_no_problem_and_opens_no_viewer(
    qtbot: QtBot, demo_controller: AppController, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    Gate(monkeypatch, stop=True)
    target = out / "signalen.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args: (str(target), "PDF-bestanden (*.pdf)")
    )
    opened: list[object] = []
    monkeypatch.setattr(feedback.QDesktopServices, "openUrl", opened.append)
    problems: list[object] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: problems.append(args))
    view = ReportsView(demo_controller)
    qtbot.addWidget(view)
    view.choose_signal_report()
    assert (problems, opened, list(out.iterdir())) == ([], [], [])
    assert view.saved.text() == ""


@pytest.fixture
def volunteer_view(
    qtbot: QtBot, tmp_path: Path, office: Office, app: QApplication
) -> Iterator[SignalsView]:
    from conftest import make_controller  # the GUI tests' own helper

    zwolle = Volunteer(tmp_path / "zwolle", office, "Afdeling Zwolle")
    zwolle.add("De regiotaxi komt vaak te laat.")
    zwolle.add("Parkeerkaart geweigerd na lange wachttijd.", ("parkeerkaart",))
    workspace, controller = make_controller(zwolle.paths, app)
    view = SignalsView(controller.signals, controller.sync, controller.municipality_choices())
    qtbot.addWidget(view)
    yield view
    workspace.close()


def test_the_export_runs_in_a_worker_while_the_window_responds(
    volunteer_view: SignalsView, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    gate = Gate(monkeypatch)
    volunteer_view.export_to(out)
    (written,) = out.iterdir()
    text = volunteer_view.export_status.text()
    assert text == f"Export 1 opgeslagen in {written}: 2 signalen."
    assert gate.ran_off_the_gui_thread()


def test_a_stopped_export_writes_nothing_and_marks_nothing(
    volunteer_view: SignalsView, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    gate = Gate(monkeypatch, stop=True)
    volunteer_view.export_to(out)
    assert list(out.iterdir()) == []
    assert volunteer_view.sync.history() == []
    assert volunteer_view.export_status.text() == ""

    gate.stop = False
    volunteer_view.export_to(out)
    assert volunteer_view.export_status.text().startswith("Export 1 opgeslagen in ")
    assert volunteer_view.export_status.text().endswith(": 2 signalen.")
