"""Every list, count, report and calendar file calls a deadline, follow-up, moment or visit alike.

One parametrised test walks the consumers × the cases: each case is the only thing in a fresh
profile, each consumer says what it makes of it, and that must be what the domain says
(:mod:`advocaat.core.timing`). Start is read as the volunteer sees it, the command line as a
user runs it.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import make_controller  # the GUI tests' own helper
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QListWidget
from pytestqt.qtbot import QtBot

from advocaat.app.contacts import ContactBook
from advocaat.app.network import NetworkBook
from advocaat.app.reports import ReportBook
from advocaat.app.visits import VisitBook
from advocaat.app.workspace import Workspace
from advocaat.contacts.moments import MomentData, log_moment, mark_follow_up_done
from advocaat.contacts.people import PersonData, create_person
from advocaat.core.timing import Timing, due_timing, event_timing
from advocaat.paths import DATA_DIR_ENV, AppPaths
from advocaat.ui.controller import AppController
from advocaat.ui.main_window import MainWindow
from advocaat.ui.views.start import MOMENT_ROLE, VISIT_ROLE, StartView
from advocaat.ui.views.visits import VisitsView
from advocaat.visits.deadlines import bundled_rules, is_working_day, term_end
from advocaat.visits.service import VisitData, create_visit
from advocaat.visits.templates import bundled_templates

TODAY = date.today()
"""Start and the command line judge by the real day, so the cases are laid around it."""
ZWOLLE = "GM0193"
SLOW = pytest.mark.slow
DECISION = next(rule for rule in bundled_rules() if rule.id == "decision")


@dataclass(frozen=True)
class Case:
    name: str
    offset: int
    """Days from today of the due day (a deadline's moves to a working day) or the moment."""
    done: bool = False


DUE_CASES = (
    Case("done-past", -3, done=True),
    Case("done-future", 3, done=True),
    Case("open-past", -3),
    Case("open-today", 0),
    Case("open-future", 3),
)
EVENT_CASES = (Case("moment-past", -5), Case("moment-today", 0), Case("moment-future", 5))


@dataclass(frozen=True)
class Item:
    """The one thing a case put in the profile, with what a consumer needs to find it."""

    day: date
    uid: str
    row_id: int
    expected: Timing


@dataclass
class Context:
    paths: AppPaths
    workspace: Workspace
    controller: AppController
    qtbot: QtBot
    closed: bool = False

    def close(self) -> None:
        """Let go of the profile, as a command may only open one no window holds."""
        if not self.closed:
            self.workspace.close()
            self.closed = True


def _working_day_near(case: Case) -> date:
    """The due day of a deadline: a term ends on a working day (Atw art. 1)."""
    day = TODAY + timedelta(days=case.offset)
    step = timedelta(days=-1 if case.offset < 0 else 1)
    while not is_working_day(day):
        if case.offset == 0:
            pytest.skip("no deadline ends today: it is no working day")
        day += step
    return day


def _person(workspace: Workspace) -> int:
    with workspace.session() as session:
        data = PersonData(given_name="Sanne", family_name="Mulder", municipality_code=ZWOLLE)
        return create_person(session, data).id


def follow_up(workspace: Workspace, case: Case) -> Item:
    due = TODAY + timedelta(days=case.offset)
    person = _person(workspace)
    with workspace.session() as session:
        moment = log_moment(session, MomentData(
            happened_on=TODAY - timedelta(days=10), summary="Gebeld over de regiotaxi",
            person_ids=[person], follow_up="Cijfers opsturen", follow_up_due=due,
        ))  # fmt: skip
        if case.done:
            mark_follow_up_done(session, moment.id)
        return Item(due, f"{moment.uid}-follow-up", moment.id, due_timing(due, case.done, TODAY))


def deadline(workspace: Workspace, case: Case) -> Item:
    """A visit whose decision is due on the case's day; done once the decision came (by today)."""
    due = _working_day_near(case)
    applied = next(
        day
        for back in range(DECISION.days, DECISION.days + 10)
        if term_end(day := due - timedelta(days=back), DECISION.days) == due
    )
    decided = min(due, TODAY) if case.done else None
    with workspace.session() as session:
        data = VisitData(member_name="Mw. K.", municipality_code=ZWOLLE,
                         dates={"application_on": applied, "decision_on": decided})  # fmt: skip
        visit = create_visit(session, data, bundled_templates()[0])
        return Item(due, f"{visit.uid}-decision", visit.id, due_timing(due, case.done, TODAY))


def moment(workspace: Workspace, case: Case) -> Item:
    day = TODAY + timedelta(days=case.offset)
    person = _person(workspace)
    with workspace.session() as session:
        found = log_moment(session, MomentData(
            happened_on=day, summary="Overleg over de Wmo-raad", person_ids=[person]
        ))  # fmt: skip
        return Item(day, found.uid, person, event_timing(day, TODAY))


def visit(workspace: Workspace, case: Case) -> Item:
    day = TODAY + timedelta(days=case.offset)
    with workspace.session() as session:
        data = VisitData(member_name="Mw. K.", municipality_code=ZWOLLE,
                         dates={"conversation_on": day})  # fmt: skip
        found = create_visit(session, data, bundled_templates()[0])
        return Item(day, found.uid, found.id, event_timing(day, TODAY))


# -- the consumers: what each makes of the one item --------------------------------------------


def _start_list(context: Context, name: str, role: int) -> Timing:
    """Start as read: a line that says "Te laat sinds" is overdue, another one is planned, and
    a done one is not there."""
    start = StartView(context.controller)
    context.qtbot.addWidget(start)
    shown: QListWidget = getattr(start, name)
    items = [shown.item(row) for row in range(shown.count())]
    ours = [item for item in items if item.data(role) is not None]
    if not ours:
        return Timing.DONE
    [line] = ours
    overdue = line.text().startswith("Te laat sinds")
    assert line.font().bold() is overdue, "overdue in words and in bold, never only one"
    assert items[0] is line  # on top
    return Timing.OVERDUE if overdue else Timing.PLANNED


def start_follow_ups(context: Context, _item: Item) -> Timing:
    return _start_list(context, "follow_ups", MOMENT_ROLE)


def start_deadlines(context: Context, _item: Item) -> Timing:
    return _start_list(context, "deadlines", VISIT_ROLE)


def _in_calendar(data: bytes, uid: str) -> bool:
    return uid in {str(event["uid"]) for event in Calendar.from_ical(data).walk("VEVENT")}


def follow_ups_calendar(context: Context, item: Item) -> bool:
    """Open (exported) or done (left out)."""
    return _in_calendar(ContactBook(context.workspace).calendar(TODAY), item.uid)


def deadlines_calendar(context: Context, item: Item) -> bool:
    return _in_calendar(VisitBook(context.workspace).calendar(TODAY), item.uid)


def network_open_follow_ups(context: Context, _item: Item) -> bool:
    [party] = NetworkBook(context.workspace).parties(ZWOLLE, None, TODAY)
    return party.open_follow_ups == 1


def follow_up_sheet(context: Context, item: Item) -> bool:
    """The printed follow-up sheet lists the deadlines still to watch."""
    pdf = VisitBook(context.workspace).sheet(item.row_id, "followup", large=False, today=TODAY)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return DECISION.labels["nl"] in " ".join(text.split())


def visits_list_command(context: Context, _item: Item) -> Timing:
    """`advocaat visits list` as a user runs it: the next deadline and its state."""
    context.close()
    environment = {key: value for key, value in os.environ.items() if key != DATA_DIR_ENV}
    result = subprocess.run(
        [sys.executable, "-m", "advocaat", "--data-dir", str(context.paths.root),
         "visits", "list", "--format", "json"],
        cwd=context.paths.root, env=environment, capture_output=True, text=True,
        timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    [listed] = json.loads(result.stdout)
    if listed["next_deadline"] != "decision":
        return Timing.DONE
    return Timing(listed["next_deadline_state"])


def network_last_contact(context: Context, item: Item) -> Timing:
    [party] = NetworkBook(context.workspace).parties(ZWOLLE, None, TODAY)
    assert party.last_contact in {item.day, None}
    return Timing.PAST if party.last_contact == item.day else Timing.PLANNED


def year_overview_moments(context: Context, item: Item) -> Timing:
    overview = ReportBook(context.workspace).year_overview(item.day.year, TODAY)
    return Timing.PAST if overview.contact_moments == 1 else Timing.PLANNED


def year_overview_visits(context: Context, item: Item) -> Timing:
    overview = ReportBook(context.workspace).year_overview(item.day.year, TODAY)
    return Timing.PAST if overview.visits == 1 else Timing.PLANNED


def moments_calendar(context: Context, item: Item) -> Timing:
    """Only a planned moment goes to the calendar."""
    planned = _in_calendar(ContactBook(context.workspace).calendar(TODAY), item.uid)
    return Timing.PLANNED if planned else Timing.PAST


def is_open(timing: Timing) -> bool:
    return timing is not Timing.DONE


def as_is(timing: Timing) -> Timing:
    return timing


@dataclass(frozen=True)
class Consumer:
    read: Callable[[Context, Item], object]
    make: Callable[[Workspace, Case], Item]
    cases: tuple[Case, ...]
    sees: Callable[[Timing], object] = as_is
    """What of the domain's verdict this consumer can show (a calendar file: open or not)."""
    slow: bool = False


CONSUMERS = {
    "Start, follow-ups": Consumer(start_follow_ups, follow_up, DUE_CASES),
    "Start, deadlines": Consumer(start_deadlines, deadline, DUE_CASES),
    "follow-ups .ics": Consumer(follow_ups_calendar, follow_up, DUE_CASES, is_open),
    "deadlines .ics": Consumer(deadlines_calendar, deadline, DUE_CASES, is_open),
    "network, open follow-ups": Consumer(network_open_follow_ups, follow_up, DUE_CASES, is_open),
    "follow-up sheet": Consumer(follow_up_sheet, deadline, DUE_CASES, is_open),
    "visits list command": Consumer(visits_list_command, deadline, DUE_CASES, slow=True),
    "network, last contact": Consumer(network_last_contact, moment, EVENT_CASES),
    "year overview, moments": Consumer(year_overview_moments, moment, EVENT_CASES),
    "year overview, visits": Consumer(year_overview_visits, visit, EVENT_CASES),
    "moments .ics": Consumer(moments_calendar, moment, EVENT_CASES),
}


@pytest.fixture
def context(
    tmp_path: Path, migrated_database: Path, app: QApplication, qtbot: QtBot
) -> Iterator[Context]:
    paths = AppPaths(tmp_path / "data")
    paths.database.parent.mkdir(parents=True)
    shutil.copyfile(migrated_database, paths.database)  # a fresh profile, migrated once per run
    workspace, controller = make_controller(paths, app)
    context = Context(paths, workspace, controller, qtbot)
    yield context
    context.close()


def _consumers_by_cases() -> list[object]:
    """Every consumer with each of its cases; the command line runs a process, so it is slow."""
    return [
        pytest.param(name, case, id=f"{name}: {case.name}", marks=[SLOW] * consumer.slow)
        for name, consumer in CONSUMERS.items()
        for case in consumer.cases
    ]


@pytest.mark.parametrize(("consumer", "case"), _consumers_by_cases())
def test_every_consumer_classifies_alike(
    context: Context, monkeypatch: pytest.MonkeyPatch, consumer: str, case: Case
) -> None:
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    chosen = CONSUMERS[consumer]
    item = chosen.make(context.workspace, case)
    assert chosen.read(context, item) == chosen.sees(item.expected)


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        (DUE_CASES[0], Timing.DONE),
        (DUE_CASES[1], Timing.DONE),
        (DUE_CASES[2], Timing.OVERDUE),
        (DUE_CASES[3], Timing.PLANNED),
        (DUE_CASES[4], Timing.PLANNED),
        (EVENT_CASES[0], Timing.PAST),
        (EVENT_CASES[1], Timing.PAST),
        (EVENT_CASES[2], Timing.PLANNED),
    ],
    ids=lambda value: value.name if isinstance(value, Case) else str(value),
)
def test_the_cases_mean_what_their_names_say(case: Case, expected: Timing) -> None:
    """The table above rests on the domain's verdicts; pin them, so no case tests nothing."""
    day = TODAY + timedelta(days=case.offset)
    verdict = event_timing(day, TODAY) if case in EVENT_CASES else due_timing(day, case.done, TODAY)
    assert verdict is expected


