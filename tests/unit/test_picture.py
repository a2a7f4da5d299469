"""The national picture: filters and counts over the signals of all senders."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from picture_kit import feed, signal
from sqlalchemy.orm import Session
from statements import counted

from advocaat.app.office import OfficeBook
from advocaat.app.workspace import Workspace
from advocaat.office.picture import (
    Count,
    PictureFilter,
    count_listed,
    listed,
    per_month,
    per_municipality,
    per_province,
    per_theme,
    themes_in_use,
    totals,
)
from advocaat.office.review import set_review
from advocaat.paths import AppPaths


@pytest.fixture
def session(any_paths: AppPaths) -> Iterator[Session]:
    """The picture on SQLite, and on PostgreSQL."""
    with Workspace.open(any_paths) as workspace, workspace.session() as session:
        yield session


@pytest.fixture
def picture(session: Session) -> dict[str, int]:
    zwolle = feed(session, "zwolle", [
        signal("1", "GM0193", "Zwolle", date(2026, 9, 3), ("vervoer",), people=3),
        signal("2", "GM0193", "Zwolle", date(2026, 10, 8), ("vervoer", "regiotaxi")),
        signal("3", "GM0193", "Zwolle", date(2026, 10, 9), ("parkeerkaart",), withdrawn=True),
    ])  # fmt: skip
    utrecht = feed(session, "utrecht", [
        signal("4", "GM0344", "Utrecht", date(2026, 10, 20), ("hulpmiddelen",), law="zvw"),
        signal("5", "GM0363", "Amsterdam", date(2026, 11, 1), ("vervoer",)),
        signal("6", "GM9999", "Nergenshuizen", date(2026, 11, 2), ("vervoer",)),
    ])  # fmt: skip
    return {"zwolle": zwolle, "utrecht": utrecht}


def test_counts_leave_withdrawn_signals_out_but_the_list_shows_them(
    session: Session, picture: dict[str, int]
) -> None:
    everything = PictureFilter()
    assert count_listed(session, everything) == 6
    assert [row.withdrawn for row in listed(session, everything)].count(True) == 1
    assert per_theme(session, everything) == [
        Count("vervoer", 4, 6), Count("hulpmiddelen", 1, 1), Count("regiotaxi", 1, 1)
    ]  # fmt: skip
    assert per_municipality(session, everything)[0] == Count("Zwolle", 2, 4, "Overijssel")
    assert Count("Nergenshuizen", 1, 1, "") in per_municipality(session, everything)
    assert [(c.label, c.signals) for c in per_province(session, everything)][:1] == [
        ("Overijssel", 2)
    ]
    assert [(c.label, c.signals) for c in per_month(session, everything)] == [
        ("2026-09", 1), ("2026-10", 2), ("2026-11", 2)
    ]  # fmt: skip
    assert themes_in_use(session) == ["hulpmiddelen", "parkeerkaart", "regiotaxi", "vervoer"]


def test_the_filters_offer_the_themes_and_municipalities_signals_came_with(
    any_paths: AppPaths,
) -> None:
    """Read by seeks (a skip scan over the themes, a look-up per municipality): none at first,
    then each one once, in order."""
    with Workspace.open(any_paths) as workspace:
        book = OfficeBook(workspace)
        assert (book.themes(), book.municipalities()) == ([], [])
        with workspace.session() as session:
            feed(session, "zwolle", [
                signal("1", "GM0193", "Zwolle", date(2026, 9, 3), ("vervoer", "Vervoer ")),
                signal("2", "GM0344", "Utrecht", date(2026, 9, 4), ("a", "vervoer", "ab")),
                signal("3", "GM9999", "Nergenshuizen", date(2026, 9, 5), ("a",)),
            ])  # fmt: skip
        assert book.themes() == sorted({"vervoer", "Vervoer ", "a", "ab"})
        assert book.municipalities() == [("GM0344", "Utrecht"), ("GM0193", "Zwolle")]


def test_the_list_is_newest_first_with_themes_and_sender(
    session: Session, picture: dict[str, int]
) -> None:
    rows = listed(session, PictureFilter(), offset=0, limit=2)
    assert [(r.municipality, r.sender, r.themes) for r in rows] == [
        ("Nergenshuizen", "utrecht", ("vervoer",)), ("Amsterdam", "utrecht", ("vervoer",))
    ]  # fmt: skip
    assert [r.municipality for r in listed(session, PictureFilter(), offset=4, limit=5)] == [
        "Zwolle", "Zwolle"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        (PictureFilter(municipalities=("GM0193",)), 3),
        (PictureFilter(provinces=("Utrecht",)), 1),
        (PictureFilter(themes=("vervoer",)), 4),
        (PictureFilter(themes=("regiotaxi", "hulpmiddelen")), 2),
        (PictureFilter(laws=("zvw",)), 1),
        (PictureFilter(date_from=date(2026, 10, 1), date_to=date(2026, 10, 31)), 3),
        (PictureFilter(themes=("vervoer",), date_from=date(2026, 11, 1)), 2),
    ],
)
def test_each_filter_narrows_the_list(
    session: Session, picture: dict[str, int], wanted: PictureFilter, expected: int
) -> None:
    assert count_listed(session, wanted) == expected
    assert len(listed(session, wanted)) == expected


def test_filters_on_sender_and_office_status(session: Session, picture: dict[str, int]) -> None:
    assert count_listed(session, PictureFilter(senders=(picture["utrecht"],))) == 3
    first = listed(session, PictureFilter(senders=(picture["zwolle"],)))[0]
    set_review(session, first.id, "taken_up", "Besproken met VNG.")
    taken_up = listed(session, PictureFilter(statuses=("taken_up",)))
    assert [(r.id, r.office_comment) for r in taken_up] == [(first.id, "Besproken met VNG.")]


@pytest.mark.parametrize(
    "wanted",
    [PictureFilter(), PictureFilter(date_from=date(2026, 10, 1)),
     PictureFilter(date_from=date(2026, 10, 1), date_to=date(2026, 10, 31))],
)  # fmt: skip
def test_the_totals_of_a_period_are_read_from_the_index_alone(
    paths: AppPaths, wanted: PictureFilter
) -> None:
    """The totals line shows with every list: at 100,000 signals reading the rows took 200 ms."""
    with Workspace.open(paths) as workspace, workspace.session() as session:
        with counted(workspace.engine) as sent:
            totals(session, wanted)
        [statement] = [sql for sql in sent if sql.startswith("SELECT")]
        bindings = (None,) * statement.count("?")  # the plan does not depend on the values
        explained = session.connection().exec_driver_sql(
            f"EXPLAIN QUERY PLAN {statement}", bindings
        )
        plan = " ".join(row[-1] for row in explained)
    assert "COVERING INDEX ix_received_signal_period" in plan, plan
