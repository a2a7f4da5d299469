"""Uitvraag: the volunteer types in what members answered to a questionnaire of the national
office, one answer set after the other; they go along with the next export."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from advocaat.app.questionnaires import QuestionnaireBook
from advocaat.errors import UserFacingError
from advocaat.i18n import _, ngettext
from advocaat.questionnaires.answers import checked_answers
from advocaat.questionnaires.questionnaire import (
    AnswerSet,
    Kind,
    Question,
    Questionnaire,
    Setting,
)
from advocaat.ui.dialogs.form_dialog import choice_combo, from_qdate, to_qdate
from advocaat.ui.dialogs.screen_dialog import ScreenDialog
from advocaat.ui.widgets import (
    action_row,
    name_inner_parts,
    narrow_friendly,
    paragraph,
    problem_label,
    scrolling,
)

UNBOUNDED = 1_000_000
"""The spin box's reach where a number question gives no bound of its own."""


def plain(text: str) -> str:
    """An office's text on a button: its ``&`` is not an access key (a label without a buddy
    shows it as it is)."""
    return text.replace("&", "&&")


@dataclass(frozen=True)
class AnswerField:
    """One question's input: its widget, what it holds as an answer (``None``: not answered),
    and how it empties for the next member."""

    question: Question
    widget: QWidget
    read: Callable[[], object]
    clear: Callable[[], None]


def _choice_field(question: Question) -> AnswerField:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    buttons: list[QAbstractButton] = []
    group = QButtonGroup(box)
    group.setExclusive(not question.multiple)
    for choice in question.choices:
        button: QAbstractButton = (
            QCheckBox(plain(choice)) if question.multiple else QRadioButton(plain(choice))
        )
        button.setAccessibleDescription(question.text)
        group.addButton(button)
        layout.addWidget(button)
        buttons.append(button)

    def read() -> object:
        chosen = [c for c, b in zip(question.choices, buttons, strict=True) if b.isChecked()]
        if not chosen:
            return None
        return chosen if question.multiple else chosen[0]

    def clear() -> None:
        group.setExclusive(False)  # an exclusive group keeps one button checked
        for button in buttons:
            button.setChecked(False)
        group.setExclusive(not question.multiple)

    return AnswerField(question, box, read, clear)


def _number_field(question: Question) -> AnswerField:
    """A spin box within the question's bounds; one step below them reads "not answered"."""
    low = question.minimum if question.minimum is not None else -UNBOUNDED
    high = question.maximum if question.maximum is not None else UNBOUNDED
    whole = float(low).is_integer() and float(high).is_integer()
    spin = QDoubleSpinBox()
    spin.setDecimals(0 if whole else 2)
    spin.setRange(low - 1, high)
    spin.setSpecialValueText(_("not answered"))
    spin.setAccessibleName(question.text)

    def read() -> object:
        value = spin.value()
        if value == spin.minimum():
            return None
        return int(value) if whole else value

    def clear() -> None:
        spin.setValue(spin.minimum())

    clear()
    return AnswerField(question, spin, read, clear)


def _text_field(question: Question) -> AnswerField:
    edit = QLineEdit()
    edit.setMaxLength(question.max_length)
    edit.setAccessibleName(question.text)
    edit.setPlaceholderText(_("In a few words, without names or other personal data"))
    return AnswerField(question, edit, lambda: edit.text().strip() or None, edit.clear)


FIELDS = {Kind.CHOICE: _choice_field, Kind.NUMBER: _number_field, Kind.TEXT: _text_field}


