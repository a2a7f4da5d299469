"""A signal's cost estimate: typed amounts read into cents, every period's yearly factor, and the
estimate saved, changed and cleared with the signal."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from advocaat.i18n import format_money, set_language
from advocaat.signals.cost import (
    MAX_COST_CENTS,
    METHOD,
    YEARLY_FACTORS,
    Cost,
    CostError,
    CostPeriod,
    cost_of,
    parse_euros,
)
from advocaat.signals.service import SignalData, save_signal, signal_cost

pytestmark = pytest.mark.usefixtures("english")


@pytest.mark.parametrize(
    ("typed", "cents"),
    [
        ("12,50", 1250),
        ("12.50", 1250),
        ("12", 1200),
        ("0,01", 1),
        ("12,5", 1250),
        (" € 7,25 ", 725),
        ("€3", 300),
        ("100000", MAX_COST_CENTS),
        ("100000,00", MAX_COST_CENTS),
    ],
)
def test_typed_euros_become_whole_cents(typed: str, cents: int) -> None:
    assert parse_euros(typed) == cents


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("12,505", "not an amount in euros"),
        ("1.234,50", "not an amount in euros"),
        ("-5", "not an amount in euros"),
        ("twaalf", "not an amount in euros"),
        ("", "not an amount in euros"),
        ("1e3", "not an amount in euros"),
        ("0", "above € 0"),
        ("0,00", "above € 0"),
        ("100000,01", "at most € 100,000"),
    ],
)
def test_anything_else_gets_one_sentence(typed: str, message: str) -> None:
    with pytest.raises(CostError, match=message) as refused:
        parse_euros(typed)
    assert refused.value.message.endswith(".")


@given(st.text(max_size=30))
def test_any_text_is_an_amount_in_range_or_one_sentence(text: str) -> None:
    try:
        cents = parse_euros(text)
    except CostError:
        return
    assert 0 < cents <= MAX_COST_CENTS


@given(st.integers(min_value=1, max_value=MAX_COST_CENTS))
def test_every_amount_in_range_reads_back_from_both_ways_of_writing_it(cents: int) -> None:
    euros, rest = divmod(cents, 100)
    assert parse_euros(f"{euros},{rest:02d}") == parse_euros(f"{euros}.{rest:02d}") == cents


@pytest.mark.parametrize(
    ("period", "cents", "people", "yearly"),
    [
        (CostPeriod.MONTH, 2500, 4, 2500 * 12 * 4),
        (CostPeriod.YEAR, 30000, 3, 90000),
        (CostPeriod.ONCE, 120000, 2, 240000),
    ],
)
def test_every_period_becomes_a_yearly_total(
    period: CostPeriod, cents: int, people: int, yearly: int
) -> None:
    assert Cost(cents, period).yearly_cents(people) == yearly


def test_the_method_names_every_period_and_every_period_has_a_factor() -> None:
    assert set(YEARLY_FACTORS) == set(CostPeriod)
    assert all(word in METHOD for word in ("12 times", "yearly", "one-off", "in the year"))


def test_a_record_holds_both_parts_or_neither() -> None:
    assert cost_of(None, None) is None
    assert cost_of(1250, "month") == Cost(1250, CostPeriod.MONTH)
    for cents, period in ((1250, None), (None, "year")):
        with pytest.raises(CostError, match="together with its period"):
            cost_of(cents, period)
    with pytest.raises(CostError, match="month, year or once"):
        cost_of(1250, "week")
    with pytest.raises(CostError, match="above € 0"):
        cost_of(-1, "year")


def test_money_is_written_as_the_language_writes_it() -> None:
    assert format_money(1234550) == "€12,345.50"
    assert format_money(1234550, whole_euros=True) == "€12,346"
    set_language("nl")
    try:
        assert format_money(1234550) == "€\xa012.345,50"
        assert format_money(1234549, whole_euros=True) == "€\xa012.345"
    finally:
        set_language("en")


@pytest.mark.parametrize("period", list(CostPeriod))
def test_the_estimate_is_saved_changed_and_cleared_with_the_signal(
    session: Session, period: CostPeriod
) -> None:
    data = SignalData(
        text="Eigen bijdrage voor de traplift verdubbeld.",
        municipality_code="GM0193",
        happened_on=date(2026, 11, 20),
        themes=["eigen bijdrage"],
        cost=Cost(1999, period),
    )
    signal = save_signal(session, data)
    assert (signal.cost_cents, signal.cost_period) == (1999, period.value)
    assert signal_cost(signal) == Cost(1999, period)
    save_signal(session, replace(data, cost=None), signal_id=signal.id)
    assert (signal.cost_cents, signal.cost_period, signal.revision) == (None, None, 2)


def test_a_cost_out_of_range_is_refused_and_nothing_saved(session: Session) -> None:
    data = SignalData(
        text="Eigen bijdrage verdubbeld.",
        municipality_code="GM0193",
        happened_on=date(2026, 11, 20),
        cost=Cost(MAX_COST_CENTS + 1, CostPeriod.YEAR),
    )
    with pytest.raises(CostError, match="at most € 100,000"):
        save_signal(session, data)
