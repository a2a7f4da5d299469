"""The privacy guard on a corpus of fictional Dutch signal sentences (tests/data/privacy).

Half carry a member's personal data in forms people really write (grouped phone numbers, +31,
e-mail on subdomains, postcodes without a space, house-number suffixes, written-out birth dates,
BSN and IBAN with spaces, members' names); half are clean but tricky (the contact book's own
addresses and numbers, 14 0xx, 0800/0900/088, years, amounts, case and article numbers,
meeting dates, percentages). The guard gets the contact book the way an export builds it.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from advocaat.contacts.people import PersonData, create_person
from advocaat.db.contact_tables import Organisation
from advocaat.signals.privacy import FindingKind, find_personal_data
from advocaat.signals.service import public_data

CORPUS = json.loads(
    (Path(__file__).parents[1] / "data" / "privacy" / "sentences.json").read_text(encoding="utf-8")
)
MIN_RECALL = 0.95
MAX_FALSE_ALARMS = 0.10


def test_recall_and_false_alarms_on_the_corpus(
    session: Session, capsys: pytest.CaptureFixture[str]
) -> None:
    for organisation in CORPUS["organisations"]:
        session.add(Organisation(**organisation))
    for official in CORPUS["officials"]:
        create_person(session, PersonData(**official))
    session.flush()
    public = public_data(session)
    today = date.fromisoformat(CORPUS["today"])

    def kinds(text: str) -> set[str]:
        found = find_personal_data(text, CORPUS["members"], today, public)
        return {finding.kind.value for finding in found}

    expected = [(text, set(wanted)) for text, wanted in CORPUS["with_personal_data"]]
    assert all(set(wanted) <= set(FindingKind) for _text, wanted in expected)
    missed = [(text, wanted - kinds(text)) for text, wanted in expected if wanted - kinds(text)]
    total = sum(len(wanted) for _text, wanted in expected)
    recall = 1 - sum(len(kinds_missed) for _text, kinds_missed in missed) / total
    alarms = [(text, kinds(text)) for text in CORPUS["without_personal_data"] if kinds(text)]
    false_alarms = len(alarms) / len(CORPUS["without_personal_data"])
    with capsys.disabled():
        print(
            f"\nprivacy corpus: {len(expected)} sentences with personal data ({total} findings"
            f" expected), recall {recall:.1%}; {len(CORPUS['without_personal_data'])} clean"
            f" sentences, false alarms {false_alarms:.1%}"
        )
        for text, kinds_missed in missed:
            print(f"  missed {sorted(kinds_missed)}: {text}")
        for text, found in alarms:
            print(f"  false alarm {sorted(found)}: {text}")
    assert len(expected) >= 30
    assert len(CORPUS["without_personal_data"]) >= 30
    assert recall >= MIN_RECALL
    assert false_alarms <= MAX_FALSE_ALARMS
