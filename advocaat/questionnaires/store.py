"""The questionnaires and answer sets kept in the database, on the laptop and at the office.

A volunteer receives questionnaires in the profile and enters answer sets; every text answer is
read by the privacy guard first (``findings``, passed in by the caller: the guard lives beside
this package, in :mod:`advocaat.signals`), and an answer set with a finding is refused whole, as
nothing in it can be confirmed the way a signal's finding can. Answer sets travel in the export
as :func:`export_record` writes them; the office keeps them per sender and ``uid``, so a file
taken in twice adds nothing twice.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from advocaat.db.models import Municipality, table_of
from advocaat.db.questionnaire_tables import (
    AnswerSetRecord,
    ReceivedAnswer,
    ReceivedAnswerSet,
    StoredQuestionnaire,
)
from advocaat.i18n import _
from advocaat.organisation.municipalities import resolve_municipality
from advocaat.questionnaires.questionnaire import (
    Answer,
    AnswerSet,
    Questionnaire,
    QuestionnaireError,
    Setting,
    questionnaire_from_document,
    questionnaire_to_document,
)

Findings = Callable[[str], Sequence[str]]
"""The privacy guard's findings in a text, each described in one phrase."""


def _stored(row: StoredQuestionnaire) -> Questionnaire:
    return questionnaire_from_document(json.loads(row.document))


def store_questionnaire(session: Session, questionnaire: Questionnaire) -> bool:
    """Keep a questionnaire (received in a profile, or defined at the office); one with the same
    id is replaced. True when it is new."""
    row = session.scalar(
        select(StoredQuestionnaire).where(StoredQuestionnaire.uid == questionnaire.id)
    )
    new = row is None
    if row is None:
        row = StoredQuestionnaire(uid=questionnaire.id)
        session.add(row)
    row.title = questionnaire.title
    row.starts_on, row.ends_on = questionnaire.starts, questionnaire.ends
    row.document = json.dumps(questionnaire_to_document(questionnaire), ensure_ascii=False)
    row.stored_at = datetime.now()
    session.flush()
    return new


def stored_questionnaires(session: Session) -> list[Questionnaire]:
    """Every questionnaire kept, the newest period first."""
    query = select(StoredQuestionnaire).order_by(
        StoredQuestionnaire.starts_on.desc(), StoredQuestionnaire.uid
    )
    return [_stored(row) for row in session.scalars(query)]


def _row(session: Session, uid: str) -> StoredQuestionnaire:
    row = session.scalar(select(StoredQuestionnaire).where(StoredQuestionnaire.uid == uid.strip()))
    if row is None:
        raise QuestionnaireError(_("There is no questionnaire {id}.").format(id=uid))
    return row


def find_questionnaire(session: Session, uid: str) -> Questionnaire:
    return _stored(_row(session, uid))


def answer_counts(session: Session, received: bool) -> dict[str, int]:
    """Answer sets per questionnaire id: entered here, or (``received``) taken in from senders."""
    if received:
        query = select(ReceivedAnswerSet.questionnaire_uid, func.count()).group_by(
            ReceivedAnswerSet.questionnaire_uid
        )
    else:
        query = (
            select(StoredQuestionnaire.uid, func.count())
            .join(AnswerSetRecord, AnswerSetRecord.questionnaire_id == StoredQuestionnaire.id)
            .group_by(StoredQuestionnaire.uid)
        )
    return {str(uid): int(count) for uid, count in session.execute(query).all()}


def _guarded(answers: Mapping[str, Answer], findings: Findings) -> str | None:
    """The first finding in a text answer, described, or ``None``."""
    for answer in answers.values():
        if isinstance(answer, str):
            found = findings(answer)
            if found:
                return found[0]
    return None


def _json_answers(answers: Mapping[str, Answer]) -> str:
    return json.dumps(
        {key: list(value) if isinstance(value, tuple) else value for key, value in answers.items()},
        ensure_ascii=False,
    )


def save_answer_sets(
    session: Session, questionnaire_id: str, sets: Sequence[AnswerSet], findings: Findings
) -> int:
    """Keep answer sets already checked against their questionnaire; all or nothing. A set
    whose municipality is unknown or whose text holds likely personal data is refused."""
    row = _row(session, questionnaire_id)
    records = []
    for number, answer_set in enumerate(sets, start=1):
        municipality = resolve_municipality(session, answer_set.municipality)
        found = _guarded(answer_set.answers, findings)
        if found:
            raise QuestionnaireError(
                _(
                    "Answer set {number}: a text seems to hold personal data of a member"
                    " ({finding}). Remove it; nothing was taken over."
                ).format(number=number, finding=found)
            )
        records.append(
            AnswerSetRecord(
                uid=uuid.uuid4().urn,
                questionnaire_id=row.id,
                municipality_code=municipality.cbs_code,
                answered_on=answer_set.answered_on,
                setting=answer_set.setting.value,
                answers=_json_answers(answer_set.answers),
            )
        )
    session.add_all(records)
    session.flush()
    return len(records)


