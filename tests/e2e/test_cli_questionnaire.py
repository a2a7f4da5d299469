"""The questionnaire's whole round trip through the real commands, with the example files of
docs/examples as they are: the office defines it, ships it in the profile, a volunteer enters
the answers gathered on paper, exports, and the office counts them."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook
from test_cli_office_import import make_office, make_volunteer, ok, run

EXAMPLES = Path(__file__).parents[2] / "docs" / "examples"
QUESTIONNAIRE = EXAMPLES / "questionnaire.json"
ANSWERS = EXAMPLES / "questionnaire-answers.json"
ID = "vervoer-eigen-bijdrage-2026"


def test_questionnaire_round_trip(tmp_path: Path) -> None:
    office, _first_profile = make_office(tmp_path)
    defined = ok(
        run(*office, "office", "questionnaire", "define", str(QUESTIONNAIRE), cwd=tmp_path)
    )
    assert f"Questionnaire {ID} defined" in defined
    profile = tmp_path / "met-uitvraag.advocaat-profiel"
    ok(run(*office, "office", "profile", "--output", str(profile), cwd=tmp_path))

    volunteer = make_volunteer(tmp_path, "Afdeling Zwolle", "GM0193", profile)
    listed = json.loads(ok(run(*volunteer, "questionnaire", "list", "--format", "json",
                               cwd=tmp_path)))  # fmt: skip
    assert listed == [{"id": ID, "title": "Vervoer en de eigen bijdrage in de Wmo",
                       "from": "2026-09-01", "to": "2026-12-31", "questions": 5,
                       "answer_sets": 0}]  # fmt: skip
    entered = ok(run(*volunteer, "questionnaire", "answer", ID, "--from", str(ANSWERS),
                     cwd=tmp_path))  # fmt: skip
    assert "4 answer sets entered" in entered
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    exported = ok(run(*volunteer, "signals", "export", "--output", str(inbox), cwd=tmp_path))
    assert "4 answer sets went along." in exported
    again = ok(run(*volunteer, "signals", "export", "--output", str(inbox), cwd=tmp_path))
    assert "no file was written" in again  # every answer set went out once
    assert len(list(inbox.iterdir())) == 1

    refused = run(*office, "office", "import", str(inbox), cwd=tmp_path)
    assert "sends for the first time" in refused.stdout
    key = ok(run(*office, "office", "senders", cwd=tmp_path)).splitlines()[0].split("\t")[0]
    ok(run(*office, "office", "accept", key, cwd=tmp_path))
    ok(run(*office, "office", "import", str(inbox), cwd=tmp_path))

    counted = json.loads(ok(run(*office, "office", "questionnaire", "list", "--format", "json",
                                cwd=tmp_path)))  # fmt: skip
    assert counted[0]["answer_sets"] == 4
    results = json.loads(ok(run(*office, "office", "questionnaire", "results", ID, "--format",
                                "json", cwd=tmp_path)))  # fmt: skip
    assert results["answer_sets"] == 4
    by_id = {question["id"]: question for question in results["questions"]}
    assert by_id["vervoer"]["overall"] == {
        "answered": 4,
        "choices": {"regiotaxi": 2, "eigen auto": 1, "scootmobiel": 1, "openbaar vervoer": 1,
                    "familie of vrienden": 1},
    }  # fmt: skip
    assert by_id["op-tijd"]["municipalities"]["Kampen"]["choices"]["nee"] == 1
    assert by_id["ritten"]["overall"] == {"answered": 3, "mean": 20 / 3, "median": 8}
    assert by_id["ritten"]["municipalities"]["Zwolle"] == {"answered": 1, "mean": 8, "median": 8}
    assert by_id["toelichting"]["overall"]["texts"] == [
        "Een vaste chauffeur en een belletje als de taxi later komt.",
        "De scootmobiel mag niet mee in de bus.",
        "Meer bankjes bij de bushalte.",
    ]
    assert by_id["eigen-bijdrage"]["overall"]["choices"] == {"ja": 2, "nee": 1, "weet ik niet": 1}

    csv_file, xlsx_file = tmp_path / "uitvraag.csv", tmp_path / "uitvraag.xlsx"
    for kind, target in (("csv", csv_file), ("xlsx", xlsx_file)):
        ok(run(*office, "office", "questionnaire", "results", ID, "--format", kind, "--output",
               str(target), cwd=tmp_path))  # fmt: skip
    assert "vervoer,all municipalities,regiotaxi,2" in csv_file.read_text(encoding="utf-8")
    rows = list(load_workbook(xlsx_file)["Results"].iter_rows(values_only=True))
    assert ("ritten", "Kampen", "median", 6) in rows
    text = ok(run(*office, "office", "questionnaire", "results", ID, cwd=tmp_path))
    assert "op-tijd: Komt de regiotaxi meestal op tijd?" in text
