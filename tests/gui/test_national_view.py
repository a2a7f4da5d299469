"""The national office in the GUI: import with a summary, the picture, review, feedback back."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from accessibility import clashing_mnemonics, unnamed_inputs
from long_work import Gate
from office_kit import PASSPHRASE, Office, Volunteer
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from advocaat.app.office import OfficeBook
from advocaat.core.preferences import saved_database_url
from advocaat.core.progress import CancelledError
from advocaat.office.inbox import Inbox
from advocaat.paths import AppPaths
from advocaat.sync.export_reader import SenderCard
from advocaat.sync.office_keys import OfficeError, load_office
from advocaat.sync.volunteer import own_key_id, replace_signing_key
from advocaat.ui.controller import AppController
from advocaat.ui.main_window import MainWindow
from advocaat.ui.views.national import NationalView
from advocaat.ui.views.national_overview import OverviewTab
from advocaat.ui.views.office_keys import OfficeKeysBox
from advocaat.ui.views.senders import SendersTab
from advocaat.ui.views.settings import SettingsView
from advocaat.ui.views.signals import SignalsView


@pytest.fixture
def inbox(tmp_path: Path, office: Office) -> Path:
    """Two volunteers' export files: three signals in all."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    zwolle = Volunteer(tmp_path / "zwolle", office, "Afdeling Zwolle", "GM0193")
    zwolle.add("De regiotaxi komt vaak te laat.", ("vervoer",))
    zwolle.add("Parkeerkaart geweigerd na lange wachttijd.", ("parkeerkaart",))
    utrecht = Volunteer(tmp_path / "utrecht", office, "Afdeling Utrecht", "GM0344")
    utrecht.add("Traplift pas na vijf maanden geleverd.", ("hulpmiddelen",))
    for volunteer in (zwolle, utrecht):
        volunteer.export().rename(folder / f"{volunteer.paths.root.name}.advocaat-export")
    return folder


@pytest.fixture
def view(qtbot: QtBot, office_controller: AppController) -> NationalView:
    view = NationalView(office_controller.office)
    qtbot.addWidget(view)
    return view


def test_the_overview_and_senders_tabs_are_built_when_first_shown(
    qtbot: QtBot, view: NationalView, inbox: Path
) -> None:
    """Opening the national picture builds the list only; each other tab when it is shown."""
    view.book.take_in(sorted(inbox.iterdir()), lambda card: True)
    view.refresh()
    view.show()
    qtbot.waitExposed(view)
    assert view.findChildren(OverviewTab) == []
    assert view.findChildren(SendersTab) == []
    view.tabs.setCurrentIndex(2)
    [senders] = view.findChildren(SendersTab)
    assert [cell(senders.table, row, 0) for row in range(senders.table.rowCount())] == [
        "Afdeling Utrecht", "Afdeling Zwolle"
    ]  # fmt: skip
    assert view.findChildren(OverviewTab) == []
    view.tabs.setCurrentIndex(1)
    [overview] = view.findChildren(OverviewTab)
    assert [c.label for c in overview.tables["Per thema"]] == [
        "hulpmiddelen", "parkeerkaart", "vervoer"
    ]  # fmt: skip
    view.tabs.setCurrentIndex(2)
    view.tabs.setCurrentIndex(1)
    assert view.findChildren(OverviewTab) == [overview]  # built once


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item else ""


def test_the_office_role_shows_the_national_picture(
    qtbot: QtBot, office_controller: AppController
) -> None:
    window = MainWindow(office_controller)
    qtbot.addWidget(window)
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert "Landelijk beeld" in titles
    assert "Signalen" not in titles
    window.show_part(titles.index("Landelijk beeld"))
    assert isinstance(window.stack.currentWidget().widget(), NationalView)


