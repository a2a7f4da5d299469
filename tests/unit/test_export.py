"""The export file: only the office opens it (age), the sender is proven (minisign), incremental."""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import minisign
import pyrage
import pytest
from office_kit import Office
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from statements import counted

from advocaat.core.files import FileWriteError
from advocaat.core.schemas import validate
from advocaat.db.contact_tables import Organisation
from advocaat.db.questionnaire_tables import AnswerSetRecord
from advocaat.db.signal_tables import Signal, SignalExport
from advocaat.examples.service import ExampleData, save_example
from advocaat.organisation.setup import OrganisationSetup, save_setup
from advocaat.questionnaires.answers import read_answers
from advocaat.questionnaires.questionnaire import read_questionnaire
from advocaat.questionnaires.store import save_answer_sets, store_questionnaire
from advocaat.signals.cost import Cost, CostPeriod
from advocaat.signals.service import SignalData, Status, save_signal, set_status, withdraw
from advocaat.sync import export as export_module
from advocaat.sync.export import (
    EXPORT_FIELDS,
    GUARDED,
    TOMBSTONE,
    ExportError,
    NothingToExportError,
    export_signals,
    file_name,
)
from advocaat.sync.office_keys import OfficeKeys
from advocaat.sync.profile import import_profile

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def volunteer(session: Session, office: Office) -> Session:
    import_profile(session, office.profile)
    save_setup(session, OrganisationSetup("Afdeling Zwolle", ("GM0193",)))
    return session


def signal(session: Session, text: str = "Parkeerkaart geweigerd bij Parkinson.") -> int:
    data = SignalData(text=text, municipality_code="GM0193", happened_on=date(2026, 11, 20),
                      themes=["parkeerkaart"], people_count=2)  # fmt: skip
    return save_signal(session, data).id


EXAMPLE = ExampleData(
    municipality_code="GM0193",
    strategy="cooperation",
    title="Parkeerkaart zonder keuring",
    story="Samen met de Wmo-raad (038 498 40 00) vervalt de keuring.",
    partners="Wmo-raad Zwolle",
    happened_on=date(2026, 10, 1),
)


def opened(path: Path, keys: OfficeKeys) -> dict:  # type: ignore[type-arg]
    """Decrypt and verify as the office does, with the age and minisign libraries; read
    export.json. (tests/process/test_standard_tools.py opens an export with the real tools.)"""
    clear = pyrage.decrypt(path.read_bytes(), [keys.identity])
    with zipfile.ZipFile(io.BytesIO(clear)) as archive:
        assert sorted(archive.namelist()) == ["export.json", "export.json.minisig"]
        body, signature = archive.read("export.json"), archive.read("export.json.minisig")
    document = json.loads(body)
    sender = minisign.PublicKey.from_base64(document["manifest"]["sender_key"])
    sender.verify(body, minisign.Signature.from_bytes(signature))
    validate(document, export_module.SCHEMA, export_module.FORMAT)  # the office reads with it
    return document


def test_export_is_readable_by_the_office_only_signed_and_incremental(
    volunteer: Session, tmp_path: Path, office: Office
) -> None:
    first_id = signal(volunteer)
    signal(volunteer, "De regiotaxi komt vaak te laat.")
    first = export_signals(volunteer, tmp_path, tmp_path / "data")
    assert first.path.name.startswith("Vereniging-Proef_Afdeling-Zwolle_")
    assert first.path.name.endswith("_0001.advocaat-export")
    document = opened(first.path, office.keys)
    assert document["manifest"]["sequence"] == 1
    assert document["manifest"]["counts"] == {"signals": 2, "withdrawn": 0}
    assert b"Parkeerkaart" not in first.path.read_bytes()  # encrypted

    withdraw(volunteer, first_id)
    second = export_signals(volunteer, tmp_path, tmp_path / "data")
    records = opened(second.path, office.keys)["signals"]
    assert [(r["revision"], r["withdrawn"]) for r in records] == [(2, True)]
    full = export_signals(volunteer, tmp_path, tmp_path / "data", full=True)
    assert (full.sequence, full.record_count) == (3, 2)


def test_nothing_new_writes_no_file_unless_full(volunteer: Session, tmp_path: Path) -> None:
    with pytest.raises(NothingToExportError, match="no file was written"):
        export_signals(volunteer, tmp_path, tmp_path / "data")
    signal(volunteer)
    assert export_signals(volunteer, tmp_path, tmp_path / "data").sequence == 1
    with pytest.raises(NothingToExportError):
        export_signals(volunteer, tmp_path, tmp_path / "data")
    assert len(list(tmp_path.glob("*.advocaat-export"))) == 1
    assert len(volunteer.scalars(select(SignalExport)).all()) == 1
    full = export_signals(volunteer, tmp_path, tmp_path / "data", full=True)
    assert (full.sequence, full.record_count) == (2, 1)


