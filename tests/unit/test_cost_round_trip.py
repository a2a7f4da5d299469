"""A signal's cost estimate travels volunteer → export → office for every period and for none;
a changed revision updates it, an export without the members still imports, and feedback leaves
it as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from office_kit import Office, Volunteer
from sqlalchemy import select
from test_feedback import feedback, review, take
from test_office_import import rebuilt, take_in, volunteer_key

from advocaat.app.workspace import Workspace
from advocaat.core.schemas import SchemaError, validate
from advocaat.db.office_tables import ReceivedSignal
from advocaat.db.signal_tables import Signal
from advocaat.office.inbox import Outcome
from advocaat.paths import AppPaths
from advocaat.signals.cost import Cost, CostPeriod

pytestmark = pytest.mark.usefixtures("english")

ESTIMATES: dict[str, Cost | None] = {
    "Maandelijks": Cost(1250, CostPeriod.MONTH),
    "Jaarlijks": Cost(30000, CostPeriod.YEAR),
    "Eenmalig": Cost(120000, CostPeriod.ONCE),
    "Zonder": None,
}
"""Per signal text's first word, the estimate it carries: every period, and none."""


def office_costs(paths: AppPaths) -> dict[str, tuple[int | None, str | None]]:
    with Workspace.open(paths) as workspace, workspace.session() as session:
        rows = session.execute(
            select(ReceivedSignal.text, ReceivedSignal.cost_cents, ReceivedSignal.cost_period)
        )
        return {text.split()[0]: (cents, period) for text, cents, period in rows}


def expected(estimates: dict[str, Cost | None]) -> dict[str, tuple[int | None, str | None]]:
    return {word: (c.cents, c.period.value) if c else (None, None) for word, c in estimates.items()}


def test_every_period_and_no_cost_travel_and_a_new_revision_updates_them(
    tmp_path: Path, office: Office, office_paths: AppPaths
) -> None:
    volunteer = Volunteer(tmp_path / "v", office, "Afdeling Zwolle")
    ids = {word: volunteer.add(f"{word} meer eigen bijdrage.", cost=cost)
           for word, cost in ESTIMATES.items()}  # fmt: skip
    [result] = take_in(office_paths, office, [volunteer.export()])
    assert (result.outcome, result.new) == (Outcome.IMPORTED, 4)
    assert office_costs(office_paths) == expected(ESTIMATES)

    changed = {"Maandelijks": None, "Zonder": Cost(999, CostPeriod.ONCE)}
    with volunteer.open() as workspace, workspace.session() as session:
        for word, cost in changed.items():
            signal = session.get(Signal, ids[word])
            assert signal is not None
            signal.cost_cents = cost.cents if cost else None
            signal.cost_period = cost.period.value if cost else None
            signal.revision += 1
    [result] = take_in(office_paths, office, [volunteer.export()])
    assert (result.new, result.updated) == (0, 2)
    assert office_costs(office_paths) == expected(ESTIMATES | changed)


def _without_cost(document: dict) -> None:  # type: ignore[type-arg]
    for record in document["signals"]:
        record.pop("cost", None)


def test_an_export_from_before_the_cost_still_imports(
    tmp_path: Path, office: Office, office_paths: AppPaths
) -> None:
    volunteer = Volunteer(tmp_path / "v", office, "Afdeling Zwolle")
    volunteer.add("Maandelijks meer eigen bijdrage.", cost=ESTIMATES["Maandelijks"])
    file = volunteer.export()
    old = tmp_path / "old.advocaat-export"
    old.write_bytes(rebuilt(office, file, _without_cost, volunteer_key(volunteer)))
    [result] = take_in(office_paths, office, [old])
    assert (result.outcome, result.new) == (Outcome.IMPORTED, 1)
    assert office_costs(office_paths) == {"Maandelijks": (None, None)}


MANIFEST = {"format": 1, "sender_id": "x", "sender": "", "organisation": "",
            "sender_municipalities": [], "sender_key": "", "sequence": 1, "created_at": "",
            "sender_recipient": "age1" + "q" * 58}  # fmt: skip


def _record(cost: dict[str, object]) -> dict[str, object]:
    return {"uid": "urn:uuid:1", "revision": 1, "withdrawn": False, "text": "Iets.",
            "municipality_name": "Zwolle", "themes": [], "law": "wmo", "source": "phone",
            "date": "2026-11-02", "people": 1, "urgency": "normal", "status": "new",
            "cost": cost}  # fmt: skip


@pytest.mark.parametrize(
    "cost",
    [
        {"cents": 1250},
        {"per": "month"},
        {"cents": 0, "per": "month"},
        {"cents": 10_000_001, "per": "year"},
        {"cents": 12.5, "per": "year"},
        {"cents": "12,50", "per": "year"},
        {"cents": 1250, "per": "week"},
    ],
)
def test_the_schema_refuses_a_half_or_wrong_estimate(cost: dict[str, object]) -> None:
    with pytest.raises(SchemaError) as refused:
        validate({"manifest": MANIFEST, "signals": [_record(cost)]}, "export", 1)
    assert refused.value.where.startswith("signals[0].cost")
    validate({"manifest": MANIFEST, "signals": [_record({"cents": 1, "per": "once"})]}, "export", 1)


def test_feedback_leaves_the_estimate_on_both_sides(
    tmp_path: Path, office: Office, office_paths: AppPaths
) -> None:
    volunteer = Volunteer(tmp_path / "v", office, "Afdeling Zwolle")
    signal_id = volunteer.add("Jaarlijks meer eigen bijdrage.", cost=ESTIMATES["Jaarlijks"])
    take_in(office_paths, office, [volunteer.export()])
    review(office_paths, "Jaarlijks", "taken_up", "Opgepakt.")
    assert take(volunteer, feedback(office_paths, office)).updated == 1
    with volunteer.open() as workspace, workspace.session() as session:
        signal = session.get(Signal, signal_id)
        assert signal is not None
        assert (signal.cost_cents, signal.cost_period, signal.office_status) == (
            30000,
            "year",
            "taken_up",
        )
    assert office_costs(office_paths) == {"Jaarlijks": (30000, "year")}
