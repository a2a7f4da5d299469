"""`advocaat visits add`: every field of the visit form from the command line, with its checks."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from test_cli import advocaat

from advocaat.app.workspace import Workspace
from advocaat.cli.visits import TEXT_OPTIONS
from advocaat.db.contact_tables import Person
from advocaat.db.visit_tables import Visit
from advocaat.paths import AppPaths
from advocaat.visits.kinds import FLAGS
from advocaat.visits.service import DATE_COLUMNS, VisitData

DATES = {
    "melding_on": date(2026, 3, 2),
    "conversation_on": date(2026, 3, 9),
    "report_received_on": date(2026, 3, 20),
    "application_on": date(2026, 3, 23),
    "decision_on": date(2026, 4, 1),
    "notice_sent_on": date(2026, 3, 27),
    "notice_received_on": date(2026, 3, 30),
    "objection_on": date(2026, 4, 20),
    "objection_decided_on": date(2026, 6, 1),
}


def visits(paths: AppPaths) -> list[Visit]:
    with Workspace.open(paths) as workspace, workspace.session() as session:
        return list(session.scalars(select(Visit).order_by(Visit.id)))


def test_every_field_of_the_form_can_be_filled_from_the_command_line(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data", demo=True)
    with Workspace.open(paths) as workspace, workspace.session() as session:
        consultant = session.scalar(select(Person.id).order_by(Person.id))
    texts = {field: f"{field} (proef)" for field in TEXT_OPTIONS}
    arguments = [
        "--member", "Mw. K. (proef)", "--municipality", "Middelburg",
        "--planned-at", "2026-03-09 14:30", "--consultant-id", str(consultant),
        "--template", "wmo-standard",
    ]  # fmt: skip
    for field, (option, _help) in TEXT_OPTIONS.items():
        arguments += [option, texts[field]]
    for column in DATE_COLUMNS:
        arguments += ["--" + column.replace("_", "-"), DATES[column].isoformat()]
    arguments += ["--" + flag.replace("_", "-") for flag in FLAGS]
    covered = {"member_name", "municipality_code", "planned_at", "consulent_id", "dates", *FLAGS}
    assert {f.name for f in dataclasses.fields(VisitData)} == covered | set(TEXT_OPTIONS), (
        "a field of the visit form has no option in `visits add`"
    )
    assert set(DATE_COLUMNS) == set(DATES)

    before = len(visits(paths))
    result = advocaat(
        "--lang", "en", "--data-dir", str(tmp_path / "data"), "--demo", "visits", "add",
        *arguments, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    *_others, visit = visits(paths)
    assert len(_others) == before
    assert result.stdout == f"Visit {visit.id} added (Mw. K. (proef)).\n"
    assert visit.member_name == "Mw. K. (proef)"
    assert visit.municipality_code == "GM0687"
    assert visit.planned_at == datetime(2026, 3, 9, 14, 30)
    assert visit.consulent_id == consultant
    assert visit.template_id == "wmo-standard"
    for field in TEXT_OPTIONS:
        assert getattr(visit, field) == texts[field], field
    for column in DATE_COLUMNS:
        assert getattr(visit, column) == DATES[column], column
    for flag in FLAGS:
        assert getattr(visit, flag) is True, flag


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--member", "  "], "Fill in the member's name or initials."),
        (["--member", "J.", "--municipality", "Atlantis"], "Atlantis is not a Dutch municipality."),
        (
            ["--member", "J.", "--municipality", "Bergen"],
            "Bergen is ambiguous: Bergen (L.) or Bergen (NH.)?",
        ),
        (
            ["--member", "J.", "--consultant-id", "999"],
            "The chosen consultant is no longer in the contact book.",
        ),
        (
            ["--member", "J.", "--melding-on", "2026-03-02", "--application-on", "2026-03-01"],
            "The application cannot be earlier than the notification.",
        ),
        (
            ["--member", "J.", "--application-on", "2026-03-02", "--decision-on", "2026-03-01"],
            "The decision cannot be earlier than the application.",
        ),
        (
            [
                "--member",
                "J.",
                "--notice-sent-on",
                "2026-03-02",
                "--notice-received-on",
                "2026-03-01",
            ],
            "The municipality cannot receive the ingebrekestelling before it was sent.",
        ),
        (
            ["--member", "J.", "--application-on", "2026-03-02", "--notice-sent-on", "2026-03-01"],
            "The ingebrekestelling cannot be earlier than the application.",
        ),
        (
            ["--member", "J.", "--decision-on", "2026-03-02", "--objection-on", "2026-03-01"],
            "The bezwaar cannot be earlier than the decision.",
        ),
        (
            [
                "--member",
                "J.",
                "--objection-on",
                "2026-03-02",
                "--objection-decided-on",
                "2026-03-01",
            ],
            "The decision on the bezwaar cannot be earlier than the bezwaar.",
        ),
        (
            ["--member", "J.", "--melding-on", "2 maart"],
            "2 maart is not a date; write it as YYYY-MM-DD, for example 2026-03-31.",
        ),
        (
            ["--member", "J.", "--planned-at", "morgen"],
            "morgen is not a date and time; write it as YYYY-MM-DD HH:MM, for example"
            " 2026-03-31 14:30.",
        ),
        (
            ["--member", "J.", "--template", "geen-sjabloon"],
            "There is no template geen-sjabloon. Known templates: wmo-standaard, wmo-standard.",
        ),
    ],
)
def test_a_refusal_is_one_sentence_and_adds_nothing(
    tmp_path: Path, arguments: list[str], message: str
) -> None:
    result = advocaat(
        "--lang", "en", "--data-dir", str(tmp_path), "visits", "add", *arguments, cwd=tmp_path
    )
    assert result.returncode == 1
    assert result.stderr == f"advocaat: {message}\n"
    with Workspace.open(AppPaths(tmp_path)) as workspace, workspace.session() as session:
        assert session.scalar(select(func.count()).select_from(Visit)) == 0
