"""The estimated cost per year per theme and municipality, against the hand-computed example of
tests/cost_kit.py, in every place that shows it: the office's picture, workbook and national
report, and the volunteer's signal report."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date

import pytest
from cost_kit import DAY, PER_MUNICIPALITY, PER_THEME, SIGNALS, TEXTS_EN
from openpyxl import load_workbook
from picture_kit import feed, signal
from sqlalchemy.orm import Session
from test_local_reports import pdf_text

from advocaat.app.workspace import Workspace
from advocaat.i18n import _
from advocaat.office.picture import PictureFilter, per_municipality, per_theme
from advocaat.office.workbook import national_workbook
from advocaat.paths import AppPaths
from advocaat.printing.local_reports import signal_report_pdf
from advocaat.printing.national_report import national_report_pdf
from advocaat.reports.local import signal_report
from advocaat.signals.cost import MAX_COST_CENTS, METHOD, estimate_text
from advocaat.signals.service import SignalData, save_signal, withdraw

pytestmark = pytest.mark.usefixtures("english")

EVERYTHING = PictureFilter()


@pytest.fixture
def office_session(any_paths: AppPaths) -> Iterator[Session]:
    """The office's sums on SQLite, and on PostgreSQL."""
    with Workspace.open(any_paths) as workspace, workspace.session() as session:
        yield session


@pytest.fixture
def received(office_session: Session) -> Session:
    """The example as the office received it."""
    session = office_session
    incoming = [
        signal(number, code, name, DAY, themes, people=people, withdrawn=withdrawn,
               cost_cents=cost.cents if cost else None,
               cost_per=cost.period.value if cost else None)
        for number, (code, name), themes, people, cost, withdrawn in SIGNALS
    ]  # fmt: skip
    feed(session, "afdeling", incoming)
    return session


@pytest.fixture
def own(session: Session) -> None:
    """The example as one volunteer recorded it."""
    for _number, (code, _name), themes, people, cost, withdrawn in SIGNALS:
        data = SignalData(text="Eigen bijdrage omhoog.", municipality_code=code, happened_on=DAY,
                          themes=list(themes), people_count=people, cost=cost)  # fmt: skip
        saved = save_signal(session, data)
        if withdrawn:
            withdraw(session, saved.id)


def _totals(counts) -> list[tuple[str, int, int, int]]:  # type: ignore[no-untyped-def]
    return [(c.label, c.signals, c.yearly_cents, c.estimated) for c in counts]


def test_the_picture_sums_each_theme_and_municipality(received: Session) -> None:
    session = received
    municipalities = per_municipality(session, EVERYTHING)
    themes = per_theme(session, EVERYTHING)
    assert _totals(municipalities) == PER_MUNICIPALITY
    assert _totals(themes) == PER_THEME
    assert {c.label: estimate_text(c) for c in [*municipalities, *themes]} == TEXTS_EN
    only_zwolle = PictureFilter(municipalities=("GM0193",))
    assert _totals(per_theme(session, only_zwolle)) == [
        ("vervoer", 2, 150_000, 2), ("parkeerkaart", 1, 0, 0), ("regiotaxi", 1, 90_000, 1)
    ]  # fmt: skip


def test_the_workbook_holds_the_totals_in_euros_and_the_method(received: Session) -> None:
    session = received
    book = load_workbook(io.BytesIO(national_workbook(session, EVERYTHING, [])))
    for sheet, expected in (("Per municipality", PER_MUNICIPALITY), ("Per theme", PER_THEME)):
        rows = list(book[sheet].iter_rows(values_only=True))
        assert rows[0][3:] == ("Estimated cost per year (€)", "Signals with an estimate")
        assert [(r[0], r[1], round(r[3] * 100), r[4]) for r in rows[1:]] == expected
        assert book[sheet]["D2"].number_format == "#,##0.00"
    assert ("Estimated cost per year (€)", _(METHOD)) in list(
        book["Filter"].iter_rows(values_only=True)
    )
    per_province = list(book["Per province"].iter_rows(values_only=True))
    assert len(per_province[0]) == 3  # no estimate where none is asked for


def test_the_national_report_prints_every_estimate_and_the_method(received: Session) -> None:
    session = received
    pdf = national_report_pdf(session, EVERYTHING, [], organisation="Vereniging Proef",
                              printed_on=date(2026, 11, 23))  # fmt: skip
    text = pdf_text(pdf)
    assert "What it costs members" in text
    assert " ".join(_(METHOD).split()) in text
    for label, estimate in TEXTS_EN.items():
        if estimate == "no estimate":
            assert f"{label} {estimate}" not in text
        else:
            assert f"{label} {estimate}" in text, label


def test_the_volunteer_s_report_sums_the_same_example(session: Session, own: None) -> None:
    report = signal_report(session, ())
    assert _totals(report.per_municipality) == PER_MUNICIPALITY
    assert _totals(report.per_theme) == PER_THEME
    pdf = signal_report_pdf(report, organisation="Vereniging Proef",
                            printed_on=date(2026, 11, 23), language="en")  # fmt: skip
    text = pdf_text(pdf)
    assert " ".join(_(METHOD).split()) in text
    for label, estimate in TEXTS_EN.items():
        if estimate != "no estimate":
            assert f"{label} {estimate}" in text, label


def test_a_report_without_any_estimate_says_so(session: Session) -> None:
    data = SignalData(text="Regiotaxi te laat.", municipality_code="GM0193", happened_on=DAY,
                      themes=["vervoer"])  # fmt: skip
    save_signal(session, data)
    text = pdf_text(signal_report_pdf(signal_report(session, ()), organisation="Vereniging Proef",
                                      printed_on=date(2026, 11, 23), language="en"))  # fmt: skip
    assert "No signal here has a cost estimate." in text
    assert " ".join(_(METHOD).split()) not in text


def test_the_largest_estimates_add_up_without_overflow(office_session: Session) -> None:
    most = [signal(str(n), "GM0193", "Zwolle", DAY, ("vervoer",), people=1_000_000,
                   cost_cents=MAX_COST_CENTS, cost_per="month") for n in (1, 2)]  # fmt: skip
    feed(office_session, "afdeling", most)
    [count] = per_theme(office_session, EVERYTHING)
    assert (count.yearly_cents, count.estimated) == (2 * MAX_COST_CENTS * 12 * 1_000_000, 2)
