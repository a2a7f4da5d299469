"""The answers a volunteer gathered on paper, entered from a file (format 1): each answer set
checked against its questionnaire, the whole file taken or refused."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import cast

from advocaat.i18n import N_, _
from advocaat.questionnaires.questionnaire import (
    FORMAT,
    Answer,
    AnswerSet,
    Kind,
    Question,
    Questionnaire,
    QuestionnaireError,
    Setting,
    read_document,
)

SCHEMA = "questionnaire-answers"
MAX_ANSWERS_BYTES = 5_000_000
__all__ = ["FORMAT", "MAX_ANSWERS_BYTES", "SCHEMA", "checked_answers", "read_answers"]


def _refused(number: int, reason: str) -> QuestionnaireError:
    return QuestionnaireError(
        _("Answer set {number}: {reason} Nothing was taken over.").format(
            number=number, reason=reason
        )
    )


def _answer(question: Question, value: object) -> Answer | None:
    """The answer in its own type, ``None`` for one left open; a wrong one raises ValueError
    with the reason."""
    if value is None or value in ("", []):
        return None
    if question.kind is Kind.CHOICE:
        chosen = tuple(value) if isinstance(value, list) else (value,)
        if len(chosen) > 1 and not question.multiple:
            raise ValueError(
                _("question {question} takes one choice.").format(question=question.id)
            )
        wrong = [item for item in chosen if item not in question.choices]
        if wrong:
            raise ValueError(_("{value} is not a choice of question {question}.").format(
                value=wrong[0], question=question.id))  # fmt: skip
        return tuple(dict.fromkeys(cast(tuple[str, ...], chosen)))
    if question.kind is Kind.NUMBER:
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise ValueError(_("question {question} takes a number.").format(question=question.id))
        if (question.minimum is not None and value < question.minimum) or (
            question.maximum is not None and value > question.maximum
        ):
            raise ValueError(_("the number for question {question} is out of its range.").format(
                question=question.id))  # fmt: skip
        return value
    if not isinstance(value, str):
        raise ValueError(_("question {question} takes a short text.").format(question=question.id))
    if len(value) > question.max_length:
        raise ValueError(_("the text for question {question} is too long.").format(
            question=question.id))  # fmt: skip
    return value


def checked_answers(questionnaire: Questionnaire, raw: Mapping[str, object]) -> dict[str, Answer]:
    """The answers of one set, each checked against its question; ValueError with the reason
    for an unknown question, a wrong answer or none at all."""
    answers: dict[str, Answer] = {}
    for question_id, value in raw.items():
        question = questionnaire.question(question_id)
        if question is None:
            raise ValueError(_("{question} is not a question of this questionnaire.").format(
                question=question_id))  # fmt: skip
        answer = _answer(question, value)
        if answer is not None:
            answers[question_id] = answer
    if not answers:
        raise ValueError(_("it answers no question."))
    return answers


def read_answers(data: bytes, questionnaire: Questionnaire) -> list[AnswerSet]:
    """The answer sets of an answers file (format 1), each checked against ``questionnaire``;
    all or nothing."""
    document = read_document(data, MAX_ANSWERS_BYTES, SCHEMA, N_("answers file"))
    sets: list[AnswerSet] = []
    for number, item in enumerate(document["answer_sets"], start=1):
        answered_on = date.fromisoformat(item["date"])
        if not questionnaire.starts <= answered_on <= questionnaire.ends:
            raise _refused(number, _("its date is outside the period of the questionnaire."))
        try:
            answers = checked_answers(questionnaire, item["answers"])
        except ValueError as error:
            raise _refused(number, str(error)) from error
        sets.append(AnswerSet(item["municipality"], answered_on, Setting(item["setting"]), answers))
    return sets