def test_start_puts_what_is_overdue_on_top_with_what_to_do(context: Context) -> None:
    """Overdue lines come first and say so; the volunteer opens the visit or marks it done."""
    later = deadline(context.workspace, Case("open-future", 3))
    overdue = deadline(context.workspace, Case("open-past", -3))
    follow_up(context.workspace, Case("open-future", 3))
    late = follow_up(context.workspace, Case("open-past", -3))
    window = MainWindow(context.controller)
    context.qtbot.addWidget(window)
    window.show()
    start = window.findChild(StartView)
    assert start is not None
    for shown, first in ((start.deadlines, overdue), (start.follow_ups, late)):
        lines = [shown.item(row) for row in range(shown.count())]
        assert [line.text().startswith("Te laat sinds") for line in lines] == [True, False]
        assert lines[0].data(VISIT_ROLE if shown is start.deadlines else MOMENT_ROLE) == (
            first.row_id
        )
    assert later.row_id != overdue.row_id
    start.deadlines.setCurrentRow(0)
    start.visit_button.click()
    assert window.current_part().key == "visits"
    visits = window.findChild(VisitsView)
    assert visits is not None
    assert visits.current_id() == overdue.row_id
    start.follow_ups.setCurrentRow(0)
    start.done_button.click()
    texts = [start.follow_ups.item(row).text() for row in range(start.follow_ups.count())]
    assert len(texts) == 1
    assert not texts[0].startswith("Te laat sinds")
