"""The office's results of a questionnaire: per question, overall and per municipality.

A choice question counts each choice (a member who chose several counts for each); a number
question gives how many answered, the mean and the median; a text question lists the texts.
The answers are read in one query over the indexed answer sets of the questionnaire.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advocaat.db.questionnaire_tables import ReceivedAnswer, ReceivedAnswerSet
from advocaat.i18n import _
from advocaat.questionnaires.questionnaire import Kind, Question, Questionnaire
from advocaat.questionnaires.store import find_questionnaire


@dataclass(frozen=True)
class Tally:
    """The answers to one question in one place."""

    answered: int
    choices: tuple[tuple[str, int], ...] = ()
    """Every choice of the question with its count, in the question's order."""
    mean: float | None = None
    median: float | None = None
    texts: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuestionResult:
    question: Question
    overall: Tally
    municipalities: tuple[tuple[str, Tally], ...]
    """Per municipality name, alphabetically."""


@dataclass(frozen=True)
class Results:
    questionnaire: Questionnaire
    answer_sets: int
    questions: tuple[QuestionResult, ...]


_Rows = list[tuple[int, str | None, float | None, str | None]]
"""(answer set, choice, number, text) of one question."""


def _tally(question: Question, rows: _Rows) -> Tally:
    answered = len({row[0] for row in rows})
    if question.kind is Kind.CHOICE:
        counted = Counter(row[1] for row in rows)
        return Tally(answered, choices=tuple((c, counted[c]) for c in question.choices))
    if question.kind is Kind.NUMBER:
        numbers = [row[2] for row in rows if row[2] is not None]
        if not numbers:
            return Tally(answered)
        return Tally(answered, mean=statistics.fmean(numbers), median=statistics.median(numbers))
    return Tally(answered, texts=tuple(row[3] for row in rows if row[3]))


def questionnaire_results(session: Session, uid: str) -> Results:
    """The results of the questionnaire the office defined as ``uid``."""
    questionnaire = find_questionnaire(session, uid)
    sets = select(ReceivedAnswerSet.id).where(ReceivedAnswerSet.questionnaire_uid == uid.strip())
    count = session.scalar(select(func.count()).select_from(sets.subquery())) or 0
    query = (
        select(
            ReceivedAnswerSet.municipality_name,
            ReceivedAnswer.question_id,
            ReceivedAnswer.answer_set_id,
            ReceivedAnswer.choice,
            ReceivedAnswer.number,
            ReceivedAnswer.text,
        )
        .join(ReceivedAnswer, ReceivedAnswer.answer_set_id == ReceivedAnswerSet.id)
        .where(ReceivedAnswerSet.questionnaire_uid == uid.strip())
        .order_by(ReceivedAnswerSet.answered_on, ReceivedAnswer.id)
    )
    overall: dict[str, _Rows] = defaultdict(list)
    local: dict[tuple[str, str], _Rows] = defaultdict(list)
    for place, question_id, set_id, choice, number, text in session.execute(query):
        row = (set_id, choice, number, text)
        overall[question_id].append(row)
        local[(question_id, place or _("unknown"))].append(row)
    places = sorted({place for _question, place in local})
    questions = tuple(
        QuestionResult(
            question,
            _tally(question, overall[question.id]),
            tuple(
                (place, _tally(question, local[(question.id, place)]))
                for place in places
                if (question.id, place) in local
            ),
        )
        for question in questionnaire.questions
    )
    return Results(questionnaire, count, questions)


def _tally_document(tally: Tally, kind: Kind) -> dict[str, object]:
    document: dict[str, object] = {"answered": tally.answered}
    if kind is Kind.CHOICE:
        document["choices"] = dict(tally.choices)
    elif kind is Kind.NUMBER:
        document |= {"mean": tally.mean, "median": tally.median}
    else:
        document["texts"] = list(tally.texts)
    return document


def results_document(results: Results) -> dict[str, object]:
    """The results as JSON, for scripts."""
    questionnaire = results.questionnaire
    return {
        "questionnaire": questionnaire.id,
        "title": questionnaire.title,
        "answer_sets": results.answer_sets,
        "questions": [
            {
                "id": item.question.id,
                "text": item.question.text,
                "kind": item.question.kind.value,
                "overall": _tally_document(item.overall, item.question.kind),
                "municipalities": {
                    place: _tally_document(tally, item.question.kind)
                    for place, tally in item.municipalities
                },
            }
            for item in results.questions
        ],
    }


def _tally_rows(tally: Tally, kind: Kind) -> list[tuple[str, object]]:
    rows: list[tuple[str, object]] = [(_("answered"), tally.answered)]
    if kind is Kind.CHOICE:
        rows += list(tally.choices)
    elif kind is Kind.NUMBER:
        rows += [(_("mean"), _rounded(tally.mean)), (_("median"), _rounded(tally.median))]
    else:
        rows += [(_("text"), text) for text in tally.texts]
    return rows


def _rounded(value: float | None) -> object:
    return "" if value is None else round(value, 2)


def result_rows(results: Results) -> list[tuple[str, str, str, object]]:
    """The results as a table: question, municipality (first all of them), answer, value."""
    everywhere = _("all municipalities")
    rows: list[tuple[str, str, str, object]] = []
    for item in results.questions:
        kind = item.question.kind
        for place, tally in [(everywhere, item.overall), *item.municipalities]:
            rows += [(item.question.id, place, a, v) for a, v in _tally_rows(tally, kind)]
    return rows


def result_header() -> tuple[str, str, str, str]:
    return (_("question"), _("municipality"), _("answer"), _("value"))
