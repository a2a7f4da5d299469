"""Good examples travel: in the export through the privacy guard, into the office's table (newest
revision wins), and the office's selection back in the profile, without who sent it."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pyrage
import pytest
from fuzz_kit import EXAMPLE_RECORD, Keys, _dump, _zip, export_document, profile_document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from office_kit import Office, Volunteer
from sqlalchemy import select
from test_export import opened

from advocaat.app.workspace import Workspace
from advocaat.db.example_tables import GoodExample, ReceivedExample
from advocaat.examples.service import ExampleData, save_example
from advocaat.office.examples import received_examples, select_example, selection
from advocaat.office.inbox import Inbox
from advocaat.paths import AppPaths
from advocaat.sync.export import EXPORT_FIELDS, GUARDED, ExportError, NothingToExportError
from advocaat.sync.export_reader import ExportFileError, read_export
from advocaat.sync.profile import (
    PROFILE_MEMBER,
    OrganisationProfile,
    ProfileError,
    import_profile,
    read_profile,
    write_profile,
)
from advocaat.sync.signed_zip import pack

pytestmark = pytest.mark.usefixtures("english")

EXAMPLE = ExampleData(
    municipality_code="GM0193",
    strategy="cooperation",
    title="Parkeerkaart zonder keuring",
    story="Samen met de Wmo-raad kreeg de gemeente zover\ndat de keuring vervalt.",
    partners="Wmo-raad Zwolle, MEE IJssel-Vecht",
    happened_on=date(2026, 10, 1),
)

AT_THE_OFFICE = {
    "uid": lambda row: row.uid,
    "revision": lambda row: row.revision,
    "date": lambda row: row.happened_on.isoformat(),
    "municipality": lambda row: row.municipality_code,
    "municipality_name": lambda row: row.municipality_name,
    "strategy": lambda row: row.strategy,
    "title": lambda row: row.title,
    "story": lambda row: row.story,
    "partners": lambda row: row.partners,
}
"""Every field the export writes for an example, and where the office keeps it."""


def record(volunteer: Volunteer, data: ExampleData = EXAMPLE, example_id: int | None = None) -> int:
    with volunteer.open() as workspace, workspace.session() as session:
        return save_example(session, data, example_id=example_id).id


def take_in(paths: AppPaths, office: Office, files: list[Path]) -> None:
    with Workspace.open(paths) as workspace:
        Inbox(workspace.session, office.keys.identities, lambda _card: True).take_in(files)


def received(paths: AppPaths) -> list[ReceivedExample]:
    with Workspace.open(paths) as workspace, workspace.session() as session:
        rows = list(session.scalars(select(ReceivedExample).order_by(ReceivedExample.id)))
        session.expunge_all()
    return rows


def test_every_field_the_export_writes_is_read_back_at_the_office(
    tmp_path: Path, office: Office, office_paths: AppPaths
) -> None:
    zwolle = Volunteer(tmp_path / "zwolle", office, "Afdeling Zwolle")
    record(zwolle)
    exported = zwolle.export()
    [written] = opened(exported, office.keys)["examples"]
    assert set(written) == set(AT_THE_OFFICE)
    assert {f"examples[].{name}" for name in AT_THE_OFFICE} == {
        path for path in EXPORT_FIELDS if path.startswith("examples[]")
    }
    take_in(office_paths, office, [exported])
    [row] = received(office_paths)
    assert {name: read(row) for name, read in AT_THE_OFFICE.items()} == written
    assert written["story"] == EXAMPLE.story  # kept exactly, line break and all
    assert (written["municipality_name"], row.selected) == ("Zwolle", False)


def test_a_changed_example_updates_and_an_older_file_never_rolls_it_back(
    tmp_path: Path, office: Office, office_paths: AppPaths
) -> None:
    zwolle = Volunteer(tmp_path / "zwolle", office, "Afdeling Zwolle")
    example = record(zwolle)
    first = zwolle.export()
    with pytest.raises(NothingToExportError):
        zwolle.export()
    record(zwolle, replace(EXAMPLE, title="Keuring vervalt", strategy="collective"), example)
    second = zwolle.export()  # only an example changed: that is reason enough for a file
    assert [r["revision"] for r in opened(second, office.keys)["examples"]] == [2]
    take_in(office_paths, office, [second, first])
    [row] = received(office_paths)
    assert (row.revision, row.title, row.strategy) == (2, "Keuring vervalt", "collective")
    take_in(office_paths, office, [first])
    assert received(office_paths)[0].title == "Keuring vervalt"


PLANT = {f"examples[].{field}": field for field in ("title", "story", "partners")}
"""Each guarded field of an example, filled behind the guard's back (an old database, another
program): the export must still refuse it."""


def test_every_guarded_field_of_an_example_is_planted_here() -> None:
    guarded = {path for path, policy in EXPORT_FIELDS.items() if policy == GUARDED}
    assert {path for path in guarded if path.startswith("examples[]")} == set(PLANT)


@pytest.mark.parametrize("field", sorted(PLANT))
@pytest.mark.parametrize("full", [False, True])
def test_personal_data_in_a_guarded_field_stops_the_export(
    tmp_path: Path, office: Office, field: str, full: bool
) -> None:
    zwolle = Volunteer(tmp_path / "zwolle", office, "Afdeling Zwolle")
    example = record(zwolle)
    with zwolle.open() as workspace, workspace.session() as session:
        row = session.get(GoodExample, example)
        setattr(row, PLANT[field], "Bel mevrouw op 06-98765432.")
    with pytest.raises(ExportError, match=r"good example .*\(06-98765432\)"):
        zwolle.export(full=full)
    assert list(zwolle.outbox.iterdir()) == []
    # A confirmed finding may travel, as for a signal.
    with zwolle.open() as workspace, workspace.session() as session:
        row = session.get(GoodExample, example)
        row.confirmations = json.dumps([["phone", "06-98765432"]])
    assert zwolle.export(full=full).exists()


def test_the_selection_ships_in_the_profile_without_its_sender(
    tmp_path: Path, office: Office, office_paths: AppPaths
) -> None:
    zwolle = Volunteer(tmp_path / "zwolle", office, "Afdeling Zwolle")
    record(zwolle)
    record(zwolle, replace(EXAMPLE, title="Niet gekozen"))
    take_in(office_paths, office, [zwolle.export()])
    with Workspace.open(office_paths) as workspace, workspace.session() as session:
        lines = received_examples(session)
        chosen = next(line for line in lines if line.example.title == EXAMPLE.title)
        assert chosen.sender == "Afdeling Zwolle"
        select_example(session, chosen.id, True)
        shipped = selection(session)
    assert [example.title for example in shipped] == [EXAMPLE.title]
    profile = replace(read_profile(office.profile), examples=shipped)
    data = write_profile(profile, office.keys)
    assert b"Afdeling Zwolle" not in data
    assert b"urn:uuid" not in data
    [back] = read_profile(data).examples
    assert back == shipped[0]
    utrecht = Volunteer(tmp_path / "utrecht", office, "Afdeling Utrecht", "GM0344")
    with utrecht.open() as workspace, workspace.session() as session:
        assert import_profile(session, data).examples == shipped


# -- the readers under hypothesis ------------------------------------------------------------------

KEYS = Keys()
TEXTS = st.text(max_size=300)
EXAMPLES = st.fixed_dictionaries(
    {
        "uid": st.text(min_size=1, max_size=70),
        "revision": st.integers(-2, 2**64),
        "date": st.one_of(st.just("2026-10-01"), st.text(max_size=12)),
        "municipality": st.one_of(st.none(), st.text(max_size=8)),
        "municipality_name": TEXTS,
        "strategy": st.one_of(st.sampled_from(["inform", "collective"]), st.text(max_size=40)),
        "title": st.text(max_size=220),
        "story": TEXTS,
        "partners": TEXTS,
    },
    optional={"extra": st.text(max_size=5)},
)
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def sealed_export(examples: list[dict[str, object]]) -> bytes:
    document = export_document(KEYS) | {"examples": examples}
    body = _dump(document)
    signature = bytes(KEYS.volunteer_signing.secret_key.sign(body, trusted_comment="fuzz"))
    return pyrage.encrypt(_zip("export.json", body, signature), [KEYS.office.to_public()])


@FUZZ
@given(examples=st.lists(EXAMPLES, max_size=3))
def test_the_export_reader_reads_every_example_or_refuses_the_file(
    examples: list[dict[str, object]],
) -> None:
    try:
        read = read_export(sealed_export(examples), [KEYS.office]).examples
    except ExportFileError as error:
        refusal = error.message
    else:
        refusal = None
    if refusal is not None:
        assert refusal.strip()
        return
    assert [example.uid for example in read] == [e["uid"] for e in examples]
    assert [example.story for example in read] == [e["story"] for e in examples]
    for example, sent in zip(read, examples, strict=True):
        assert example.title == str(sent["title"]).strip() != ""
        assert example.happened_on.isoformat() == sent["date"]


@FUZZ
@given(examples=st.lists(EXAMPLES, max_size=3))
def test_the_profile_reader_reads_every_example_or_refuses_the_file(
    examples: list[dict[str, object]],
) -> None:
    shipped = [{k: v for k, v in e.items() if k not in ("uid", "revision")} for e in examples]
    document = profile_document(KEYS) | {"examples": shipped}
    data = pack(PROFILE_MEMBER, _dump(document), KEYS.office_signing.secret_key, "fuzz")
    try:
        read = read_profile(data).examples
    except ProfileError as error:
        refusal = error.message
    else:
        refusal = None
    if refusal is not None:
        assert refusal.strip()
        return
    assert [example.story for example in read] == [e["story"] for e in shipped]
    assert [example.title for example in read] == [str(e["title"]).strip() for e in shipped]


def test_the_samples_carry_an_example() -> None:
    assert (
        read_export(sealed_export([EXAMPLE_RECORD]), [KEYS.office]).examples[0].title
        == (EXAMPLE_RECORD["title"])
    )
    assert OrganisationProfile.__dataclass_fields__["examples"].default == ()
