"""Every CSV the app writes is formula-safe: each writer is found in the source, fed hostile text.

The source is searched for writers, so a new CSV export that bypasses the one helper
(:func:`advocaat.core.spreadsheet.csv_text`), or uses it without a case here, fails this test.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from picture_kit import feed, signal

from advocaat.app.questionnaires import QuestionnaireBook
from advocaat.app.workspace import Workspace
from advocaat.cli import main
from advocaat.contacts.cards import CardKind, ContactCard, Email, Phone, PostalAddress
from advocaat.contacts.csv_contacts import read_contacts_csv, write_contacts_csv
from advocaat.core.spreadsheet import FORMULA_START, csv_text
from advocaat.examples.service import ExampleData, save_example
from advocaat.office.coverage import Coverage, CoverageRow, CoverageStatus, coverage_csv
from advocaat.organisation.setup import OrganisationSetup, Role, save_setup
from advocaat.paths import AppPaths
from advocaat.questionnaires.questionnaire import Kind, read_questionnaire
from advocaat.questionnaires.results import QuestionResult, Results, Tally
from advocaat.signals.service import SignalData, save_signal
from advocaat.visits.service import VisitData, create_visit
from advocaat.visits.templates import bundled_templates

PACKAGE = Path(__file__).parents[2] / "advocaat"
HELPER = PACKAGE / "core" / "spreadsheet.py"
# One hostile value per dangerous first character (a tab or CR inside text that is trimmed on
# saving becomes the formula that follows it, which is just as dangerous).
EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
HOSTILE = [f'{start}HYPERLINK("http://x.example";"klik")' for start in FORMULA_START]
HOSTILE += ["=1+1", "\t=cmd|' /C calc'!A0", "@SUM(A1:A9)"]


def _cells(text: str, delimiter: str = ",") -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text), delimiter=delimiter) for cell in row]


def _contacts() -> str:
    cards = [
        ContactCard(
            kind=CardKind.PERSON,
            given_name=value,
            family_name=value,
            organisation=value,
            job_title=value,
            note=value,
            phones=[Phone(value)],
            emails=[Email(value)],
            addresses=[PostalAddress(street=value, city=value)],
            categories=[value],
        )
        for value in HOSTILE
    ]
    written = write_contacts_csv(cards)
    # Reading our own file back gives the values as they were.
    assert [card.note for card in read_contacts_csv(written).cards] == HOSTILE
    return written.decode("utf-8-sig")


def _listed(paths: AppPaths, command: str, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["--data-dir", str(paths.root), command, "list", "--format", "csv"]) == 0
    return capsys.readouterr().out


def _own_signals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    paths = AppPaths(tmp_path / "volunteer")
    with Workspace.open(paths) as workspace, workspace.session() as session:
        for value in HOSTILE:
            data = SignalData(text=value, municipality_code="GM0193",
                              happened_on=date(2026, 11, 2), themes=[value])  # fmt: skip
            save_signal(session, data)
    return _listed(paths, "signals", capsys)


def _received_signals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """In the office role the list holds what other people wrote: the sender and the text."""
    paths = AppPaths(tmp_path / "office")
    with Workspace.open(paths) as workspace, workspace.session() as session:
        save_setup(session, OrganisationSetup("Vereniging Proef", (), Role.NATIONAL_OFFICE))
        for number, value in enumerate(HOSTILE):
            received = signal(str(number), "GM0193", value, date(2026, 11, 2), (value,),
                              text=value)  # fmt: skip
            feed(session, value, [received])
    return _listed(paths, "signals", capsys)


def _visits(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    paths = AppPaths(tmp_path / "visits")
    with Workspace.open(paths) as workspace, workspace.session() as session:
        for value in HOSTILE:
            data = VisitData(member_name=value, municipality_code="GM0193",
                             planned_at=datetime(2026, 11, 25, 10, 0))  # fmt: skip
            create_visit(session, data, bundled_templates()[0])
    return _listed(paths, "visits", capsys)


def _coverage() -> str:
    """Coverage lists the municipality list's names and provinces (part of a profile, later)."""
    rows = [
        CoverageRow(f"GM9{number:03d}", value, value, 0, None, None, CoverageStatus.NO_VOLUNTEER)
        for number, value in enumerate(HOSTILE)
    ]
    return coverage_csv(Coverage(date(2026, 12, 3), date(2025, 12, 3), rows, []))