def test_a_folder_is_imported_with_a_summary_and_the_picture_follows(
    view: NationalView, inbox: Path
) -> None:
    asked = []
    results = view.import_paths([inbox], decide=lambda card: asked.append(card.name) or True)
    assert sorted(asked) == ["Afdeling Utrecht", "Afdeling Zwolle"]
    assert [r.new for r in results] == [1, 2]
    summary = view.summary_dialog
    assert summary is not None
    assert summary.headline.text() == "2 bestanden gelezen · 0 bestanden geweigerd"
    assert view.model.total == 3
    assert view.total.text().startswith("3 signalen getoond; 3 geteld")
    assert [c.label for c in view.overview.tables["Per thema"]] == [
        "hulpmiddelen", "parkeerkaart", "vervoer"
    ]  # fmt: skip
    assert [cell(view.senders.table, row, 0) for row in range(2)] == [
        "Afdeling Utrecht", "Afdeling Zwolle"
    ]  # fmt: skip

    view.theme_filter.setCurrentIndex(view.theme_filter.findData("vervoer"))
    assert view.model.total == 1
    view.province_filter.setCurrentIndex(view.province_filter.findData("Utrecht"))
    assert view.model.total == 0
    view.clear_filters()
    assert view.model.total == 3

    again = view.import_paths([inbox], decide=lambda card: True)
    assert [r.outcome.value for r in again] == ["already", "already"]


def test_a_new_key_is_asked_about_with_a_warning_and_the_replaced_key_is_loud(
    view: NationalView, tmp_path: Path, office: Office
) -> None:
    zwolle = Volunteer(tmp_path / "zwolle", office, "Afdeling Zwolle")
    zwolle.add("De regiotaxi komt vaak te laat.")
    view.import_paths([zwolle.export()], decide=lambda card: True)
    zwolle.add("De wachtlijst voor begeleiding is lang.")
    old_key_file = zwolle.export()
    replace_signing_key(zwolle.paths.profile_dir, date(2026, 12, 1))  # same sender id, new key
    zwolle.add("Nog een signaal over de regiotaxi.")
    new_key_file = zwolle.export()
    broken = tmp_path / "kapot.advocaat-export"
    broken.write_bytes(b"age-encryption.org/v1\n-> X25519 afgebroken")

    asked: list[SenderCard] = []
    results = view.import_paths([new_key_file, broken], decide=lambda c: asked.append(c) or False)
    assert [r.outcome.value for r in results] == ["refused", "refused"]
    [card] = asked
    new_key = own_key_id(zwolle.paths.profile_dir)
    assert card.fingerprint == new_key
    question = view.trust_question(card)
    assert question.startswith("WAARSCHUWING: de sleutel van Afdeling Zwolle is veranderd.")
    assert new_key in question
    assert card.replaced_fingerprint in question
    assert view.model.total == 1  # nothing signed with the new key counts yet
    view.senders.refresh()
    assert cell(view.senders.table, 0, 2) == f"nieuwe sleutel {new_key} wacht"
    view.senders.table.selectRow(0)
    assert view.senders.accept_button.isEnabled()
    view.senders.accept_current()  # accepted in the senders tab, after the phone call

    accepted = view.import_paths([new_key_file], decide=lambda c: False)  # no question left
    assert [r.outcome.value for r in accepted] == ["imported"]
    assert cell(view.senders.table, 0, 1) == new_key
    assert view.model.total == 2
    results = view.import_paths([old_key_file], decide=lambda card: True)
    assert [r.outcome.value for r in results] == ["refused"]
    summary = view.summary_dialog
    assert summary is not None
    assert summary.headline.text() == "1 bestand gelezen · 1 bestand geweigerd"
    texts = [label.text() for label in summary.findChildren(type(summary.headline))]
    assert any(text.startswith("Waarschuwing: 1 bestand") for text in texts)
    assert cell(summary.table, 0, 5).startswith("Geweigerd")
    assert card.replaced_fingerprint in summary.reasons.toPlainText()
    assert summary.table.item(0, 0).font().bold()
    assert view.model.total == 2


