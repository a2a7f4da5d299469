"""Coverage for the office: every current municipality, each status and its boundaries."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from coverage_kit import DAY, country, sender, signals
from sqlalchemy.orm import Session
from statements import counted

from advocaat.app.workspace import Workspace
from advocaat.office.coverage import CoverageStatus, coverage, months_before
from advocaat.organisation.municipalities import active_municipalities
from advocaat.paths import AppPaths

NONE, QUIET, COVERED = CoverageStatus


@pytest.fixture
def session(any_paths: AppPaths) -> Iterator[Session]:
    with Workspace.open(any_paths) as workspace, workspace.session() as session:
        yield session


@pytest.mark.parametrize(
    ("day", "before"),
    [
        (date(2026, 12, 3), date(2025, 12, 3)),
        (date(2026, 1, 15), date(2025, 1, 15)),
        (date(2024, 2, 29), date(2023, 2, 28)),
        (date(2026, 3, 31), date(2025, 3, 31)),
    ],
)
def test_twelve_months_back_is_the_same_day_a_year_earlier(day: date, before: date) -> None:
    assert months_before(day) == before
    assert months_before(date(2026, 5, 31), 3) == date(2026, 2, 28)


def test_every_municipality_gets_its_status_worst_first(session: Session) -> None:
    country(session)
    found = coverage(session, DAY)
    assert found.since == date(2025, 12, 3)
    by_code = {row.code: row for row in found.rows}
    assert set(by_code) == {m.cbs_code for m in active_municipalities(session)}
    assert "GM0001" not in by_code  # merged: counted under Veendam
    seen = {
        code: (row.volunteers, row.last_signal, row.last_export, row.status)
        for code, row in by_code.items()
        if code in {"GM0193", "GM0344", "GM0363", "GM0034", "GM0014", "GM0037", "GM0047"}
    }
    assert seen == {
        # one volunteer in two municipalities counts in both
        "GM0193": (1, date(2026, 11, 1), date(2026, 6, 1), COVERED),
        # a file and a signal exactly twelve months back still count
        "GM0344": (2, date(2025, 12, 3), date(2026, 6, 1), COVERED),
        # the only file a day too early: no active volunteer, though signals came
        "GM0363": (0, date(2026, 10, 1), date(2025, 12, 2), NONE),
        # the last signal a day too old; the newer one is withdrawn
        "GM0034": (1, date(2025, 12, 2), date(2026, 11, 30), QUIET),
        # a sender the office has not accepted is no volunteer
        "GM0014": (0, None, None, NONE),
        # nothing at all
        "GM0037": (0, None, None, NONE),
        # the merged municipality's sender and signal
        "GM0047": (1, date(2026, 5, 1), date(2026, 5, 2), COVERED),
    }
    statuses = [row.status for row in found.rows]
    assert statuses == sorted(statuses)
    assert (statuses.count(COVERED), statuses.count(QUIET)) == (3, 1)
    assert all(not row.volunteers for row in found.rows if row.status is NONE)


def test_the_provinces_add_up_and_count_a_volunteer_once(session: Session) -> None:
    country(session)
    sender(session, "gijs", ["GM0014", "GM0037"], [DAY])
    signals(session, sender(session, "hans", ["GM0037"], [DAY]), "GM0037", DAY)
    found = coverage(session, DAY)
    provinces = {p.province: p for p in found.provinces}
    assert len(provinces) == 12
    assert sum(p.municipalities for p in found.provinces) == len(found.rows)
    for province in found.provinces:
        assert province.no_volunteer + province.no_recent_signal + province.covered == (
            province.municipalities
        )
    groningen = provinces["Groningen"]
    # fien (Veendam), gijs (Groningen, Stadskanaal) and hans (Stadskanaal): three, not four
    assert (groningen.volunteers, groningen.covered, groningen.no_recent_signal) == (3, 2, 1)
    assert (groningen.last_signal, groningen.last_export) == (DAY, DAY)
    assert provinces["Utrecht"].volunteers == 2
    assert provinces["Overijssel"].volunteers == 1
    empty = provinces["Zeeland"]
    assert (empty.volunteers, empty.last_signal, empty.last_export) == (0, None, None)
    assert empty.no_volunteer == empty.municipalities


def test_an_office_without_anything_lists_every_municipality_as_a_blank_spot(
    session: Session,
) -> None:
    found = coverage(session, DAY)
    assert len(found.rows) == len(active_municipalities(session))
    assert {row.status for row in found.rows} == {NONE}
    assert found.rows[0].province <= found.rows[-1].province


def test_three_grouped_queries_whatever_the_number_of_signals(paths: AppPaths) -> None:
    with Workspace.open(paths) as workspace, workspace.session() as session:
        sent = []
        for many in (1, 300):
            volunteer = sender(session, f"v{many}", ["GM0193"], [DAY])
            signals(session, volunteer, "GM0193", *([DAY] * many))
            with counted(workspace.engine) as statements:
                coverage(session, DAY)
            sent.append(len(statements))
    assert sent == [3, 3]


def test_the_printed_tables_fit_the_page_in_both_languages(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Six columns of the longest names overflowed the page; now every table fits it."""
    from reportlab.platypus import Table

    from advocaat.i18n import set_language
    from advocaat.printing.charts import WIDTH
    from advocaat.printing.coverage_report import coverage_pdf

    country(session)
    made: list[Table] = []
    original = Table.__init__

    def spy(self: Table, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)  # type: ignore[arg-type]
        made.append(self)

    monkeypatch.setattr(Table, "__init__", spy)
    for language in ("nl", "en"):
        set_language(language)
        assert coverage_pdf(coverage(session, DAY), organisation="Proef", printed_on=DAY)
    assert len(made) >= 10
    assert [sum(t._colWidths) for t in made if sum(t._colWidths) > WIDTH + 0.5] == []
