"""Uitvraag in the window: the volunteer's form generated from a questionnaire in the profile
(every kind of question, the privacy guard, the count waiting for the export) and the office's
results tab (counts, a chart per choice question, the municipality filter, the workbook)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from accessibility import unnamed_inputs
from office_kit import Office, Volunteer
from openpyxl import load_workbook
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QRadioButton,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from advocaat.questionnaires.answers import read_answers
from advocaat.questionnaires.questionnaire import Kind, read_questionnaire
from advocaat.questionnaires.store import save_answer_sets, store_questionnaire
from advocaat.sync.profile import read_profile, write_profile
from advocaat.ui.controller import AppController
from advocaat.ui.dialogs.questionnaire_dialog import QuestionnaireDialog
from advocaat.ui.views.national import NationalView
from advocaat.ui.views.national_questionnaires import QuestionnairesTab
from advocaat.ui.views.signals import SignalsView

pytestmark = pytest.mark.usefixtures("english")
EXAMPLES = Path(__file__).parents[2] / "docs" / "examples"
EXAMPLE = EXAMPLES / "questionnaire.json"
QUESTIONNAIRE = read_questionnaire(EXAMPLE.read_bytes())
WIDGETS = {Kind.NUMBER: QDoubleSpinBox, Kind.TEXT: QLineEdit}


@pytest.fixture
def dialog(qtbot: QtBot, controller: AppController, office: Office) -> QuestionnaireDialog:
    profile = replace(read_profile(office.profile), questionnaires=(QUESTIONNAIRE,))
    controller.sync.import_profile(write_profile(profile, office.keys))
    dialog = QuestionnaireDialog(controller.questionnaires, controller.municipality_choices())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(dialog: QuestionnaireDialog, text: str) -> None:
    fields = {field.question.id: field for field in dialog.fields}
    vervoer = fields["vervoer"].widget.findChildren(QCheckBox)
    vervoer[0].setChecked(True)
    vervoer[2].setChecked(True)
    fields["op-tijd"].widget.findChildren(QRadioButton)[1].setChecked(True)
    spin = fields["ritten"].widget
    assert isinstance(spin, QDoubleSpinBox)
    spin.setValue(12)
    edit = fields["toelichting"].widget
    assert isinstance(edit, QLineEdit)
    edit.setText(text)


def test_the_form_has_a_field_for_every_kind_of_question(dialog: QuestionnaireDialog) -> None:
    assert [field.question for field in dialog.fields] == list(QUESTIONNAIRE.questions)
    for field in dialog.fields:
        question = field.question
        if question.kind is Kind.CHOICE:
            button = QCheckBox if question.multiple else QRadioButton
            choices = [b.text() for b in field.widget.findChildren(button)]
            assert choices == list(question.choices)
        else:
            assert isinstance(field.widget, WIDGETS[question.kind])
        assert field.read() is None  # nothing answered yet
    spin = next(f.widget for f in dialog.fields if f.question.kind is Kind.NUMBER)
    assert isinstance(spin, QDoubleSpinBox)
    assert (spin.minimum(), spin.maximum()) == (-1, 200)  # one below: "not answered"
    assert spin.text() == "not answered"
    edit = next(f.widget for f in dialog.fields if f.question.kind is Kind.TEXT)
    assert isinstance(edit, QLineEdit)
    assert edit.maxLength() == 500
    assert dialog.answered_on.minimumDate().toPython() == QUESTIONNAIRE.starts
    assert dialog.answered_on.maximumDate().toPython() == QUESTIONNAIRE.ends
    assert unnamed_inputs(dialog) == []


def test_a_saved_set_clears_the_form_and_waits_for_the_export(
    dialog: QuestionnaireDialog, controller: AppController
) -> None:
    assert dialog.status.text() == "0 answer sets wait for your next export."
    fill(dialog, "Vaker rijden op zondag")
    assert dialog.save() == 1
    assert not dialog.problem.isVisibleTo(dialog)
    assert all(field.read() is None for field in dialog.fields)
    assert dialog.status.text() == "1 answer set waits for your next export."
    assert controller.questionnaires.waiting() == 1


def test_a_phone_number_is_refused_in_one_sentence_and_kept(dialog: QuestionnaireDialog) -> None:
    fill(dialog, "Bel me op 06-12345678")
    assert dialog.save() is None
    assert dialog.problem.isVisibleTo(dialog)
    assert "personal data" in dialog.problem.text()
    assert dialog.problem.text().count(". ") <= 1
    edit = dialog.fields[-1].widget
    assert isinstance(edit, QLineEdit)
    assert edit.text() == "Bel me op 06-12345678"  # what was typed stays
    assert dialog.status.text() == "0 answer sets wait for your next export."


def test_an_empty_set_is_refused_in_one_sentence(dialog: QuestionnaireDialog) -> None:
    assert dialog.save() is None
    assert dialog.problem.text() == "This answer set cannot be saved: it answers no question."


def test_without_questionnaires_the_dialog_says_so(qtbot: QtBot, controller: AppController) -> None:
    dialog = QuestionnaireDialog(controller.questionnaires, controller.municipality_choices())
    qtbot.addWidget(dialog)
    assert dialog.fields == []
    assert not hasattr(dialog, "save_button")


def test_the_signals_view_opens_the_questionnaires(qtbot: QtBot, controller: AppController) -> None:
    view = SignalsView(controller.signals, controller.sync, controller.municipality_choices(),
                       questionnaires=controller.questionnaires)  # fmt: skip
    qtbot.addWidget(view)
    assert view.questionnaires_button.isEnabled()


def test_the_office_sees_the_results_of_the_answer_sets_it_took_in(
    qtbot: QtBot, office_controller: AppController, office: Office, tmp_path: Path
) -> None:
    office_controller.questionnaires.define(EXAMPLE)
    zwolle = Volunteer(tmp_path / "zwolle", office, "Afdeling Zwolle")
    zwolle.add("De regiotaxi kwam te laat.")
    with zwolle.open() as workspace, workspace.session() as session:
        store_questionnaire(session, QUESTIONNAIRE)
        sets = read_answers((EXAMPLES / "questionnaire-answers.json").read_bytes(), QUESTIONNAIRE)
        save_answer_sets(session, QUESTIONNAIRE.id, sets, lambda _text: [])
    view = NationalView(office_controller.office, questionnaires=office_controller.questionnaires)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert view.findChildren(QuestionnairesTab) == []  # built when first shown
    view.tabs.setCurrentIndex(view.tabs.indexOf(view._questionnaires_page))
    [tab] = view.findChildren(QuestionnairesTab)
    assert tab.total.text() == "0 answer sets received."
    view.import_paths([zwolle.export()], decide=lambda card: True)
    assert tab.total.text() == "4 answer sets received."  # the import refreshed it
    choice_questions = [q for q in QUESTIONNAIRE.questions if q.kind is Kind.CHOICE]
    assert len(tab.charts) == len(choice_questions)
    results = office_controller.questionnaires.results(QUESTIONNAIRE.id)
    vervoer = next(r for r in results.questions if r.question.id == "vervoer")
    assert shown_counts(tab, vervoer.question.text) == dict(vervoer.overall.choices)
    by_id = {r.question.id: r for r in results.questions}
    [texts] = tab.area.widget().findChildren(QListWidget)
    assert [texts.item(i).text() for i in range(texts.count())] == list(
        by_id["toelichting"].overall.texts
    )
    ritten = next(t for t in tab.area.widget().findChildren(QTableWidget)
                  if t.accessibleName().endswith(by_id["ritten"].question.text))  # fmt: skip
    assert [ritten.item(row, 0).text() for row in range(3)] == ["Answered", "Mean", "Median"]
    assert ritten.item(2, 1).text() == "8"  # the median of the example's answers
    places = [tab.municipality.itemText(i) for i in range(1, tab.municipality.count())]
    assert places == [place for place, _tally in vervoer.municipalities]
    for index, (_place, tally) in enumerate(vervoer.municipalities, start=1):
        tab.municipality.setCurrentIndex(index)
        assert shown_counts(tab, vervoer.question.text) == dict(tally.choices)
    assert sum(tally.answered for _p, tally in vervoer.municipalities) == vervoer.overall.answered
    target = tmp_path / "uitvraag.xlsx"
    tab.write_workbook(target)
    cells = {cell for sheet in load_workbook(target) for row in sheet.values for cell in row}
    assert {question.id for question in QUESTIONNAIRE.questions} <= cells


def shown_counts(tab: QuestionnairesTab, question: str) -> dict[str, int]:
    """The counts the table under a choice question's chart shows."""
    table = next(t for t in tab.area.widget().findChildren(QTableWidget)
                 if t.accessibleName().endswith(question))  # fmt: skip
    return {table.item(row, 0).text(): int(table.item(row, 1).text())
            for row in range(table.rowCount())}  # fmt: skip


def test_the_office_without_questionnaires_is_told_so(
    qtbot: QtBot, office_controller: AppController
) -> None:
    tab = QuestionnairesTab(office_controller.questionnaires)
    qtbot.addWidget(tab)
    assert tab.total.text() == "The office has defined no questionnaire yet."
    assert not tab.excel_button.isEnabled()
