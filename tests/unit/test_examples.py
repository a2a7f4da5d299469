"""Good examples: every field saved and read back, the privacy guard on every text, revisions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy.orm import Session

from advocaat.db.visit_tables import Visit
from advocaat.examples.service import (
    ExampleData,
    ExampleError,
    example_page,
    find_example,
    save_example,
    stored_confirmations,
)
from advocaat.examples.strategies import LABELS, Strategy, strategy_label
from advocaat.signals.service import PersonalDataError

pytestmark = pytest.mark.usefixtures("english")

EXAMPLE = ExampleData(
    municipality_code="GM0193",
    strategy=Strategy.COOPERATION.value,
    title="Parkeerkaart zonder keuring",
    story="Samen met de Wmo-raad kreeg de gemeente zover dat de keuring vervalt.",
    partners="Wmo-raad Zwolle, MEE IJssel-Vecht",
    happened_on=date(2026, 10, 1),
)


def test_every_field_is_saved_and_read_back(session: Session) -> None:
    saved = save_example(session, EXAMPLE)
    found = find_example(session, saved.uid)
    assert (found.municipality_code, found.strategy, found.title, found.story, found.partners,
            found.happened_on) == (
        EXAMPLE.municipality_code, EXAMPLE.strategy, EXAMPLE.title, EXAMPLE.story,
        EXAMPLE.partners, EXAMPLE.happened_on,
    )  # fmt: skip
    assert (found.revision, found.exported_revision) == (1, 0)
    assert find_example(session, str(saved.id)) is found


def test_a_change_raises_the_revision(session: Session) -> None:
    saved = save_example(session, EXAMPLE)
    save_example(session, replace(EXAMPLE, title="Keuring vervalt"), example_id=saved.id)
    assert (saved.revision, saved.title) == (2, "Keuring vervalt")


@pytest.mark.parametrize("field", ["title", "story", "partners"])
def test_the_privacy_guard_reads_every_text(session: Session, field: str) -> None:
    session.add(Visit(member_name="Gerda Veldkamp"))
    session.flush()
    leaky = replace(EXAMPLE, **{field: "Samen met mevrouw Veldkamp, 06-12345678"})
    with pytest.raises(PersonalDataError) as refused:
        save_example(session, leaky)
    assert {f.kind.value for f in refused.value.findings} == {"name", "phone"}
    assert example_page(session) == []
    confirmed = frozenset(f.confirmation for f in refused.value.findings)
    saved = save_example(session, leaky, confirmed=confirmed)
    assert stored_confirmations(saved) == confirmed


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"title": "  "}, "short title"),
        ({"story": ""}, "story"),
        ({"municipality_code": None}, "municipality"),
        ({"municipality_code": "GM9999"}, "municipality"),
        ({"strategy": "lobby"}, "lobby is not a known strategy"),
        ({"title": "x" * 201}, "too long"),
        ({"partners": "x" * 2001}, "too long"),
    ],
)
def test_bad_input_is_one_sentence_and_saves_nothing(
    session: Session, change: dict[str, object], message: str
) -> None:
    with pytest.raises(ExampleError, match=message):
        save_example(session, replace(EXAMPLE, **change))  # type: ignore[arg-type]
    assert example_page(session) == []


def test_every_strategy_has_an_english_and_a_dutch_label() -> None:
    assert set(LABELS) == set(Strategy)
    assert len(Strategy) == 5
    assert len({strategy.label for strategy in Strategy}) == 5
    assert strategy_label("from-a-newer-app") == "from-a-newer-app"
