"""Every report that groups signals by municipality counts a merged municipality's signals under
its successor (Boxmeer's under Land van Cuijk, merged 1 January 2022), through successor_of."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from picture_kit import feed, signal
from sqlalchemy.orm import Session

from advocaat.office.picture import Count, PictureFilter, per_municipality, per_province
from advocaat.reports.local import signal_report, year_overview
from advocaat.signals.service import SignalData, save_signal

pytestmark = pytest.mark.usefixtures("english")
ADVOCAAT = Path(__file__).parents[2] / "advocaat"
GROUPING_PLACES = {
    ("office/picture.py", "_per_current_municipality"),  # per_municipality, per_province
    ("reports/local.py", "_signals"),  # year_overview
    ("office/coverage.py", "_last_signals"),  # coverage: rows mapped through successor_of
}
"""Every query grouped by a municipality code; each maps its groups through successor_of."""


def test_every_grouping_by_municipality_code_is_known() -> None:
    found = set()
    for path in ADVOCAAT.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"group_by\([^)]*municipality_code", text):
            function = re.findall(r"^def (\w+)", text[: match.start()], re.MULTILINE)[-1]
            found.add((path.relative_to(ADVOCAAT).as_posix(), function))
    assert found == GROUPING_PLACES


def test_the_national_picture_counts_boxmeer_under_land_van_cuijk(session: Session) -> None:
    feed(session, "bureau", [
        signal("1", "GM0756", "Boxmeer", date(2021, 11, 3), ("vervoer",), people=2),
        signal("2", "GM1982", "Land van Cuijk", date(2026, 2, 8), ("vervoer",)),
        signal("3", "GM0457", "Weesp", date(2022, 1, 9), ("vervoer",)),
    ])  # fmt: skip
    assert per_municipality(session, PictureFilter()) == [
        Count("Land van Cuijk", 2, 3, "Noord-Brabant"),
        Count("Amsterdam", 1, 1, "Noord-Holland"),
    ]
    assert per_province(session, PictureFilter()) == [
        Count("Noord-Brabant", 2, 3),
        Count("Noord-Holland", 1, 1),
    ]


def record(session: Session, code: str, when: date) -> None:
    save_signal(session, SignalData(text="Wachttijd", municipality_code=code, happened_on=when))


def test_the_local_reports_count_boxmeer_under_land_van_cuijk(session: Session) -> None:
    record(session, "GM0756", date(2021, 12, 1))
    record(session, "GM0756", date(2026, 3, 1))  # typed with the old name after the merger
    record(session, "GM1982", date(2026, 4, 1))
    report = signal_report(session, ("GM1982",))
    assert [(t.label, t.signals) for t in report.per_municipality] == [("Land van Cuijk", 3)]
    assert [s.municipality for s in report.signals] == ["Boxmeer", "Boxmeer", "Land van Cuijk"]
    overview = year_overview(session, 2026, today=date(2026, 12, 31))
    assert [(m.municipality, m.signals) for m in overview.per_municipality] == [
        ("Land van Cuijk", 2)
    ]