class QuestionnaireDialog(ScreenDialog):
    """Choose a questionnaire, then one form per member: where, when, in what setting, and
    the answers; Save keeps the set and empties the form for the next member."""

    def __init__(
        self,
        book: QuestionnaireBook,
        municipalities: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("questionnaire-dialog")
        self.setWindowTitle(_("Questionnaires"))
        self.book = book
        self.fields: list[AnswerField] = []
        self.questionnaire: Questionnaire | None = None
        layout = QVBoxLayout(self)
        lines = book.lines(received=False)
        self.choice = choice_combo([(line.title, line.id) for line in lines], None)
        self.status = paragraph("")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        if not lines:
            layout.addWidget(
                paragraph(_("The national office has not sent you a questionnaire yet."))
            )
            layout.addWidget(buttons)
            return
        layout.addWidget(
            paragraph(
                _(
                    "Type in what each member answered on paper, one answer set after the other."
                    " The answers go along with your next export, without names."
                )
            )
        )
        form = QFormLayout()
        self.municipality = choice_combo([(name, code) for code, name in municipalities], None)
        self.answered_on = QDateEdit()
        self.answered_on.setCalendarPopup(True)
        self.setting = choice_combo([(s.label, s.value) for s in Setting], Setting.PANEL.value)
        for label, field in (
            (_("&Questionnaire:"), self.choice),
            (_("Muni&cipality:"), self.municipality),
            (_("&Date:"), self.answered_on),
            (_("Se&tting:"), self.setting),
        ):
            form.addRow(label, field)
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
        layout.addLayout(form)
        self.intro = paragraph("")
        layout.addWidget(self.intro)
        self.questions = scrolling(QWidget())
        layout.addWidget(self.questions, 1)
        self.problem = problem_label()
        layout.addWidget(self.problem)
        layout.addWidget(self.status)
        self.save_button = QPushButton(_("&Save"))
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        layout.addWidget(action_row(self.save_button, buttons))
        self.choice.currentIndexChanged.connect(lambda _index: self.show_questionnaire())
        self.show_questionnaire()
        name_inner_parts(self)

    def show_questionnaire(self) -> None:
        """The form generated from the chosen questionnaire's questions."""
        self.questionnaire = self.book.questionnaire(self.choice.currentData())
        questionnaire = self.questionnaire
        self.intro.setText(questionnaire.title)
        self.answered_on.setDateRange(to_qdate(questionnaire.starts), to_qdate(questionnaire.ends))
        today = min(max(date.today(), questionnaire.starts), questionnaire.ends)
        self.answered_on.setDate(to_qdate(today))
        content = QWidget()
        column = QVBoxLayout(content)
        self.fields = [FIELDS[q.kind](q) for q in questionnaire.questions]
        for number, field in enumerate(self.fields, start=1):
            label = QLabel(f"{number}. {field.question.text}")
            label.setWordWrap(True)
            column.addWidget(label)
            column.addWidget(field.widget)
        column.addStretch(1)
        self.questions.setWidget(content)
        narrow_friendly(content)
        self.problem.hide()
        self._show_waiting()

    def _show_waiting(self) -> None:
        waiting = self.book.waiting()
        self.status.setText(
            ngettext(
                "{count} answer set waits for your next export.",
                "{count} answer sets wait for your next export.",
                waiting,
            ).format(count=waiting)
        )

    def save(self) -> int | None:
        """Keep the answer set and empty the form; a refusal is shown in one sentence and what
        was typed stays."""
        questionnaire = self.questionnaire
        if questionnaire is None:
            return None
        try:
            answers = checked_answers(
                questionnaire, {field.question.id: field.read() for field in self.fields}
            )
        except ValueError as error:
            self._refused(_("This answer set cannot be saved: {reason}").format(reason=error))
            return None
        answer_set = AnswerSet(
            self.municipality.currentData() or "",
            from_qdate(self.answered_on.date()),
            Setting(self.setting.currentData()),
            answers,
        )
        try:
            saved = self.book.save_answer_sets(questionnaire.id, [answer_set])
        except UserFacingError as error:
            self._refused(error.message)
            return None
        for field in self.fields:
            field.clear()
        self.problem.hide()
        self._show_waiting()
        return saved

    def _refused(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
