"""Goede voorbeelden in the window: the volunteer's dialog (record, guard, browse, print) and the
office's tab in the national picture (select what the profile shares)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from accessibility import unnamed_inputs
from office_kit import Office, Volunteer
from pytestqt.qtbot import QtBot

from advocaat.examples.service import ExampleData, SharedExample, save_example
from advocaat.signals.privacy import Finding
from advocaat.sync.profile import read_profile, write_profile
from advocaat.ui.controller import AppController
from advocaat.ui.dialogs.examples_dialog import ExamplesDialog
from advocaat.ui.views.national import NationalView
from advocaat.ui.views.office_examples import ExamplesTab
from advocaat.ui.views.signals import SignalsView

SHARED = SharedExample("GM0344", "Utrecht", "collective", "Samen naar de raad", "Het verhaal.",
                       "Wmo-raad", date(2026, 9, 1))  # fmt: skip


@pytest.fixture
def dialog(qtbot: QtBot, controller: AppController, office: Office) -> ExamplesDialog:
    profile = replace(read_profile(office.profile), examples=(SHARED,))
    controller.sync.import_profile(write_profile(profile, office.keys))
    dialog = ExamplesDialog(controller.examples, controller.municipality_choices())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(dialog: ExamplesDialog, partners: str = "Wmo-raad Zwolle") -> None:
    dialog.new_example()
    dialog.title.setText("Parkeerkaart zonder keuring")
    dialog.municipality.setCurrentIndex(dialog.municipality.findData("GM0193"))
    dialog.strategy.setCurrentIndex(dialog.strategy.findData("cooperation"))
    dialog.partners.setText(partners)
    dialog.story.setPlainText("De keuring vervalt.")


def test_an_example_is_recorded_beside_the_office_selection(
    dialog: ExamplesDialog, controller: AppController
) -> None:
    assert dialog.list.count() == 1  # the office's, to read only
    dialog.list.setCurrentRow(0)
    assert dialog.title.text() == "Samen naar de raad"
    assert dialog.title.isReadOnly()
    assert not dialog.save_button.isEnabled()
    fill(dialog)
    assert dialog.save_button.isEnabled()
    identifier = dialog.save(confirm=lambda findings: pytest.fail(f"no alarm: {findings}"))
    assert identifier is not None
    assert dialog.list.count() == 2
    assert dialog.list.currentItem().text().startswith("Parkeerkaart zonder keuring")
    [row] = controller.examples.page()
    assert (row.data.strategy, row.data.partners, row.municipality) == (
        "cooperation", "Wmo-raad Zwolle", "Zwolle"
    )  # fmt: skip
    assert unnamed_inputs(dialog) == []


def test_each_finding_is_asked_about_and_going_back_saves_nothing(
    dialog: ExamplesDialog, controller: AppController
) -> None:
    fill(dialog, partners="mevrouw Jansen, 06-12345678")
    asked: list[list[Finding]] = []
    assert dialog.save(confirm=asked.append) is None
    assert {f.kind.value for f in asked[0]} == {"name", "phone"}
    assert controller.examples.count() == 0
    identifier = dialog.save(confirm=lambda findings: frozenset(f.confirmation for f in findings))
    assert identifier is not None
    assert controller.examples.page()[0].confirmed == {("name", "mevrouw Jansen"),
                                                       ("phone", "06-12345678")}  # fmt: skip


def test_bad_input_is_one_sentence_in_the_dialog(dialog: ExamplesDialog) -> None:
    fill(dialog)
    dialog.title.setText(" ")
    assert dialog.save() is None
    assert dialog.problem.isVisibleTo(dialog)
    assert dialog.problem.text()


def test_the_bundle_holds_the_own_and_the_office_examples(
    dialog: ExamplesDialog, tmp_path: Path
) -> None:
    fill(dialog)
    dialog.save()
    target = tmp_path / "bundel.pdf"
    dialog.write_bundle(target)
    assert target.read_bytes().startswith(b"%PDF")


def test_the_signals_view_opens_the_examples(qtbot: QtBot, controller: AppController) -> None:
    view = SignalsView(controller.signals, controller.sync, controller.municipality_choices(),
                       examples=controller.examples)  # fmt: skip
    qtbot.addWidget(view)
    assert view.examples_button.isEnabled()
    plain = SignalsView(controller.signals, controller.sync, controller.municipality_choices())
    qtbot.addWidget(plain)
    assert not hasattr(plain, "examples_button")


def test_the_office_puts_a_received_example_in_the_selection(
    qtbot: QtBot, office_controller: AppController, office: Office, tmp_path: Path
) -> None:
    zwolle = Volunteer(tmp_path / "zwolle", office, "Afdeling Zwolle")
    with zwolle.open() as workspace, workspace.session() as session:
        data = ExampleData("GM0193", "inform", "Loket open", "Het loket is weer open.",
                           "Wmo-raad", date(2026, 10, 2))  # fmt: skip
        save_example(session, data)
    view = NationalView(office_controller.office, examples=office_controller.office_examples)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert view.findChildren(ExamplesTab) == []  # built when first shown
    view.tabs.setCurrentIndex(view.tabs.indexOf(view._examples_page))
    [tab] = view.findChildren(ExamplesTab)
    assert tab.table.rowCount() == 0
    view.import_paths([zwolle.export()], decide=lambda card: True)
    assert tab.table.rowCount() == 1  # the import refreshed it
    assert tab.table.item(0, 4).text() == "Loket open"
    assert tab.table.item(0, 5).text() == "Afdeling Zwolle"
    assert not tab.select_button.isEnabled()
    tab.table.selectRow(0)
    assert tab.story.toPlainText() == "Het loket is weer open."
    tab.toggle_current()
    [chosen] = office_controller.office_examples.received(selected_only=True)
    assert chosen.example.title == "Loket open"
    assert tab.table.item(0, 0).text()
    tab.toggle_current()
    assert office_controller.office_examples.received(selected_only=True) == []