def test_unconfirmed_personal_data_stops_the_export(volunteer: Session, tmp_path: Path) -> None:
    identifier = signal(volunteer)
    row = volunteer.get(Signal, identifier)
    row.text = "Bel mevrouw op 06-12345678."  # changed behind the guard's back
    with pytest.raises(ExportError, match="personal data"):
        export_signals(volunteer, tmp_path, tmp_path / "data")
    assert list(tmp_path.glob("*.advocaat-export")) == []


def test_a_failed_write_marks_nothing_as_exported(volunteer: Session, tmp_path: Path) -> None:
    signal(volunteer)
    with pytest.raises(FileWriteError, match="could not save"):
        export_signals(volunteer, tmp_path / "removed-usb-stick" / "x.advocaat-export", tmp_path)
    assert export_signals(volunteer, tmp_path, tmp_path / "data").record_count == 1


def test_without_a_profile_there_is_no_export(session: Session, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="profile"):
        export_signals(session, tmp_path, tmp_path)


# -- every field that leaves the laptop is guarded or declared safe -------------------------------

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
SECRET = "Bel haar op 06-98765432 of mail riek@post.example.nl."


def field_paths(value: object, path: str) -> set[str]:
    """Every field under ``value``, walked here and not by the code under test."""
    if isinstance(value, dict):
        return {
            found for key, item in value.items() for found in field_paths(item, f"{path}.{key}")
        }
    if isinstance(value, list):
        return {found for item in value for found in field_paths(item, f"{path}[]")}
    return {path}


def every_kind_of_export(session: Session, tmp_path: Path, keys: OfficeKeys) -> dict:  # type: ignore[type-arg]
    """The decrypted documents of a new, edited, withdrawn, re-exported and full export."""
    session.add(Organisation(name="Gemeente Zwolle", phone="038-498 4000",
                             street="Grote Kerkplein 15", postcode="8011 PK"))  # fmt: skip
    first = signal(session, "Het Wmo-loket (038 498 40 00, Grote Kerkplein 15) is dicht.")
    second = signal(session, "De regiotaxi komt vaak te laat.")
    answer_sets(session)
    example = save_example(session, EXAMPLE)
    documents = {}

    def export(kind: str, *, full: bool = False) -> None:
        result = export_signals(session, tmp_path, tmp_path / "data", full=full)
        documents[kind] = opened(result.path, keys)

    export("new")
    data = SignalData(
        text="Parkeerkaart na bezwaar alsnog toegekend.",
        municipality_code="GM0193",
        happened_on=date(2026, 11, 21),
        themes=["parkeerkaart", "bezwaar"],
        cost=Cost(1250, CostPeriod.MONTH),
    )
    save_signal(session, data, signal_id=first)
    save_example(session, replace(EXAMPLE, title="Keuring vervalt"), example_id=example.id)
    export("edited")
    volunteer_row = session.get(Signal, second)
    volunteer_row.confirmations = []
    volunteer_row.text = SECRET  # what the member said, before the volunteer withdrew it
    withdraw(session, second)
    export("withdrawn")
    set_status(session, first, Status.FORWARDED)
    export("re-exported")
    export("full", full=True)
    return documents


def test_every_exported_field_is_guarded_or_declared_safe(
    volunteer: Session, tmp_path: Path, office: Office
) -> None:
    documents = every_kind_of_export(volunteer, tmp_path, office.keys)
    seen: set[str] = set()
    for kind, document in documents.items():
        paths = field_paths(document, "")
        undeclared = {path.lstrip(".") for path in paths} - set(EXPORT_FIELDS)
        assert undeclared == set(), f"{kind} export writes undeclared fields"
        seen |= {path.lstrip(".") for path in paths}
    # The list holds no field the export never writes, so it cannot rot.
    assert seen == set(EXPORT_FIELDS)
    for policy in EXPORT_FIELDS.values():
        assert policy == GUARDED or re.fullmatch(r"safe: \S.{5,}", policy)
    guarded = {path for path, policy in EXPORT_FIELDS.items() if policy == GUARDED}
    # (test_examples_travel.py plants personal data in each guarded field of a good example)
    assert {path for path in guarded if not path.startswith("examples[]")} == set(PLANT)


def test_a_withdrawn_signal_travels_as_a_tombstone(
    volunteer: Session, tmp_path: Path, office: Office
) -> None:
    documents = every_kind_of_export(volunteer, tmp_path, office.keys)
    for kind in ("withdrawn", "full"):
        withdrawn = [r for r in documents[kind]["signals"] if r["withdrawn"]]
        assert len(withdrawn) == 1
        assert set(withdrawn[0]) == set(TOMBSTONE) == {"uid", "revision", "withdrawn", "status",
                                                      "date"}  # fmt: skip
        assert "06-98765432" not in json.dumps(documents[kind])
        kept = [r for r in documents[kind]["signals"] if not r["withdrawn"]]
        assert all("text" in record for record in kept)


