"""`advocaat signals edit|withdraw`: what the window does to a signal, from the command line."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest
from test_cli import advocaat

from advocaat.app.signals import SignalBook, SignalRow
from advocaat.app.workspace import Workspace
from advocaat.cli.signals import EDIT_OPTIONS
from advocaat.paths import AppPaths
from advocaat.signals.cost import CostPeriod
from advocaat.signals.service import SignalData, Status, list_signals


class Demo:
    """The demo database, its signals read through the window's own book."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.paths = AppPaths(root / "data", demo=True)
        Workspace.open(self.paths).close()

    def run(self, *arguments: str):  # type: ignore[no-untyped-def]
        data_dir = ["--lang", "en", "--data-dir", str(self.paths.root), "--demo"]
        return advocaat(*data_dir, "signals", *arguments, cwd=self.root)

    def row(self, reference: str) -> SignalRow:
        with Workspace.open(self.paths) as workspace:
            return SignalBook(workspace).row(reference)

    def listed(self) -> list[dict]:  # type: ignore[type-arg]
        """What `signals list` shows."""
        return json.loads(self.run("list", "--format", "json").stdout)

    def stored(self) -> list[dict]:  # type: ignore[type-arg]
        """Every signal as stored, withdrawn ones too (read in this process: quicker)."""
        with Workspace.open(self.paths) as workspace, workspace.session() as session:
            return [
                {"id": s.id, "uid": s.uid, "revision": s.revision, "text": s.text,
                 "withdrawn": s.withdrawn, "people": s.people_count}
                for s in list_signals(session, include_withdrawn=True)
            ]  # fmt: skip


@pytest.fixture
def demo(tmp_path: Path) -> Demo:
    return Demo(tmp_path)


def test_every_field_can_be_edited(demo: Demo) -> None:
    assert set(EDIT_OPTIONS) == {f.name for f in dataclasses.fields(SignalData)}, (
        "a field of a signal has no option in `signals edit`"
    )
    first = demo.stored()[-1]
    values = {
        "text": "De regiotaxi rijdt niet meer op zondag.",
        "municipality_code": ("Hengelo", "GM0164"),
        "happened_on": ("2026-02-03", date(2026, 2, 3)),
        "themes": (["vervoer", "toegankelijkheid"], ["toegankelijkheid", "vervoer"]),
        "law": "wlz",
        "source": "panel",
        "people_count": ("12", 12),
        "urgency": "high",
        "organisation_id": ("thuiszorg de linde", "Thuiszorg De Linde"),
        "cost": ("12,50", {"cents": 1250, "period": CostPeriod.MONTH}),
    }
    assert set(values) == set(EDIT_OPTIONS)
    arguments = [str(first["id"]), "--status", "forwarded"]
    for field, option in EDIT_OPTIONS.items():
        typed = values[field][0] if isinstance(values[field], tuple) else values[field]
        for value in typed if isinstance(typed, list) else [typed]:
            arguments += [option, value]
    arguments += ["--cost-per", "month"]
    result = demo.run("edit", *arguments)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Signal {first['id']} saved.\n"
    row = demo.row(first["uid"])
    with Workspace.open(demo.paths) as workspace:
        organisations = dict(SignalBook(workspace).organisations())
    stored = dataclasses.asdict(row.data)
    stored["organisation_id"] = organisations.get(stored["organisation_id"])
    for field, value in values.items():
        expected = value[1] if isinstance(value, tuple) else value
        assert stored[field] == expected, field
    assert row.status is Status.FORWARDED

    revision = demo.stored()[-1]["revision"]
    assert revision > first["revision"]
    again = demo.run("edit", *arguments)
    assert again.stdout == f"Signal {first['id']} already reads like this; nothing changed.\n"
    assert demo.stored()[-1]["revision"] == revision


def test_edit_keeps_what_is_left_out_and_an_unchanged_edit_changes_nothing(demo: Demo) -> None:
    first = demo.stored()[0]
    before = demo.row(str(first["id"]))
    assert demo.run("edit", first["uid"], "--people", "9").returncode == 0
    after = demo.row(str(first["id"]))
    assert after.data == dataclasses.replace(before.data, people_count=9)
    revision = next(s for s in demo.stored() if s["id"] == first["id"])["revision"]
    unchanged = demo.run("edit", str(first["id"]), "--people", "9")
    assert "nothing changed" in unchanged.stdout
    assert next(s for s in demo.stored() if s["id"] == first["id"])["revision"] == revision


def test_the_privacy_guard_holds_as_in_the_window(demo: Demo) -> None:
    first = demo.stored()[0]
    text = "Mevrouw met BSN 111222333 kreeg geen parkeerkaart."
    refused = demo.run("edit", str(first["id"]), "--text", text)
    assert refused.returncode == 1
    assert "111222333" in refused.stderr
    assert demo.row(str(first["id"])).text == first["text"]  # nothing saved
    confirmed = demo.run("edit", str(first["id"]), "--text", text, "--confirm-private-data-ok")
    assert confirmed.returncode == 0, confirmed.stderr
    assert ("bsn", "111222333") in demo.row(str(first["id"])).confirmed
    # Confirmed once, as in the window: a later edit of another field is not asked again.
    later = demo.run("edit", str(first["id"]), "--people", "2")
    assert later.returncode == 0, later.stderr
    # A new finding is asked about, even with the earlier one confirmed.
    more = demo.run("edit", str(first["id"]), "--text", text + " Bel 0612345678.")
    assert more.returncode == 1
    assert "111222333" not in more.stderr


def test_withdraw_once_then_nothing_more(demo: Demo) -> None:
    first = demo.stored()[0]
    reference = str(first["id"])
    withdrawn = demo.run("withdraw", reference)
    assert withdrawn.returncode == 0, withdrawn.stderr
    assert withdrawn.stdout.startswith(f"Signal {reference} withdrawn;")
    assert first["uid"] not in [s["uid"] for s in demo.listed()]
    again = demo.run("withdraw", first["uid"])
    assert again.stdout == f"Signal {reference} was withdrawn already; nothing changed.\n"
    edited = demo.run("edit", reference, "--people", "3")
    assert edited.returncode == 1
    assert edited.stderr == "advocaat: This signal was withdrawn; it can no longer be changed.\n"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["edit", "999", "--people", "2"], "There is no signal 999."),
        (["withdraw", "urn:uuid:onbekend"], "There is no signal urn:uuid:onbekend."),
        (["edit", "1", "--text", " "], "Describe what happened."),
        (["edit", "1", "--people", "0"], "The number of people must be 1 or more."),
        (["edit", "1", "--municipality", "Bergen"],
         "Bergen is ambiguous: Bergen (L.) or Bergen (NH.)?"),
        (["edit", "1", "--date", "gisteren"],
         "gisteren is not a date; write it as YYYY-MM-DD, for example 2026-03-31."),
        (["edit", "1", "--organisation", "GGD Nergens"],
         "GGD Nergens is not an organisation in the contact book."),
    ],
)  # fmt: skip
def test_a_refusal_is_one_sentence_and_changes_nothing(
    demo: Demo, arguments: list[str], message: str
) -> None:
    before = demo.stored()
    result = demo.run(*arguments)
    assert result.returncode == 1
    assert result.stderr == f"advocaat: {message}\n"
    assert demo.stored() == before
