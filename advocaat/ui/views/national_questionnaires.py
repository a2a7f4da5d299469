"""The Uitvraag tab of the national picture: the results of a questionnaire over the answer
sets the volunteers sent, for all municipalities or one; a chart and a table per choice
question, count, mean and median per number question, the texts of a text question."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advocaat.app.questionnaires import QuestionnaireBook
from advocaat.i18n import _, format_number, ngettext
from advocaat.questionnaires.questionnaire import Kind
from advocaat.questionnaires.results import QuestionResult, Results, Tally
from advocaat.ui.charts import value_bar_chart, value_table
from advocaat.ui.dialogs.form_dialog import choice_combo
from advocaat.ui.feedback import problems_shown
from advocaat.ui.widgets import fields_in_flow, heading, name_inner_parts, paragraph, scrolling
from advocaat.ui.worker import save_in_worker


def _number(value: float | None) -> str:
    return "—" if value is None else format_number(round(value, 2))


class QuestionnairesTab(QWidget):
    def __init__(self, book: QuestionnaireBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("national-questionnaires")
        self.book = book
        self.results: Results | None = None
        self.charts: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        self.choice = choice_combo([], None)
        self.municipality = choice_combo([], None, _("All municipalities"))
        self.excel_button = QPushButton(_("For Excel…"))
        self.excel_button.setToolTip(_("Save the results of this questionnaire as an .xlsx file"))
        self.excel_button.clicked.connect(self.choose_workbook)
        layout.addWidget(
            fields_in_flow(
                [(_("Questionnaire:"), self.choice), (_("Municipality:"), self.municipality)],
                self.excel_button,
            )
        )
        self.total = paragraph("")
        layout.addWidget(self.total)
        self.area = scrolling(QWidget())
        layout.addWidget(self.area, 1)
        self.choice.currentIndexChanged.connect(lambda _index: self.show_results())
        self.municipality.currentIndexChanged.connect(lambda _index: self._show_questions())
        self.refresh()

    def refresh(self) -> None:
        """The questionnaires anew (after an import), keeping the one chosen."""
        chosen = self.choice.currentData()
        lines = self.book.lines(received=True)
        self.choice.blockSignals(True)
        self.choice.clear()
        for line in lines:
            self.choice.addItem(line.title, line.id)
        self.choice.setCurrentIndex(max(self.choice.findData(chosen), 0))
        self.choice.blockSignals(False)
        self.excel_button.setEnabled(bool(lines))
        if not lines:
            self.results = None
            self.total.setText(_("The office has defined no questionnaire yet."))
            self.area.setWidget(QWidget())
            return
        self.show_results()

    def show_results(self) -> None:
        """The chosen questionnaire's results, with its municipalities to filter on."""
        with problems_shown(self):
            self.results = self.book.results(self.choice.currentData())
        if self.results is None:
            return
        chosen = self.municipality.currentData()
        places = sorted({place for q in self.results.questions for place, _t in q.municipalities})
        self.municipality.blockSignals(True)
        for index in range(self.municipality.count() - 1, 0, -1):  # all but "all of them"
            self.municipality.removeItem(index)
        for place in places:
            self.municipality.addItem(place, place)
        self.municipality.setCurrentIndex(max(self.municipality.findData(chosen), 0))
        self.municipality.blockSignals(False)
        self.total.setText(
            ngettext(
                "{count} answer set received.", "{count} answer sets received.",
                self.results.answer_sets,
            ).format(count=format_number(self.results.answer_sets))
        )  # fmt: skip
        self._show_questions()

    def _tally(self, item: QuestionResult) -> Tally:
        """The answers in the chosen municipality (or all); none there counts every choice 0."""
        place = self.municipality.currentData()
        if place is None:
            return item.overall
        empty = Tally(0, choices=tuple((choice, 0) for choice in item.question.choices))
        return dict(item.municipalities).get(place, empty)

    def _show_questions(self) -> None:
        if self.results is None:
            return
        content = QWidget()
        column = QVBoxLayout(content)
        self.charts = {}
        for number, item in enumerate(self.results.questions, start=1):
            title = f"{number}. {item.question.text}"
            column.addWidget(heading(title, level=2))
            tally = self._tally(item)
            column.addWidget(QLabel(_("Answered: {count}").format(count=tally.answered)))
            for widget in self._question_widgets(title, item.question.kind, tally):
                column.addWidget(widget)
        column.addStretch(1)
        self.area.setWidget(content)
        name_inner_parts(content)

    def _question_widgets(self, title: str, kind: Kind, tally: Tally) -> list[QWidget]:
        if kind is Kind.CHOICE:
            chart = value_bar_chart(title, list(tally.choices))
            self.charts[title] = chart
            rows = [(choice, format_number(count)) for choice, count in tally.choices]
            return [chart, value_table(title, (_("Answer"), _("Count")), rows)]
        if kind is Kind.NUMBER:
            rows = [
                (_("Answered"), format_number(tally.answered)),
                (_("Mean"), _number(tally.mean)),
                (_("Median"), _number(tally.median)),
            ]
            return [value_table(title, (_("Measure"), _("Value")), rows)]
        texts = QListWidget()
        texts.setAccessibleName(title)
        texts.addItems(list(tally.texts))
        texts.setMinimumHeight(texts.fontMetrics().height() * 6)
        return [texts]

    def choose_workbook(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Save for Excel"), _("questionnaire.xlsx"), _("Excel workbooks (*.xlsx)")
        )
        if path:
            self.write_workbook(Path(path))

    def write_workbook(self, path: Path) -> None:
        uid = self.choice.currentData()
        with problems_shown(self):
            save_in_worker(self, path, lambda _reporter: self.book.write_results(uid, "xlsx", path))
            self.total.setText(_("Saved to {file}.").format(file=path))
