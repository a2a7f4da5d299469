"""The contact book in the GUI: lazy list, search, details, forms, moments, follow-ups."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from accessibility import unnamed_inputs
from long_work import Gate
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from advocaat.app.drafts import Drafts
from advocaat.contacts.people import PersonData
from advocaat.contacts.search import ContactFilter, ContactRef, ContactRow
from advocaat.contacts.transfer import FileFormat
from advocaat.ui.controller import AppController
from advocaat.ui.dialogs.contact_dialogs import MomentDialog, OrganisationDialog, PersonDialog
from advocaat.ui.dialogs.duplicates_dialog import DuplicatesDialog
from advocaat.ui.models.contacts_model import COUNTED_UP_TO, NAME, REF_ROLE, ContactsTableModel
from advocaat.ui.models.paged_model import FIRST_PAGE, PAGE_SIZE
from advocaat.ui.views.contacts import ContactsView
from advocaat.ui.views.start import StartView


def fake_rows(total: int):  # type: ignore[no-untyped-def]
    rows = [
        ContactRow(ContactRef("person", n), f"Persoon {n}", "raadslid", "", "Zwolle")
        for n in range(total)
    ]
    calls: list[tuple[int, int]] = []

    def page(_criteria: ContactFilter, offset: int, limit: int) -> list[ContactRow]:
        calls.append((offset, limit))
        return rows[offset : offset + limit]

    return page, (lambda _criteria: total), calls


def test_model_loads_a_screenful_then_more_on_demand(qtbot: QtBot) -> None:
    page, count, calls = fake_rows(FIRST_PAGE + PAGE_SIZE + 7)
    model = ContactsTableModel(page, count)
    model.set_filter(ContactFilter())
    assert (model.rowCount(), model.total) == (FIRST_PAGE, FIRST_PAGE + PAGE_SIZE + 7)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == FIRST_PAGE + PAGE_SIZE
    model.fetchMore(QModelIndex())
    assert model.rowCount() == FIRST_PAGE + PAGE_SIZE + 7
    assert not model.canFetchMore(QModelIndex())
    assert calls == [(0, FIRST_PAGE), (FIRST_PAGE, PAGE_SIZE), (FIRST_PAGE + PAGE_SIZE, PAGE_SIZE)]
    index = model.index(3, NAME)
    assert model.data(index) == "Persoon 3"
    assert model.data(index, REF_ROLE) == ContactRef("person", 3)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Naam"


@pytest.fixture
def view(qtbot: QtBot, demo_controller: AppController) -> ContactsView:
    view = ContactsView(
        demo_controller.contacts, demo_controller.exchange, demo_controller.municipality_choices()
    )
    qtbot.addWidget(view)
    view.show()
    return view


def names(view: ContactsView) -> list[str]:
    return [view.model.data(view.model.index(row, NAME)) for row in range(view.model.rowCount())]


def test_search_as_you_type_ignores_accents(qtbot: QtBot, view: ContactsView) -> None:
    assert view.model.total == 19
    qtbot.keyClicks(view.search, "ozlem")
    qtbot.waitUntil(lambda: names(view) == ["Özlem Demir"])
    assert view.count_label.text() == "1 contact"


def test_filters_narrow_the_list(view: ContactsView) -> None:
    view.role_filter.setCurrentIndex(view.role_filter.findData("wethouder"))
    assert names(view) == ["Marieke van den Heuvel", "Joost ter Horst"]
    view.municipality_filter.setCurrentIndex(view.municipality_filter.findData("GM0150"))
    assert names(view) == ["Joost ter Horst"]


def test_choosing_a_contact_shows_details_history_and_moments(view: ContactsView) -> None:
    view.search.setText("bram")
    view.apply_filter()
    view.table.selectRow(0)
    assert view.details_title.text() == "Bram Kuipers"
    text = view.details_text.text()
    assert "Functie: senior beleidsmedewerker" in text
    assert "Organisatie: Gemeente Deventer" in text
    assert "beleidsmedewerker bij Gemeente Zwolle" in text  # the earlier job
    assert view.moments_list.count() == 1
    assert "regiotaxi" in view.moments_list.item(0).text()
    assert view.edit_button.isEnabled()


def test_new_person_is_saved_and_chosen(qtbot: QtBot, view: ContactsView) -> None:
    dialog = PersonDialog(view.book, view.municipalities, parent=view)
    qtbot.addWidget(dialog)
    dialog.given_name.setText("Noor")
    dialog.family_name.setText("van Leeuwen")
    dialog.mobile_phone.setText("06-98765432")
    dialog.emails.setText("noor@example.nl")
    dialog.accept()
    assert dialog.result() == PersonDialog.DialogCode.Accepted
    view._after_save(dialog.saved)
    assert view.current_ref() == dialog.saved
    assert "Mobiel" not in view.details_text.text()
    assert "06 98765432" in view.details_text.text()
    assert view.model.total == 20


def test_person_form_refuses_a_bad_address_and_keeps_the_input(
    qtbot: QtBot, view: ContactsView
) -> None:
    dialog = PersonDialog(view.book, view.municipalities, parent=view)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.given_name.setText("Noor")
    dialog.emails.setText("noor-at-example")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.problem.text() == "noor-at-example is geen geldig e-mailadres."
    assert dialog.given_name.text() == "Noor"


def test_editing_keeps_phone_kinds_it_does_not_show(qtbot: QtBot, view: ContactsView) -> None:
    view.search.setText("marieke")
    view.apply_filter()
    view.table.selectRow(0)
    ref = view.current_ref()
    book = view.book
    data = book.person(ref.id)
    data.phones.append(("038-7777777", "fax"))
    book.save_person(ref.id, data)
    dialog = PersonDialog(book, view.municipalities, ref.id, parent=view)
    qtbot.addWidget(dialog)
    assert "038 777 7777" in dialog.other_phones.text()
    dialog.accept()
    assert ("038 777 7777", "fax") in book.person(ref.id).phones


def test_logging_a_follow_up_shows_on_start_and_done_removes_it(
    qtbot: QtBot, view: ContactsView, demo_controller: AppController
) -> None:
    start = StartView(demo_controller)
    qtbot.addWidget(start)
    before = start.follow_ups.count()
    view.search.setText("sanne")
    view.apply_filter()
    view.table.selectRow(0)
    dialog = MomentDialog(view.book, view.current_ref(), "Sanne Mulder", parent=view)
    qtbot.addWidget(dialog)
    dialog.summary.setPlainText("Gesproken over cliëntondersteuning")
    dialog.follow_up.setText("Folder sturen")
    dialog.has_due.setChecked(True)
    dialog.accept()
    assert dialog.saved_id is not None
    start.refresh()
    assert start.follow_ups.count() == before + 1
    texts = [start.follow_ups.item(row).text() for row in range(start.follow_ups.count())]
    assert any("Folder sturen (Sanne Mulder)" in text for text in texts)
    assert any(text.startswith("Te laat sinds") for text in texts)  # the demo's overdue one
    start.follow_ups.setCurrentRow(texts.index(next(t for t in texts if "Folder sturen" in t)))
    start.mark_done()
    assert start.follow_ups.count() == before


def test_delete_asks_first(
    qtbot: QtBot, view: ContactsView, monkeypatch: pytest.MonkeyPatch
) -> None:
    view.search.setText("kees")
    view.apply_filter()
    view.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    view.delete_current()
    assert view.model.total == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    view.delete_current()
    assert view.model.total == 0


def test_calendar_export_writes_an_ics_file(view: ContactsView, tmp_path: Path) -> None:
    target = tmp_path / "agenda.ics"
    view.write_calendar(str(target))
    text = target.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR")
    assert "Vervolgactie: Folder over de voorbereiding langsbrengen" in text


def test_every_input_of_the_contact_view_and_dialogs_has_a_name(
    qtbot: QtBot, view: ContactsView
) -> None:
    view.table.selectRow(0)
    book = view.book
    widgets = [
        view,
        PersonDialog(book, view.municipalities, parent=view),
        OrganisationDialog(book, view.municipalities, parent=view),
        MomentDialog(book, view.current_ref(), "x", parent=view),
    ]
    for widget in widgets:
        assert unnamed_inputs(widget) == [], widget.objectName()


def test_print_writes_the_filtered_list_as_pdf(view: ContactsView, tmp_path: Path) -> None:
    view.municipality_filter.setCurrentIndex(view.municipality_filter.findData("GM0166"))
    assert view.list_title() == "Contacten in Kampen"
    target = tmp_path / "lijst.pdf"
    view.write_list_pdf(str(target))
    assert target.read_bytes().startswith(b"%PDF")


def test_duplicates_dialog_merges_the_chosen_pair(qtbot: QtBot, view: ContactsView) -> None:
    book = view.book
    book.save_person(
        None,
        PersonData(
            given_name="M.",
            family_name="van den Heuvel",
            emails=[("marieke.heuvel@example.nl", "home")],
            notes="Van de verjaardag",
        ),
    )
    dialog = DuplicatesDialog(book, view)
    qtbot.addWidget(dialog)
    assert dialog.pairs.count() == 1
    assert "marieke.heuvel@example.nl" in dialog.pairs.item(0).text()
    assert unnamed_inputs(dialog) == []
    dialog.pairs.setCurrentRow(0)
    dialog.merge_current(keep_first=True)
    assert dialog.merged == 1
    assert dialog.pairs.item(0).text() == "Geen mogelijke dubbelen gevonden."
    view.search.setText("heuvel")
    view.apply_filter()
    assert names(view) == ["Marieke van den Heuvel"]


DATA = Path(__file__).parents[1] / "data" / "contacts"


def test_import_preview_lists_the_records_it_skips(qtbot: QtBot, view: ContactsView) -> None:
    dialog = view.import_path(DATA / "mixed-bad.vcf")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    skipped = [dialog.problems.item(row).text() for row in range(dialog.problems.count())]
    assert len(skipped) == 2
    assert re.fullmatch(r"\D*2\D*7\): Deze kaart heeft geen naam, .*", skipped[0])
    assert re.fullmatch(r"\D*4\D*17\): Deze kaart is afgebroken: .*", skipped[1])
    assert dialog.import_button.isEnabled()
    assert unnamed_inputs(dialog) == []
    dialog.accept()
    assert dialog.summary is not None
    # The demo has a Hanneke Smit and a Gerrit Bakker, but with no e-mail address or phone number
    # in common: a name alone merges nothing, it only makes them suggested duplicates.
    assert (dialog.summary.added, dialog.summary.merged) == (2, 0)
    assert view.status.text().startswith("2 toegevoegd, 0 samengevoegd")
    view.search.setText("gerrit bakker")
    view.apply_filter()
    assert view.model.total == 2


@pytest.mark.parametrize("stop", [False, True])
def test_import_runs_behind_a_progress_dialog_that_can_stop_it(
    qtbot: QtBot, view: ContactsView, monkeypatch: pytest.MonkeyPatch, stop: bool
) -> None:
    gate = Gate(monkeypatch, stop=stop)
    before = view.model.total
    dialog = view.import_path(DATA / "google.csv")
    qtbot.addWidget(dialog)
    dialog.accept()
    assert gate.ran_off_the_gui_thread()
    if stop:  # nothing landed, and the preview stays open to import after all
        assert dialog.summary is None
        assert dialog.isVisible()
        view.apply_filter()
        assert view.model.total == before
    else:
        assert dialog.summary is not None
        assert dialog.summary.added > 0


def test_export_writes_vcard_and_csv(view: ContactsView, tmp_path: Path) -> None:
    view.export_to(str(tmp_path / "c.vcf"), FileFormat.VCARD, "3.0")
    view.export_to(str(tmp_path / "c.csv"), FileFormat.CSV)
    assert b"VERSION:3.0" in (tmp_path / "c.vcf").read_bytes()
    assert (tmp_path / "c.csv").read_bytes().startswith(b"\xef\xbb\xbfUID;")


def test_a_contact_moment_can_include_more_contacts(qtbot: QtBot, view: ContactsView) -> None:
    view.search.setText("marieke")
    view.apply_filter()
    view.table.selectRow(0)
    dialog = MomentDialog(view.book, view.current_ref(), "Marieke van den Heuvel", parent=view)
    qtbot.addWidget(dialog)
    dialog.others_search.setText("gemeente zwolle")
    shown = [dialog.others.item(r).text() for r in range(dialog.others.count())]
    assert "Gemeente Zwolle" in shown
    assert "Özlem Demir" in shown
    assert "Marieke van den Heuvel" not in shown  # she is the contact the moment is logged on
    item = next(
        dialog.others.item(r)
        for r in range(dialog.others.count())
        if dialog.others.item(r).text() == "Gemeente Zwolle"
    )
    item.setCheckState(Qt.CheckState.Checked)
    dialog.others_search.setText("ozlem")
    assert dialog.others.item(0).text() == "Gemeente Zwolle"  # chosen ones stay in view
    data = dialog.data()
    assert len(data.person_ids) == 1
    assert len(data.organisation_ids) == 1


def test_a_contact_moment_being_typed_survives_a_crash_and_is_offered_back(
    qtbot: QtBot, demo_controller: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drafts = Drafts(tmp_path / "drafts")

    def open_view() -> ContactsView:
        view = ContactsView(demo_controller.contacts, demo_controller.exchange,
                            demo_controller.municipality_choices(), drafts=drafts)  # fmt: skip
        qtbot.addWidget(view)
        view.show()
        qtbot.wait(20)  # the first show offers what a crash left: nothing yet
        return view

    first = open_view()
    first.search.setText("sanne")
    first.apply_filter()
    first.table.selectRow(0)
    sanne = first.current_ref()
    first.log_moment()
    dialog = first.moment_dialog
    assert dialog is not None
    assert dialog.isVisible()
    dialog.summary.setPlainText("Gesproken over de wachtlijst voor begeleiding.")
    dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
    dialog.follow_up.setText("Cijfers nasturen")
    dialog.follow_up.textEdited.emit("Cijfers nasturen")
    dialog.has_due.setChecked(True)
    dialog.due.setDate(QDate(2027, 1, 15))
    dialog.others_search.setText("kampen")
    dialog.others.item(0).setCheckState(Qt.CheckState.Checked)
    other = dialog.others.item(0).text()
    qtbot.waitUntil(lambda: (drafts.find("moment") or {}).get("due") == "2027-01-15", timeout=5000)
    typed = dialog.draft_fields()
    dialog.hide()  # as if the laptop crashed: nothing was saved, nothing cancelled
    first.moment_dialog = None

    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, _title, text: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    again = open_view()
    qtbot.waitUntil(lambda: again.moment_dialog is not None)
    assert asked == [
        "Je was nog bezig met een contactmoment dat niet is opgeslagen. Verder gaan waar je was?"
    ]
    back = again.moment_dialog
    assert back is not None
    assert back.ref == sanne
    assert back.draft_fields() == typed  # every field, the others included
    assert other in [back.others.item(row).text() for row in range(back.others.count())]
    back.accept()
    assert drafts.find("moment") is None  # saved: no draft left
    details = demo_controller.contacts.details(sanne)
    assert "Gesproken over de wachtlijst voor begeleiding." in str(details)


def test_a_cancelled_contact_moment_leaves_no_draft_and_a_gone_contact_drops_it(
    qtbot: QtBot, demo_controller: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drafts = Drafts(tmp_path / "drafts")
    view = ContactsView(demo_controller.contacts, demo_controller.exchange,
                        demo_controller.municipality_choices(), drafts=drafts)  # fmt: skip
    qtbot.addWidget(view)
    view.show()
    qtbot.wait(20)
    view.table.selectRow(0)
    view.log_moment()
    dialog = view.moment_dialog
    assert dialog is not None
    dialog.summary.setPlainText("Half getypt")
    qtbot.waitUntil(lambda: drafts.find("moment") is not None, timeout=5000)
    dialog.reject()
    assert view.moment_dialog is None
    assert drafts.find("moment") is None  # left on purpose: gone

    drafts.keep("moment", {"contact": "person:999999", "summary": "Over iemand die weg is"})
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    next_start = ContactsView(demo_controller.contacts, demo_controller.exchange,
                              demo_controller.municipality_choices(), drafts=drafts)  # fmt: skip
    qtbot.addWidget(next_start)
    assert next_start.offer_draft() is True
    assert next_start.moment_dialog is None
    assert len(shown) == 1
    assert "999999" not in shown[0]
    assert drafts.find("moment") is None


def test_a_rows_cells_are_made_once_however_often_the_view_asks(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A table asks for every cell many times while it lays out and paints."""
    page, count, _calls = fake_rows(FIRST_PAGE + 5)
    model = ContactsTableModel(page, count)
    made: list[ContactRow] = []
    cells = model.cells
    monkeypatch.setattr(model, "cells", lambda row: made.append(row) or cells(row))
    model.set_filter(ContactFilter())
    model.fetchMore(QModelIndex())
    for _pass in range(3):
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    assert (
                        model.data(model.index(row, column), role)
                        == cells(model.row_at(row))[column]
                    )
    assert [row.name for row in made] == [f"Persoon {n}" for n in range(FIRST_PAGE + 5)]
    model.set_filter(ContactFilter())  # a new search: its rows are made anew
    model.data(model.index(0, NAME))
    assert len(made) == FIRST_PAGE + 6


def test_a_long_list_says_more_than_it_counted_and_still_scrolls_to_its_end(qtbot) -> None:  # type: ignore[no-untyped-def]
    rows, _count, _calls = fake_rows(COUNTED_UP_TO + PAGE_SIZE + 7)
    model = ContactsTableModel(rows, lambda _criteria: COUNTED_UP_TO + 1)
    model.set_filter(ContactFilter())
    assert model.counted == COUNTED_UP_TO + 1
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == COUNTED_UP_TO + PAGE_SIZE + 7