def answer_sets(session: Session) -> None:
    """The example questionnaire's answers (docs/examples), which answer every kind of question."""
    questionnaire = read_questionnaire((EXAMPLES / "questionnaire.json").read_bytes())
    store_questionnaire(session, questionnaire)
    answers = read_answers((EXAMPLES / "questionnaire-answers.json").read_bytes(), questionnaire)
    save_answer_sets(session, questionnaire.id, answers, lambda _text: [])


def _plant_text(session: Session, signal_id: int) -> None:
    row = session.get(Signal, signal_id)
    assert row is not None
    row.text = SECRET


def _plant_theme(session: Session, signal_id: int) -> None:
    row = session.get(Signal, signal_id)
    assert row is not None
    row.themes = json.dumps(["vervoer", "06-98765432"])


def _plant_answer(session: Session, _signal_id: int) -> None:
    answer_sets(session)
    record = session.scalars(select(AnswerSetRecord)).first()
    assert record is not None
    answers = json.loads(record.answers)
    answers["toelichting"] = SECRET
    record.answers = json.dumps(answers)
    record.exported_at = None


PLANT = {
    "signals[].text": _plant_text,
    "signals[].themes[]": _plant_theme,
    "answer_sets[].answers[].text": _plant_answer,
}
"""How personal data gets into each guarded field behind the guard's back (an old database,
another program): the export must still refuse it."""


@pytest.mark.parametrize("field", sorted(PLANT))
@pytest.mark.parametrize("way", ["new", "edited", "re-exported", "full"])
def test_personal_data_in_a_guarded_field_stops_every_kind_of_export(
    volunteer: Session, tmp_path: Path, field: str, way: str
) -> None:
    identifier = signal(volunteer)
    if way != "new":
        export_signals(volunteer, tmp_path, tmp_path / "data")
    if way == "edited":
        data = SignalData("Nieuwe tekst.", "GM0193", date(2026, 11, 20))
        save_signal(volunteer, data, signal_id=identifier)
    elif way == "re-exported":
        set_status(volunteer, identifier, Status.IN_PROGRESS)
    PLANT[field](volunteer, identifier)
    volunteer.flush()
    before = sorted(tmp_path.glob("*.advocaat-export"))
    with pytest.raises(ExportError, match="06-98765432"):
        export_signals(volunteer, tmp_path, tmp_path / "data", full=way == "full")
    assert sorted(tmp_path.glob("*.advocaat-export")) == before


def test_a_field_nobody_declared_stops_the_export(
    volunteer: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    signal(volunteer)
    record = export_module._record
    monkeypatch.setattr(
        export_module, "_record", lambda session, row: record(session, row) | {"note": "x"}
    )
    with pytest.raises(RuntimeError, match=r"signals\[\]\.note"):
        export_signals(volunteer, tmp_path, tmp_path / "data")
    assert list(tmp_path.glob("*.advocaat-export")) == []


def test_a_member_confirmed_finding_may_travel(volunteer: Session, tmp_path: Path) -> None:
    data = SignalData(text="Bel het spreekuur op 06-98765432.", municipality_code="GM0193",
                      happened_on=date(2026, 11, 20))  # fmt: skip
    save_signal(volunteer, data, confirmed={("phone", "06-98765432")})
    assert export_signals(volunteer, tmp_path, tmp_path / "data").record_count == 1


def test_a_file_name_keeps_the_letters_of_dutch_names() -> None:
    when = datetime(2026, 12, 3, 10, 0)
    name = file_name("Patiëntenvereniging Noord", "Cliëntenraad ’s-Hertogenbosch", when, 7)
    assert name == (
        "Patientenvereniging-Noord_Clientenraad-s-Hertogenbosch_2026-12-03_0007.advocaat-export"
    )
    assert file_name("🙂", "", when, 1).startswith("advocaat_advocaat_")


@pytest.mark.parametrize("full", [False, True])
def test_export_sends_as_many_statements_for_50_signals_as_for_5(
    volunteer: Session, tmp_path: Path, full: bool
) -> None:
    """No statement per signal: not for its municipality, its confirmations or its mark."""
    engine = volunteer.get_bind()
    assert isinstance(engine, Engine)
    sent = []
    for batch, count in enumerate((5, 50)):
        for number in range(count):
            signal(volunteer, f"De regiotaxi kwam {number} keer te laat.")
        if batch:  # the second export marks signals exported before as well as new ones
            edited = SignalData(text="Nu langer.", municipality_code="GM0193",
                                happened_on=date(2026, 11, 20))  # fmt: skip
            save_signal(volunteer, edited, signal_id=volunteer.scalars(select(Signal.id)).first())
        volunteer.flush()
        with counted(engine) as statements:
            export_signals(volunteer, tmp_path, tmp_path / "data", full=full)
            volunteer.flush()
        sent.append(len(statements))
    assert sent[0] == sent[1]