# -- travelling in the export ----------------------------------------------------------------


def unexported(session: Session, full: bool) -> list[AnswerSetRecord]:
    """The answer sets an export carries: those not sent yet, or all of them."""
    query = select(AnswerSetRecord).order_by(AnswerSetRecord.id)
    if not full:
        query = query.where(AnswerSetRecord.exported_at.is_(None))
    return list(session.scalars(query))


def mark_exported(session: Session, records: Iterable[AnswerSetRecord]) -> None:
    now = datetime.now()
    for record in records:
        record.exported_at = now


def export_record(session: Session, record: AnswerSetRecord) -> dict[str, object]:
    """An answer set as the export carries it: each answer a list item, so that every field has
    one fixed path for the export's privacy check."""
    questionnaire = session.get(StoredQuestionnaire, record.questionnaire_id)
    municipality = session.get(Municipality, record.municipality_code)
    answers: list[dict[str, object]] = []
    for question, value in json.loads(record.answers).items():
        kind = "choices" if isinstance(value, list) else "text" if isinstance(value, str) else None
        answers.append({"question": question, kind or "number": value})
    return {
        "uid": record.uid,
        "questionnaire": questionnaire.uid if questionnaire else "",
        "municipality": record.municipality_code,
        "municipality_name": municipality.name if municipality else "",
        "date": record.answered_on.isoformat(),
        "setting": record.setting,
        "answers": answers,
    }


@dataclass(frozen=True)
class IncomingAnswerSet:
    """An answer set as the office reads it from an export file."""

    uid: str
    questionnaire: str
    municipality: str
    municipality_name: str
    answered_on: date
    setting: str
    answers: Mapping[str, Answer]


def incoming_answer_set(record: Mapping[str, Any]) -> IncomingAnswerSet:
    """One record of an export file, validated by its schema already."""
    answers: dict[str, Answer] = {}
    for item in record["answers"]:
        if "choices" in item:
            answers[item["question"]] = tuple(item["choices"])
        elif "number" in item:
            answers[item["question"]] = item["number"]
        elif "text" in item:
            answers[item["question"]] = item["text"]
    return IncomingAnswerSet(
        uid=record["uid"],
        questionnaire=record["questionnaire"],
        municipality=record.get("municipality") or "",
        municipality_name=record["municipality_name"],
        answered_on=date.fromisoformat(record["date"]),
        setting=record["setting"] if record["setting"] in set(Setting) else Setting.OTHER.value,
        answers=answers,
    )


def _answer_rows(set_id: int, answers: Mapping[str, Answer]) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for question, value in answers.items():
        base = {"answer_set_id": set_id, "question_id": question, "choice": None, "number": None}
        base["text"] = None
        if isinstance(value, tuple):
            rows += [base | {"choice": choice} for choice in value]
        elif isinstance(value, str):
            rows.append(base | {"text": value})
        else:
            rows.append(base | {"number": value})
    return rows


def merge_answer_sets(
    session: Session, sender_id: int, sets: Sequence[IncomingAnswerSet], codes: set[str]
) -> int:
    """Take in a sender's answer sets; one known by its ``uid`` already stays as it is (a set is
    never changed once entered). Returns how many were new."""
    if not sets:
        return 0
    known = set(
        session.scalars(
            select(ReceivedAnswerSet.uid).where(
                ReceivedAnswerSet.sender_id == sender_id,
                ReceivedAnswerSet.uid.in_([s.uid for s in sets]),
            )
        )
    )
    fresh = list({s.uid: s for s in sets if s.uid not in known}.values())
    if not fresh:
        return 0
    rows = [
        {
            "sender_id": sender_id,
            "uid": s.uid,
            "questionnaire_uid": s.questionnaire,
            "municipality_code": s.municipality if s.municipality in codes else None,
            "municipality_name": s.municipality_name,
            "answered_on": s.answered_on,
            "setting": s.setting,
            "received_at": datetime.now(),
        }
        for s in fresh
    ]
    sets_table = table_of(ReceivedAnswerSet)
    returned = session.execute(
        insert(sets_table).returning(sets_table.c.uid, sets_table.c.id), rows
    )
    ids = {row.uid: row.id for row in returned}
    answers = [row for s in fresh for row in _answer_rows(ids[s.uid], s.answers)]
    if answers:
        session.execute(insert(table_of(ReceivedAnswer)), answers)
    return len(fresh)
