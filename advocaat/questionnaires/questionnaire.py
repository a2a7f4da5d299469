"""A questionnaire of the national office and the answers volunteers gather for it.

Both are readable JSON files (docs/file-formats.md): the office writes a questionnaire
(resources/schemas/questionnaire-1.schema.json) and ships it in its profile; a volunteer types the
answers gathered on paper into an answers file (questionnaire-answers-1.schema.json). The readers
are functions over bytes with size limits and typed errors. An answer set carries no names: where,
when, in what setting, and what was answered.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, cast

from advocaat.core.schemas import SchemaError, load_json, stripped, validate
from advocaat.errors import UserFacingError
from advocaat.i18n import N_, _

FORMAT = 1
SCHEMA = "questionnaire"
MAX_QUESTIONNAIRE_BYTES = 200_000
MAX_VALUES = 400_000
DEFAULT_TEXT_LENGTH = 500
"""The longest text answer when the question does not say."""


class QuestionnaireError(UserFacingError):
    """A questionnaire or answers file that cannot be used; nothing of it is taken over."""


class Kind(StrEnum):
    CHOICE = "choice"
    NUMBER = "number"
    TEXT = "text"


class Setting(StrEnum):
    """Where the answers were gathered."""

    PANEL = "panel"
    CAFE = "cafe"
    HUISKAMER = "huiskamer"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _(_SETTING_LABELS[self])


_SETTING_LABELS = {
    Setting.PANEL: N_("panel"),
    Setting.CAFE: N_("café"),
    Setting.HUISKAMER: N_("huiskamergesprek"),
    Setting.OTHER: N_("other"),
}


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    kind: Kind
    choices: tuple[str, ...] = ()
    multiple: bool = False
    minimum: float | None = None
    maximum: float | None = None
    max_length: int = DEFAULT_TEXT_LENGTH


@dataclass(frozen=True)
class Questionnaire:
    id: str
    title: str
    starts: date
    ends: date
    questions: tuple[Question, ...]

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)


Answer = tuple[str, ...] | float | str
"""The chosen choices, a number or a short text."""


@dataclass(frozen=True)
class AnswerSet:
    """What one member answered; ``municipality`` as written (a name or a CBS code)."""

    municipality: str
    answered_on: date
    setting: Setting
    answers: Mapping[str, Answer]


def _question(document: dict[str, Any]) -> Question:
    return Question(
        id=document["id"],
        text=document["text"],
        kind=Kind(document["kind"]),
        choices=tuple(document.get("choices") or ()),
        multiple=bool(document.get("multiple")),
        minimum=document.get("min"),
        maximum=document.get("max"),
        max_length=document.get("max_length") or DEFAULT_TEXT_LENGTH,
    )


def questionnaire_from_document(document: dict[str, Any]) -> Questionnaire:
    """A questionnaire from its document, already validated and stripped; what the schema cannot
    say (the order of dates and bounds, ids and choices each once) is checked here."""
    questionnaire = Questionnaire(
        id=document["id"],
        title=document["title"],
        starts=date.fromisoformat(document["period"]["from"]),
        ends=date.fromisoformat(document["period"]["to"]),
        questions=tuple(_question(item) for item in document["questions"]),
    )
    if questionnaire.ends < questionnaire.starts:
        raise QuestionnaireError(
            _("The questionnaire {id} ends before it starts.").format(id=questionnaire.id)
        )
    ids = [question.id for question in questionnaire.questions]
    if len(set(ids)) != len(ids):
        raise QuestionnaireError(
            _("The questionnaire {id} has two questions with the same id.").format(
                id=questionnaire.id
            )
        )
    for question in questionnaire.questions:
        low, high = question.minimum, question.maximum
        if len(set(question.choices)) != len(question.choices) or (
            low is not None and high is not None and high < low
        ):
            raise QuestionnaireError(
                _("The question {question} has a choice twice, or a maximum below its minimum.")
                .format(question=question.id)
            )  # fmt: skip
    return questionnaire


def questionnaire_to_document(questionnaire: Questionnaire) -> dict[str, object]:
    """The document :func:`questionnaire_from_document` reads back to the same questionnaire."""
    questions: list[dict[str, object]] = []
    for question in questionnaire.questions:
        item: dict[str, object] = {"id": question.id, "text": question.text, "kind": question.kind}
        if question.kind is Kind.CHOICE:
            item |= {"choices": list(question.choices), "multiple": question.multiple}
        elif question.kind is Kind.NUMBER:
            bounds = {"min": question.minimum, "max": question.maximum}
            item |= {key: value for key, value in bounds.items() if value is not None}
        else:
            item["max_length"] = question.max_length
        questions.append(item)
    return {
        "format": FORMAT,
        "id": questionnaire.id,
        "title": questionnaire.title,
        "period": {"from": questionnaire.starts.isoformat(), "to": questionnaire.ends.isoformat()},
        "questions": questions,
    }


def read_document(data: bytes, max_bytes: int, schema: str, what: str) -> dict[str, Any]:
    """A questionnaire or answers file, validated against its schema; one sentence if not."""
    document = load_json(
        data,
        max_bytes=max_bytes,
        max_values=MAX_VALUES,
        refuse=lambda: QuestionnaireError(
            _("The {what} is too large or not JSON.").format(what=_(what))
        ),
    )
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise QuestionnaireError(_("The {what} has a format this app does not know.").format(
            what=_(what)))  # fmt: skip
    try:
        validate(document, schema, FORMAT)
    except SchemaError as error:
        raise QuestionnaireError(
            _("The {what} is incomplete or invalid (at {field}).").format(
                what=_(what), field=error.where
            )
        ) from error
    return cast(dict[str, Any], stripped(document))


def read_questionnaire(data: bytes) -> Questionnaire:
    """A questionnaire from its JSON file (format 1)."""
    document = read_document(data, MAX_QUESTIONNAIRE_BYTES, SCHEMA, N_("questionnaire file"))
    return questionnaire_from_document(document)
