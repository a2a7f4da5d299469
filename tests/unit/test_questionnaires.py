"""The questionnaire formats: every rule of the reader, its limits under hypothesis, the answers
checked against their questions, the privacy guard on every text answer, and the results."""

from __future__ import annotations

import contextlib
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from advocaat.db.office_tables import Sender
from advocaat.questionnaires.answers import read_answers
from advocaat.questionnaires.questionnaire import (
    MAX_QUESTIONNAIRE_BYTES,
    AnswerSet,
    QuestionnaireError,
    Setting,
    questionnaire_from_document,
    questionnaire_to_document,
    read_questionnaire,
)
from advocaat.questionnaires.results import questionnaire_results, results_document
from advocaat.questionnaires.store import (
    export_record,
    incoming_answer_set,
    merge_answer_sets,
    save_answer_sets,
    store_questionnaire,
    unexported,
)

pytestmark = pytest.mark.usefixtures("english")
EXAMPLES = Path(__file__).parents[2] / "docs" / "examples"
EXAMPLE = (EXAMPLES / "questionnaire.json").read_bytes()
ANSWERS = (EXAMPLES / "questionnaire-answers.json").read_bytes()


def example() -> dict[str, Any]:
    return json.loads(EXAMPLE)


def test_the_example_reads_and_writes_back_unchanged() -> None:
    questionnaire = read_questionnaire(EXAMPLE)
    assert [q.kind.value for q in questionnaire.questions] == [
        "choice", "choice", "number", "choice", "text"
    ]  # fmt: skip
    again = questionnaire_from_document(questionnaire_to_document(questionnaire))  # type: ignore[arg-type]
    assert again == questionnaire
    sets = read_answers(ANSWERS, questionnaire)
    assert [s.setting for s in sets] == [Setting.PANEL, Setting.PANEL, Setting.CAFE,
                                         Setting.HUISKAMER]  # fmt: skip
    assert sets[0].answers["vervoer"] == ("regiotaxi", "familie of vrienden")


def broken(change: str) -> dict[str, Any]:
    document = example()
    questions = document["questions"]
    if change == "period":
        document["period"] = {"from": "2026-12-31", "to": "2026-01-01"}
    elif change == "twice":
        questions[1]["id"] = questions[0]["id"]
    elif change == "choice-twice":
        questions[0]["choices"] = ["ja", "ja"]
    elif change == "bounds":
        questions[2] |= {"min": 10, "max": 1}
    elif change == "no-choices":
        del questions[0]["choices"]
    elif change == "kind":
        questions[0]["kind"] = "slider"
    elif change == "id":
        document["id"] = "Met Spaties"
    elif change == "format":
        document["format"] = 2
    return document


@pytest.mark.parametrize(
    "change", ["period", "twice", "choice-twice", "bounds", "no-choices", "kind", "id", "format"]
)
def test_every_rule_of_a_questionnaire_refuses_in_one_sentence(change: str) -> None:
    with pytest.raises(QuestionnaireError):
        read_questionnaire(json.dumps(broken(change)).encode())


def test_a_questionnaire_too_large_is_refused_before_it_is_read() -> None:
    with pytest.raises(QuestionnaireError, match="too large"):
        read_questionnaire(b" " * (MAX_QUESTIONNAIRE_BYTES + 1))


@settings(deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_questionnaire_or_its_error(data: bytes) -> None:
    with contextlib.suppress(QuestionnaireError):
        read_questionnaire(data)


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.dictionaries(st.sampled_from(["vervoer", "op-tijd", "ritten", "toelichting", "x"]),
                       st.one_of(st.none(), st.text(max_size=30), st.integers(-5, 300),
                                 st.lists(st.text(max_size=10), max_size=3))))  # fmt: skip
def test_any_answers_give_answer_sets_or_their_error(answers: dict[str, object]) -> None:
    data = json.dumps({"format": 1, "answer_sets": [
        {"municipality": "Zwolle", "date": "2026-10-01", "setting": "cafe", "answers": answers}
    ]}).encode()  # fmt: skip
    with contextlib.suppress(QuestionnaireError):
        read_answers(data, read_questionnaire(EXAMPLE))


@pytest.mark.parametrize(
    ("answers", "reason"),
    [
        ({"op-tijd": ["ja", "nee"]}, "takes one choice"),
        ({"vervoer": ["fiets"]}, "is not a choice"),
        ({"ritten": 201}, "out of its range"),
        ({"ritten": "acht"}, "takes a number"),
        ({"toelichting": 5}, "takes a short text"),
        ({"toelichting": "x" * 501}, "too long"),
        ({"onbekend": "ja"}, "not a question"),
        ({"ritten": None}, "answers no question"),
    ],
)
def test_every_answer_rule_refuses_the_whole_file(answers: dict[str, object], reason: str) -> None:
    good = {
        "municipality": "Zwolle",
        "date": "2026-10-01",
        "setting": "cafe",
        "answers": {"ritten": 1},
    }
    wrong = good | {"answers": answers}
    data = json.dumps({"format": 1, "answer_sets": [good, wrong]}).encode()
    with pytest.raises(QuestionnaireError, match=f"Answer set 2: .*{reason}"):
        read_answers(data, read_questionnaire(EXAMPLE))


def test_an_answer_outside_the_period_is_refused() -> None:
    data = json.dumps({"format": 1, "answer_sets": [
        {"municipality": "Zwolle", "date": "2027-01-01", "setting": "cafe",
         "answers": {"ritten": 1}}
    ]}).encode()  # fmt: skip
    with pytest.raises(QuestionnaireError, match="outside the period"):
        read_answers(data, read_questionnaire(EXAMPLE))


def test_a_text_answer_with_personal_data_is_refused(session: Session) -> None:
    questionnaire = read_questionnaire(EXAMPLE)
    store_questionnaire(session, questionnaire)
    leaking = AnswerSet(
        "Zwolle", date(2026, 10, 1), Setting.CAFE, {"toelichting": "Bel 06-12345678"}
    )

    def guard(text: str) -> list[str]:
        return ["phone number: 06-12345678"] if "06-" in text else []

    clean = AnswerSet("Zwolle", date(2026, 10, 1), Setting.CAFE, {"toelichting": "Vaker rijden"})
    with pytest.raises(
        QuestionnaireError, match="Answer set 2: a text seems to hold personal data"
    ):
        save_answer_sets(session, questionnaire.id, [clean, leaking], guard)
    assert unexported(session, full=True) == []


def test_answer_sets_travel_and_are_counted_once(session: Session) -> None:
    questionnaire = read_questionnaire(EXAMPLE)
    store_questionnaire(session, questionnaire)
    assert save_answer_sets(session, questionnaire.id, read_answers(ANSWERS, questionnaire),
                            lambda _text: []) == 4  # fmt: skip
    incoming = [incoming_answer_set(export_record(session, r)) for r in unexported(session, False)]
    sender = Sender(sender_uid="urn:uuid:1", name="Afdeling Zwolle", signing_key="k", recipient="r")
    session.add(sender)
    session.flush()
    assert merge_answer_sets(session, sender.id, incoming, {"GM0193", "GM0166"}) == 4
    assert merge_answer_sets(session, sender.id, incoming, {"GM0193", "GM0166"}) == 0
    document = results_document(questionnaire_results(session, questionnaire.id))
    assert document["answer_sets"] == 4
    questions = {q["id"]: q for q in document["questions"]}  # type: ignore[attr-defined]
    assert questions["ritten"]["overall"] == {"answered": 3, "mean": 20 / 3, "median": 8}
    assert set(questions["vervoer"]["municipalities"]) == {"Kampen", "Zwolle"}