def test_review_and_feedback_reach_the_volunteer(
    qtbot: QtBot, view: NationalView, inbox: Path, tmp_path: Path, app: QApplication
) -> None:
    view.import_paths([inbox], decide=lambda card: True)
    row = next(
        number for number in range(view.model.rowCount())
        if "regiotaxi" in (view.model.row_at(number).text)
    )  # fmt: skip
    view.select_row(row)
    assert "De regiotaxi komt vaak te laat." in view.detail.text()
    view.review_status.setCurrentIndex(view.review_status.findData("taken_up"))
    view.review_comment.setPlainText("Opgepakt: besproken met VNG.")
    view.save_review()
    assert view.model.row_at(row).office_status == "taken_up"
    assert view.model.data(view.model.index(row, 6)) == "opgepakt"

    senders = view.senders
    zwolle_row = next(r for r in range(2) if cell(senders.table, r, 0) == "Afdeling Zwolle")
    senders.table.selectRow(zwolle_row)
    out = tmp_path / "usb"
    out.mkdir()
    senders.write_feedback(out)
    (feedback,) = out.glob("*.advocaat-feedback")
    assert "Terugkoppeling op 1 signaal voor Afdeling Zwolle" in senders.status.text()

    from conftest import make_controller

    workspace, volunteer = make_controller(AppPaths(tmp_path / "zwolle"), app)
    try:
        signals = SignalsView(volunteer.signals, volunteer.sync, volunteer.municipality_choices())
        qtbot.addWidget(signals)
        signals.import_feedback(feedback)
        assert "1 signaal heeft nieuws van het landelijk bureau" in signals.export_status.text()
        rows = {signals.model.index(r, 2).data(): r for r in range(signals.model.rowCount())}
        assert signals.model.index(rows["vervoer"], 4).data() == "opgepakt"
        signals.table.selectRow(rows["vervoer"])
        assert signals.office_word.text() == (
            "Landelijk bureau: opgepakt. “Opgepakt: besproken met VNG.”"
        )
    finally:
        workspace.close()


def test_every_input_of_the_national_view_has_a_name(view: NationalView, inbox: Path) -> None:
    view.import_paths([inbox], decide=lambda card: True)
    view.show()
    for index in range(view.tabs.count()):  # every tab built, as after a look at each
        view.tabs.setCurrentIndex(index)
    assert len(view.findChildren(SendersTab)) == len(view.findChildren(OverviewTab)) == 1
    assert unnamed_inputs(view) == []
    assert clashing_mnemonics(view) == []
    assert view.summary_dialog is not None
    assert unnamed_inputs(view.summary_dialog) == []


def test_the_passphrase_is_changed_in_settings_and_its_loss_explained(
    qtbot: QtBot, office_controller: AppController
) -> None:
    box = OfficeKeysBox(office_controller)
    qtbot.addWidget(box)
    assert box.passphrase_button.isVisibleTo(box)
    texts = " ".join(label.text() for label in box.findChildren(QLabel))
    assert "Als het wachtwoord kwijt is, kan niemand deze sleutels openen" in texts
    box.change_passphrase(PASSPHRASE, "een heel nieuw wachtwoord")
    assert load_office(box.folder, "een heel nieuw wachtwoord").public.recipient.startswith("age1")
    with pytest.raises(OfficeError, match="wachtwoord klopt niet"):
        load_office(box.folder, PASSPHRASE)


def test_the_current_view_goes_to_excel_and_to_a_pdf_report(
    view: NationalView, inbox: Path, tmp_path: Path
) -> None:
    view.import_paths([inbox], decide=lambda card: True)
    view.theme_filter.setCurrentIndex(view.theme_filter.findData("vervoer"))
    workbook = tmp_path / "beeld.xlsx"
    view.write_workbook(workbook)
    assert view.total.text() == f"Opgeslagen in {workbook}."
    sheets = openpyxl.load_workbook(workbook, read_only=True)
    signals = list(sheets[sheets.sheetnames[0]].iter_rows(values_only=True))
    assert len(signals) == 2  # the header and the one signal about vervoer
    filters = [row for sheet in sheets for row in sheet.iter_rows(values_only=True)]
    assert ("Thema", "vervoer") in [tuple(row[:2]) for row in filters]

    report = tmp_path / "beeld.pdf"
    view.write_report(report)
    text = "".join(page.extract_text() for page in PdfReader(report).pages)
    assert "vervoer" in text
    assert "Zwolle" in text


