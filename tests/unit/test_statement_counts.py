"""No statement per signal: listing, exporting and importing send a number of statements that
does not grow with the number of signals (or grows per batch of thousands, not per row)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from picture_kit import feed, signal
from sqlalchemy import insert
from statements import counted

from advocaat.app.signals import SignalBook
from advocaat.app.visits import VisitBook
from advocaat.app.workspace import Workspace
from advocaat.db.models import table_of
from advocaat.db.signal_tables import Signal
from advocaat.organisation.setup import OrganisationSetup, save_setup
from advocaat.paths import AppPaths
from advocaat.visits.kinds import SHEETS
from advocaat.visits.service import VisitData, create_visit
from advocaat.visits.template_store import save_template
from advocaat.visits.templates import ChecklistItem, ChecklistSection, ChecklistTemplate

COUNTS = (50, 500)


def own_signals(workspace: Workspace, count: int, start: int) -> None:
    """``count`` signals of the volunteer's own, some withdrawn, some without a municipality."""
    rows = [
        {
            "uid": f"urn:uuid:{start + number:036d}",
            "revision": 1,
            "text": f"De regiotaxi kwam {number} keer te laat.",
            "municipality_code": None if number % 7 == 0 else "GM0193",
            "themes": json.dumps(["vervoer", "wachttijd"]),
            "happened_on": date(2026, 3, 1),
            "withdrawn": number % 10 == 0,
            "office_comment": "",
        }
        for number in range(count)
    ]
    with workspace.session() as session:
        session.execute(insert(table_of(Signal)), rows)


def test_the_volunteers_list_sends_the_same_statements_for_50_and_500_signals(
    any_paths: AppPaths,
) -> None:
    sent, listed = [], []
    with Workspace.open(any_paths) as workspace:
        with workspace.session() as session:
            save_setup(session, OrganisationSetup("Afdeling Zwolle", ("GM0193",)))
        for start, count in enumerate(COUNTS):
            own_signals(workspace, count, start * 1000)
            with counted(workspace.engine) as statements:
                listed = list(SignalBook(workspace).listing())
            sent.append(len(statements))
    assert sent[0] == sent[1]
    assert len(listed) == sum(COUNTS) - sum(count // 10 for count in COUNTS)  # withdrawn left out
    zwolle = next(record for record in listed if record["municipality"])
    assert (zwolle["municipality"], zwolle["municipality_name"]) == ("GM0193", "Zwolle")
    assert zwolle["themes"] == ["vervoer", "wachttijd"]
    assert zwolle["date"] == "2026-03-01"
    nowhere = next(record for record in listed if not record["municipality"])
    assert nowhere["municipality_name"] == ""


def test_the_offices_list_sends_the_same_statements_for_50_and_500_signals(
    office_paths: AppPaths,
) -> None:
    sent, listed = [], []
    with Workspace.open(office_paths) as workspace:
        for start, count in enumerate(COUNTS):
            with workspace.session() as session:
                received = [
                    signal(
                        f"{start}-{number}",
                        "GM0193",
                        "Zwolle",
                        date(2026, 3, 1),
                        ("vervoer", "wachttijd"),
                        withdrawn=number % 10 == 0,
                    )
                    for number in range(count)
                ]
                feed(session, f"afdeling-{start}", received)
            with counted(workspace.engine) as statements:
                listed = list(SignalBook(workspace).listing())
            sent.append(len(statements))
    assert sent[0] == sent[1]
    assert len(listed) == sum(COUNTS)  # the office lists withdrawn signals too, marked
    assert {tuple(record["themes"]) for record in listed} == {("vervoer", "wachttijd")}
    assert {record["province"] for record in listed} == {"Overijssel"}


@pytest.mark.parametrize("withdrawn", [False, True])
def test_taking_in_sends_the_same_statements_for_10_and_100_signals(
    office_paths: AppPaths, withdrawn: bool
) -> None:
    """New signals, and then higher revisions of them (edits or withdrawals)."""
    sent: list[tuple[int, int]] = []
    with Workspace.open(office_paths) as workspace:
        for count in (10, 100):
            first = [
                signal(f"{count}-{number}", "GM0193", "Zwolle", date(2026, 3, 1), ("vervoer",))
                for number in range(count)
            ]
            later = [
                signal(
                    f"{count}-{number}",
                    "GM0193",
                    "Zwolle",
                    date(2026, 3, 1),
                    ("zorg",),
                    revision=2,
                    withdrawn=withdrawn,
                )
                for number in range(count)
            ]
            numbers = []
            for batch in (first, later):
                with workspace.session() as session, counted(workspace.engine) as statements:
                    feed(session, f"afdeling-{count}", batch)
                numbers.append(len(statements))
            sent.append((numbers[0], numbers[1]))
    assert sent[0] == sent[1]


def _checklist(items: int) -> ChecklistTemplate:
    return ChecklistTemplate(
        id=f"lijst-{items}",
        version=1,
        language="nl",
        title=f"Lijst van {items}",
        origin="Advocaat",
        sections=[
            ChecklistSection(f"Deel {part}", [ChecklistItem(f"Punt {part}.{n}") for n in range(10)])
            for part in range(items // 10)
        ],
    )


@pytest.mark.parametrize("sheet", SHEETS)
def test_printing_a_sheet_sends_the_same_statements_for_10_and_300_items(
    any_paths: AppPaths, sheet: str
) -> None:
    sent = []
    with Workspace.open(any_paths) as workspace:
        with workspace.session() as session:
            save_setup(session, OrganisationSetup("Afdeling Zwolle", ("GM0193",)))
            visits = [
                create_visit(session, VisitData(member_name="Mw. Proef"), _checklist(items)).id
                for items in (10, 300)
            ]
            for items in (10, 300):  # kept in the app, as a template the user made
                save_template(session, replace(_checklist(items), title="Eigen versie"))
        for visit in visits:
            with counted(workspace.engine) as statements:
                pdf = VisitBook(workspace).sheet(visit, sheet, large=False, today=date(2026, 3, 1))
            assert pdf.startswith(b"%PDF")
            sent.append(len(statements))
    assert sent[0] == sent[1]
