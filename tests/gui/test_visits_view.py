"""The keukentafelgesprekken view: visits, their dates and checklist, deadlines and sheets."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from accessibility import unnamed_inputs
from office_kit import Office
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from advocaat.app.drafts import Drafts
from advocaat.sync.profile import read_profile, write_profile
from advocaat.ui.controller import AppController
from advocaat.ui.dialogs.template_dialogs import TemplateEditor, TemplatesDialog
from advocaat.ui.views.visits import VisitsView
from advocaat.visits.service import ItemState
from advocaat.visits.templates import ChecklistTemplate, bundled_templates


@pytest.fixture
def view(qtbot: QtBot, demo_controller: AppController) -> VisitsView:
    view = VisitsView(demo_controller.visits, demo_controller.municipality_choices())
    qtbot.addWidget(view)
    view.show()
    return view


def test_demo_visits_are_listed_and_shown(view: VisitsView) -> None:
    assert view.list.count() == 2
    assert not view.details.isVisibleTo(view)
    view.list.setCurrentRow(1)
    assert view.member_name.text() == "Dhr. P. (demo)"
    assert view.municipality.currentText() == "Deventer"
    assert view.dates["application_on"].value() == date.today() - timedelta(days=8)
    deadlines = [view.deadlines.item(r).text() for r in range(view.deadlines.count())]
    assert any("Beschikking van de gemeente" in text for text in deadlines)
    assert view.checklist.rowCount() == 22
    assert unnamed_inputs(view) == []


def test_a_new_visit_gets_the_checklist_and_saving_keeps_dates_and_states(
    view: VisitsView,
) -> None:
    identifier = view.create_visit("Mw. T.")
    assert view.current_id() == identifier
    view.dates["melding_on"].set_value(date(2026, 11, 13))
    view.checklist.cellWidget(0, 1).setCurrentIndex(
        view.checklist.cellWidget(0, 1).findData(ItemState.DONE.value)
    )
    view.checklist.item(0, 2).setText("Gemeld per telefoon")
    assert view.save()
    saved = view.book.view(identifier)
    assert saved.dates["melding_on"] == date(2026, 11, 13)
    assert (saved.items[0].state, saved.items[0].note) == (ItemState.DONE, "Gemeld per telefoon")
    assert [d.rule.id for d in saved.deadlines] == ["personal_plan", "assessment"]


def test_a_refusal_is_shown_and_nothing_is_saved(view: VisitsView) -> None:
    identifier = view.create_visit("Mw. T.")
    view.member_name.setText("")
    assert not view.save()
    assert view.problem.text() == "Vul de naam of de voorletters van het lid in."
    assert view.book.view(identifier).member_name == "Mw. T."


def test_sheets_are_written(view: VisitsView, tmp_path: Path) -> None:
    view.list.setCurrentRow(0)
    view.large.setChecked(True)
    for sheet in ("preparation", "conversation", "followup"):
        view.write_sheet(sheet, str(tmp_path / f"{sheet}.pdf"))
        assert (tmp_path / f"{sheet}.pdf").read_bytes().startswith(b"%PDF")


def test_a_template_copy_is_edited_and_used_for_a_new_visit(qtbot: QtBot, view: VisitsView) -> None:
    dialog = TemplatesDialog(view.book, view)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    copy = dialog.copy_as(dialog.current(), "Wmo bij Parkinson")
    assert copy is not None
    assert dialog.current().id == "wmo-bij-parkinson"
    editor = TemplateEditor(view.book, dialog.current(), dialog)
    qtbot.addWidget(editor)
    assert unnamed_inputs(editor) == []
    first = editor.tree.topLevelItem(0)
    editor.tree.setCurrentItem(first.child(0))
    editor.add_item()
    first.child(1).setText(0, "Dagritme bij wisselende klachten beschrijven")
    editor.move_current(-1)  # the new item goes first
    editor.tree.setCurrentItem(editor.tree.topLevelItem(2))
    editor.remove()  # without the "after" section
    editor.accept()
    assert editor.saved is not None
    assert editor.saved.version == 2
    assert editor.saved.sections[0].items[0].text == "Dagritme bij wisselende klachten beschrijven"
    assert len(editor.saved.sections) == 2
    identifier = view.create_visit("Mw. L.", editor.saved)
    assert view.book.view(identifier).items[0].text.startswith("Dagritme")


def test_a_template_saved_as_a_file_comes_back_beside_the_one_kept(
    qtbot: QtBot, view: VisitsView, tmp_path: Path
) -> None:
    dialog = TemplatesDialog(view.book, view)
    qtbot.addWidget(dialog)
    original = dialog.current()
    dialog.export_to(original, tmp_path / "sjabloon.json")
    assert dialog.import_from(tmp_path / "sjabloon.json") == original  # the same: nothing new
    assert dialog.list.count() == 2
    changed = (tmp_path / "sjabloon.json").read_text(encoding="utf-8")
    (tmp_path / "ander.json").write_text(changed.replace(original.title, "Andere titel"), "utf-8")
    arrived = dialog.import_from(tmp_path / "ander.json")
    assert arrived is not None
    assert (arrived.id, arrived.title) == (f"{original.id}-2", "Andere titel")
    assert dialog.current() == arrived
    assert dialog.list.count() == 3
    assert view.book.template(original.id).title == original.title  # kept as it was


def test_a_template_changed_in_the_window_survives_the_next_profile(
    qtbot: QtBot, view: VisitsView, demo_controller: AppController, office: Office
) -> None:
    """The volunteer changes the office's template; the office's next version arrives beside
    it, marked as new, and the list shows both for the volunteer to choose."""
    original = bundled_templates()[0]
    office_template = replace(original, id="bureau-lijst", title="Lijst van het bureau")

    def send(template: ChecklistTemplate) -> None:
        profile = replace(read_profile(office.profile), templates=(template,))
        demo_controller.sync.import_profile(write_profile(profile, office.keys))

    send(office_template)
    dialog = TemplatesDialog(view.book, view)
    qtbot.addWidget(dialog)
    dialog.refresh("bureau-lijst")
    editor = TemplateEditor(view.book, dialog.current(), dialog)
    qtbot.addWidget(editor)
    editor.title.setText("Mijn lijst")
    editor.accept()
    send(replace(office_template, version=2, title="Lijst van het bureau 2027"))
    dialog.refresh()
    shown = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert any(line.startswith("Mijn lijst (versie 2") for line in shown), shown
    assert any(
        line.startswith("Lijst van het bureau 2027") and "nieuwe versie 2" in line for line in shown
    ), shown


def test_a_template_without_a_section_title_is_refused(qtbot: QtBot, view: VisitsView) -> None:
    template = view.book.templates()[0]
    editor = TemplateEditor(view.book, template, view)
    qtbot.addWidget(editor)
    editor.show()
    editor.tree.topLevelItem(0).setText(0, "")
    editor.accept()
    assert editor.isVisible()
    assert "titel van een onderdeel" in editor.problem.text()
    assert view.book.templates()[0].version == 1


def test_a_visit_being_typed_survives_a_crash_and_is_offered_back(
    qtbot: QtBot, demo_controller: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drafts = Drafts(tmp_path / "drafts")

    def open_view() -> VisitsView:
        view = VisitsView(demo_controller.visits, demo_controller.municipality_choices(),
                          drafts=drafts)  # fmt: skip
        qtbot.addWidget(view)
        return view

    first = open_view()
    assert not first.offer_draft()
    first.list.setCurrentRow(1)
    visit = first.current_id()
    first.goals.setPlainText("Zelf boodschappen blijven doen, met hulp bij het tillen.")
    qtbot.waitUntil(lambda: drafts.find("visit") is not None, timeout=5000)
    first.close()  # a crash: not saved

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    again = open_view()
    assert again.offer_draft()
    assert again.current_id() == visit
    assert again.goals.toPlainText() == "Zelf boodschappen blijven doen, met hulp bij het tillen."
    assert again.save()
    assert drafts.find("visit") is None
    assert again.book.view(visit).goals.startswith("Zelf boodschappen")