def test_settings_remember_a_database_server_for_the_next_start(
    qtbot: QtBot, office_controller: AppController
) -> None:
    settings = SettingsView(office_controller)
    qtbot.addWidget(settings)
    preferences = office_controller.paths.preferences_file
    settings.choose_server("postgresql+psycopg://advocaat@db.example.nl/advocaat")
    assert saved_database_url(preferences) == "postgresql+psycopg://advocaat@db.example.nl/advocaat"
    assert settings.server_state.text().startswith("Opgeslagen.")
    settings.choose_server("")
    assert saved_database_url(preferences) is None


Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def poll(view: NationalView, check: Callable[[], None]) -> QTimer:
    """Run ``check`` every few milliseconds in the window's event loop while an import runs."""
    timer = QTimer(view)
    timer.timeout.connect(check)
    timer.start(20)
    return timer


@pytest.mark.parametrize("accepted", [True, False], ids=["accepted", "refused"])
def test_a_new_sender_is_asked_on_top_of_the_progress_and_the_run_goes_on(
    view: NationalView, tmp_path: Path, office: Office, accepted: bool
) -> None:
    zwolle = Volunteer(tmp_path / "zwolle", office, "Afdeling Zwolle", "GM0193")
    zwolle.add("De regiotaxi komt vaak te laat.")
    view.import_paths([zwolle.export()], decide=lambda card: True)  # a sender known before
    zwolle.add("Parkeerkaart geweigerd na lange wachttijd.", ("parkeerkaart",))
    before = zwolle.export()
    utrecht = Volunteer(tmp_path / "utrecht", office, "Afdeling Utrecht", "GM0344")
    utrecht.add("Traplift pas na vijf maanden geleverd.", ("hulpmiddelen",))
    new = utrecht.export()
    zwolle.add("Nog een signaal over de regiotaxi.")
    after = zwolle.export()
    asked: list[dict[str, object]] = []

    def answer() -> None:
        box = view.findChild(QMessageBox, "new-sender-question")
        if box is None or not box.isVisible():
            return
        progress = view.findChild(QProgressDialog, "progress")
        asked.append(
            {
                "text": box.text(),
                "above the progress dialog": box.parentWidget() is progress,
                "progress shown": progress.isVisible(),
                "stacked on it": box.windowHandle().transientParent() is progress.windowHandle(),
                "the modal on top": QApplication.activeModalWidget() is box,
            }
        )
        box.button(Yes if accepted else No).click()

    timer = poll(view, answer)
    results = view.import_paths([before, new, after])  # the office's own question, no stand-in
    timer.stop()

    (question,) = asked
    assert "Afdeling Utrecht stuurt voor het eerst een bestand" in str(question.pop("text"))
    assert question == dict.fromkeys(question, True)
    outcomes = [r.outcome.value for r in results]
    assert outcomes == ["imported", "imported" if accepted else "refused", "imported"]
    assert view.model.total == (4 if accepted else 3)
    lines = {line.name: line for line in view.book.senders()}
    assert lines["Afdeling Utrecht"].accepted is accepted
    assert (lines["Afdeling Zwolle"].files, lines["Afdeling Zwolle"].signals) == (3, 3)


