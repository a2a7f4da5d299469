"""The office's questionnaires for the GUI and the CLI: defined at the office, answered by the
volunteers, counted at the office. Each call one unit of work, plain values in and out."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from advocaat.app.workspace import Workspace
from advocaat.core.files import read_file_safely, write_file_safely
from advocaat.core.spreadsheet import csv_text
from advocaat.i18n import _
from advocaat.office.questionnaire_workbook import results_workbook
from advocaat.questionnaires import store
from advocaat.questionnaires.answers import MAX_ANSWERS_BYTES, read_answers
from advocaat.questionnaires.questionnaire import (
    MAX_QUESTIONNAIRE_BYTES,
    AnswerSet,
    Questionnaire,
    QuestionnaireError,
    read_questionnaire,
)
from advocaat.questionnaires.results import (
    Results,
    questionnaire_results,
    result_header,
    result_rows,
    results_document,
)
from advocaat.signals.service import privacy_guard

RESULT_FORMATS = ("text", "csv", "xlsx", "json")


@dataclass(frozen=True)
class QuestionnaireLine:
    id: str
    title: str
    starts: date
    ends: date
    questions: int
    answer_sets: int
    """Entered here (volunteer) or received (office)."""


class QuestionnaireBook:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def define(self, path: Path) -> tuple[Questionnaire, bool]:
        """The office takes a questionnaire from its file (replacing one with the same id); it
        goes out with the next profile. True when it is new."""
        data = read_file_safely(
            path, MAX_QUESTIONNAIRE_BYTES, _("{file} is too large to be a questionnaire.")
        )
        questionnaire = read_questionnaire(data)
        with self._workspace.session() as session:
            return questionnaire, store.store_questionnaire(session, questionnaire)

    def lines(self, *, received: bool) -> list[QuestionnaireLine]:
        """Every questionnaire with its answer sets: received from senders (the office) or
        entered here (a volunteer)."""
        with self._workspace.session() as session:
            counts = store.answer_counts(session, received)
            return [
                QuestionnaireLine(
                    q.id, q.title, q.starts, q.ends, len(q.questions), counts.get(q.id, 0)
                )
                for q in store.stored_questionnaires(session)
            ]

    def questionnaire(self, uid: str) -> Questionnaire:
        with self._workspace.session() as session:
            return store.find_questionnaire(session, uid)

    def save_answer_sets(self, uid: str, sets: list[AnswerSet]) -> int:
        """Keep answer sets for questionnaire ``uid``, every text read by the privacy guard;
        all or nothing."""
        with self._workspace.session() as session:
            guard = privacy_guard(session)

            def findings(text: str) -> list[str]:
                return [f"{found.kind.label}: {found.text}" for found in guard.findings(text)]

            return store.save_answer_sets(session, uid, sets, findings)

    def waiting(self) -> int:
        """How many answer sets entered here the next export carries."""
        with self._workspace.session() as session:
            return len(store.unexported(session, full=False))

    def answer_from_file(self, uid: str, path: Path) -> int:
        """The answer sets of an answers file, gathered on paper, for questionnaire ``uid``."""
        questionnaire = self.questionnaire(uid)
        data = read_file_safely(path, MAX_ANSWERS_BYTES, _("{file} is too large to be answers."))
        return self.save_answer_sets(questionnaire.id, read_answers(data, questionnaire))

    def results(self, uid: str) -> Results:
        with self._workspace.session() as session:
            return questionnaire_results(session, uid)

    def results_file(self, uid: str, kind: str) -> bytes:
        """The results as a .csv, .xlsx or .json file."""
        results = self.results(uid)
        if kind == "xlsx":
            return results_workbook(results)
        if kind == "csv":
            return csv_text(result_header(), result_rows(results)).encode("utf-8")
        if kind == "json":
            document = results_document(results)
            return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        raise QuestionnaireError(_("{format} is not a format of the results.").format(format=kind))

    def write_results(self, uid: str, kind: str, path: Path) -> None:
        write_file_safely(path, self.results_file(uid, kind))