def _examples(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    paths = AppPaths(tmp_path / "examples")
    with Workspace.open(paths) as workspace, workspace.session() as session:
        for value in HOSTILE:
            data = ExampleData("GM0193", "inform", value, value, value, date(2026, 11, 2))
            save_example(session, data)
    return _listed(paths, "examples", capsys)


def _questionnaire_results(tmp_path: Path, _capsys: pytest.CaptureFixture[str]) -> str:
    """The results list the text answers members gave, as the volunteers typed them in."""
    questionnaire = read_questionnaire((EXAMPLES / "questionnaire.json").read_bytes())
    (question,) = [q for q in questionnaire.questions if q.kind is Kind.TEXT][:1]
    texts = Tally(len(HOSTILE), texts=tuple(HOSTILE))
    hostile = Results(questionnaire, len(HOSTILE),
                      (QuestionResult(question, texts, (("Zwolle", texts),)),))  # fmt: skip

    class Book(QuestionnaireBook):
        def results(self, uid: str) -> Results:
            return hostile

    with Workspace.open(AppPaths(tmp_path / "office")) as workspace:
        return Book(workspace).results_file(questionnaire.id, "csv").decode("utf-8")


Writer = Callable[[Path, pytest.CaptureFixture[str]], str]
# Every module that writes CSV, with how to make it write hostile text and its delimiter.
WRITERS: dict[str, list[tuple[Writer, str]]] = {
    "contacts/csv_contacts.py": [(lambda _tmp, _capsys: _contacts(), ";")],
    "cli/signals.py": [(_own_signals, ","), (_received_signals, ",")],
    "cli/visits.py": [(_visits, ",")],
    "office/coverage.py": [(lambda _tmp, _capsys: _coverage(), ",")],
    "cli/examples.py": [(_examples, ",")],
    "app/questionnaires.py": [(_questionnaire_results, ",")],
}


def _backups(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """The backup list holds no text a person typed: only names of a fixed pattern; files with
    other names in the backups folder, hostile ones included, are not listed at all."""
    paths = AppPaths(tmp_path / "backups")
    with Workspace.open(paths):
        pass
    assert main(["--data-dir", str(paths.root), "backup"]) == 0
    folder = paths.profile_dir / "backups"
    for number, text in enumerate(HOSTILE):
        value = text.replace("/", "_")  # a file name holds no slash
        (folder / f"{value}.sqlite3").write_bytes(b"")
        (folder / f"advocaat-2026-03-31_14300{number % 10}-{value}.sqlite3").write_bytes(b"")
    return _listed(paths, "backup", capsys)


NO_TYPED_TEXT: dict[str, Writer] = {"cli/backup.py": _backups}
"""Writers whose cells hold no text a person typed, each with how to make it write."""


def _sources() -> dict[str, str]:
    return {
        path.relative_to(PACKAGE).as_posix(): path.read_text(encoding="utf-8")
        for path in PACKAGE.rglob("*.py")
    }


def test_no_csv_is_written_past_the_one_helper() -> None:
    bypassing = [
        name
        for name, source in _sources().items()
        if Path(PACKAGE / name) != HELPER
        and re.search(r"csv\.(writer|DictWriter)\b|\.writerows?\(", source)
    ]
    assert bypassing == []


def test_every_csv_writer_is_covered_below() -> None:
    callers = {name for name, source in _sources().items() if "csv_text(" in source}
    assert callers - {HELPER.relative_to(PACKAGE).as_posix()} == set(WRITERS) | set(NO_TYPED_TEXT)


@pytest.mark.parametrize("writer", NO_TYPED_TEXT.values(), ids=list(NO_TYPED_TEXT))
def test_a_writer_without_typed_text_lists_no_hostile_name(
    writer: Writer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = list(csv.DictReader(io.StringIO(writer(tmp_path, capsys))))
    assert len(rows) == 1
    assert [cell for row in rows for cell in row.values() if cell.startswith(FORMULA_START)] == []


@pytest.mark.parametrize(
    ("writer", "delimiter"),
    [case for cases in WRITERS.values() for case in cases],
    ids=[f"{name}-{i}" for name, cases in WRITERS.items() for i, _c in enumerate(cases)],
)
def test_every_csv_writer_neutralises_formulas(
    writer: Writer, delimiter: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cells = _cells(writer(tmp_path, capsys), delimiter)
    assert any("HYPERLINK" in cell for cell in cells)  # the hostile text did arrive
    assert [cell for cell in cells if cell.startswith(FORMULA_START)] == []


def test_the_helper_leaves_numbers_and_plain_text_alone() -> None:
    text = csv_text(["a", "b", "c"], [[-3, "'=quoted", "Zwolle"]])
    assert text.splitlines() == ["a,b,c", "-3,''=quoted,Zwolle"]