def test_stop_during_a_file_keeps_it_whole_and_leaves_the_rest_untouched(
    view: NationalView, tmp_path: Path, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    places = [
        ("Zwolle", "GM0193"), ("Utrecht", "GM0344"), ("Kampen", "GM0166"), ("Deventer", "GM0150")
    ]  # fmt: skip
    files = []
    for number, (place, code) in enumerate(places):
        volunteer = Volunteer(tmp_path / place, office, f"Afdeling {place}", code)
        for count in range(number + 2):
            volunteer.add(f"Signaal {count + 1} uit {place} over de regiotaxi.")
        files.append(volunteer.export())
    merged: list[str] = []
    stopped = threading.Event()
    merge = Inbox._merge

    def merge_and_wait(inbox: Inbox, *args):  # type: ignore[no-untyped-def]
        result = merge(inbox, *args)
        merged.append(args[-1])
        if len(merged) == 2:  # the second file is merged, its unit of work not yet committed
            assert stopped.wait(20)
        return result

    monkeypatch.setattr(Inbox, "_merge", merge_and_wait)
    seen: dict[str, object] = {}

    def stop() -> None:
        progress = view.findChild(QProgressDialog, "progress")
        if len(merged) < 2 or stopped.is_set() or progress is None or not progress.isVisible():
            return
        button = progress.findChild(QPushButton)
        button.click()
        seen["Stop still clickable"] = button.isEnabled()
        seen["shown until the work stops"] = progress.isVisible()
        stopped.set()

    timer = poll(view, stop)
    results = view.import_paths(files, decide=lambda card: True)
    timer.stop()

    assert seen == {"Stop still clickable": False, "shown until the work stops": True}
    assert [(r.name, r.outcome.value, r.new) for r in results] == [
        (files[0].name, "imported", 2), (files[1].name, "imported", 3)
    ]  # fmt: skip
    lines = {line.name: (line.files, line.signals) for line in view.book.senders()}
    assert lines == {"Afdeling Zwolle": (1, 2), "Afdeling Utrecht": (1, 3)}
    assert view.model.total == 5
    assert view.summary_dialog is not None
    assert view.summary_dialog.table.rowCount() == 2

    monkeypatch.undo()
    again = view.import_paths(files, decide=lambda card: True)
    assert [(r.outcome.value, r.new) for r in again] == [
        ("already", 0), ("already", 0), ("imported", 4), ("imported", 5)
    ]  # fmt: skip


@pytest.mark.parametrize("kind", ["workbook", "report"])
def test_the_national_picture_is_saved_in_a_worker_and_stop_saves_nothing(
    view: NationalView, inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    view.import_paths([inbox], decide=lambda card: True)
    write = view.write_workbook if kind == "workbook" else view.write_report
    gate = Gate(monkeypatch, stop=True)
    with contextlib.suppress(CancelledError):  # the report's caller, print_to_pdf, takes it
        write(tmp_path / "gestopt")
    assert not (tmp_path / "gestopt").exists()
    assert not view.total.text().startswith("Opgeslagen")

    gate.stop = False
    write(tmp_path / "beeld")
    assert (tmp_path / "beeld").read_bytes()[:4] in (b"PK\x03\x04", b"%PDF")
    assert view.total.text() == f"Opgeslagen in {tmp_path / 'beeld'}."
    assert gate.ran_off_the_gui_thread()


def test_the_office_keys_open_in_a_worker_and_a_wrong_passphrase_is_asked_again(
    qtbot: QtBot, office_controller: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = OfficeBook(office_controller.workspace)
    view = NationalView(book)
    qtbot.addWidget(view)
    answers = iter([("niet het wachtwoord", True), (PASSPHRASE, True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args: next(answers))
    problems: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: problems.append(text))
    gate = Gate(monkeypatch)
    assert view._unlocked()
    assert book.unlocked
    assert gate.ran_off_the_gui_thread()
    assert len(gate.threads) == 2
    assert len(problems) == 1


def test_stop_or_no_passphrase_leaves_the_office_keys_locked(
    qtbot: QtBot, office_controller: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = OfficeBook(office_controller.workspace)
    view = NationalView(book)
    qtbot.addWidget(view)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args: ("", False))
    assert not view._unlocked()
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args: (PASSPHRASE, True))
    Gate(monkeypatch, stop=True)
    assert not view._unlocked()
    assert not book.unlocked


def test_the_offices_start_shows_the_newest_received_signals(
    qtbot: QtBot, view: NationalView, office_controller: AppController, inbox: Path
) -> None:
    from advocaat.ui.views.start import StartView

    empty = StartView(office_controller)
    qtbot.addWidget(empty)
    assert "Landelijk beeld" in empty.signals.item(0).text()  # where the signals come from
    view.import_paths([inbox], decide=lambda card: True)
    start = StartView(office_controller)
    qtbot.addWidget(start)
    shown = [start.signals.item(row).text() for row in range(start.signals.count())]
    assert len(shown) == 3
    assert any("Traplift pas na vijf" in line and "Afdeling Utrecht" in line for line in shown)
