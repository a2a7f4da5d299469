"""Municipalities are found by the names people use; a name that fits several is never guessed.

The tests walk the whole bundled list, so a municipality added by a newer list is covered too.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from advocaat.app.workspace import Workspace
from advocaat.db.models import Municipality
from advocaat.organisation.municipalities import (
    AmbiguousMunicipalityError,
    MunicipalityRecord,
    UnknownMunicipalityError,
    bundled_municipalities,
    common_names,
    find_municipality,
    name_key,
    resolve_municipality,
    sync_municipalities,
)
from advocaat.paths import AppPaths

pytestmark = pytest.mark.usefixtures("english")

RECORDS = bundled_municipalities()


def short_name(name: str) -> str:
    """The name as people say it: without "(NH.)" and without what follows a comma."""
    return re.sub(r"\s*\([^()]*\)$", "", name).split(",", 1)[0]


def sharing(names: dict[str, list[str]]) -> dict[str, list[str]]:
    return {key: codes for key, codes in names.items() if len(codes) > 1}


SHORT_NAMES: dict[str, list[str]] = defaultdict(list)
for _record in RECORDS:
    SHORT_NAMES[name_key(short_name(_record.name))].append(_record.cbs_code)
SHARED = sharing(SHORT_NAMES)
OFFICIAL = {name_key(record.name) for record in RECORDS}


@pytest.fixture(scope="module")
def listed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    """One profile with the bundled list for the read-only tests of this module."""
    paths = AppPaths(tmp_path_factory.mktemp("names"))
    with Workspace.open(paths) as workspace, workspace.session() as session:
        yield session


def test_the_examples_people_type(listed: Session) -> None:
    expected = {
        "Hengelo": "Hengelo (O.)",
        "Rijswijk": "Rijswijk (ZH.)",
        "Middelburg": "Middelburg (Z.)",
        "Laren": "Laren (NH.)",
        "Nuenen": "Nuenen, Gerwen en Nederwetten",
        "Beek": "Beek (L.)",
        "Stein": "Stein (L.)",
    }
    assert SHARED == {"bergen": ["GM0373", "GM0893"]}
    session = listed
    for typed, official in expected.items():
        assert resolve_municipality(session, typed).name == official
    for typed in ("Bergen NH", "bergen (nh)", "Bergen (Noord-Holland)", "Bergen Noord-Holland"):
        assert resolve_municipality(session, typed).cbs_code == "GM0373"
    assert resolve_municipality(session, "Bergen L.").cbs_code == "GM0893"
    assert resolve_municipality(session, "Bergen op Zoom").cbs_code == "GM0748"
    with pytest.raises(AmbiguousMunicipalityError) as raised:
        resolve_municipality(session, "Bergen")
    assert raised.value.message == "Bergen is ambiguous: Bergen (L.) or Bergen (NH.)?"
    assert find_municipality(session, "Bergen") is None  # never silently picked
    with pytest.raises(UnknownMunicipalityError, match=r"^Atlantis is not a Dutch"):
        resolve_municipality(session, "Atlantis")
    with pytest.raises(UnknownMunicipalityError, match=r"^gm9999 is not a Dutch"):
        resolve_municipality(session, "gm9999")


@pytest.mark.parametrize("record", RECORDS, ids=lambda record: record.cbs_code)
def test_every_municipality_by_code_full_name_and_short_name(
    record: MunicipalityRecord, listed: Session
) -> None:
    session = listed
    for typed in (record.cbs_code, record.cbs_code.lower(), record.name, record.name.upper()):
        assert resolve_municipality(session, typed).cbs_code == record.cbs_code, typed
    short = short_name(record.name)
    if name_key(short) in SHARED:
        with pytest.raises(AmbiguousMunicipalityError) as raised:
            resolve_municipality(session, short)
        assert sorted(m.cbs_code for m in raised.value.choices) == SHARED[name_key(short)]
        for code in SHARED[name_key(short)]:
            assert session.get(Municipality, code).name in raised.value.message
    elif name_key(short) in OFFICIAL:
        # Another municipality's official name: that one is meant.
        assert name_key(resolve_municipality(session, short).name) == name_key(short)
    else:
        assert resolve_municipality(session, short).cbs_code == record.cbs_code, short
    for alias in record.aliases:
        assert resolve_municipality(session, alias).cbs_code == record.cbs_code, alias


def test_every_common_name_shared_by_two_is_reported_as_ambiguous(listed: Session) -> None:
    """Over all names people use, not only the short ones: aliases and name with province too."""
    owners: dict[str, list[str]] = defaultdict(list)
    session = listed
    rows = session.scalars(select(Municipality)).all()
    for row in rows:
        for name in dict.fromkeys(name_key(name) for name in common_names(row)):
            owners[name].append(row.cbs_code)
    official = {name_key(row.name) for row in rows}
    shared = {key: codes for key, codes in sharing(owners).items() if key not in official}
    assert shared  # Bergen at least
    for key, codes in shared.items():
        with pytest.raises(AmbiguousMunicipalityError) as raised:
            resolve_municipality(session, key)
        assert sorted(m.cbs_code for m in raised.value.choices) == sorted(codes)


def test_a_merged_municipality_gives_way_to_a_current_one_of_the_same_common_name(
    session: Session,
) -> None:
    records = [r for r in RECORDS if r.cbs_code != "GM0893"]  # Bergen (L.) merged away
    sync_municipalities(session, records)
    assert resolve_municipality(session, "Bergen").cbs_code == "GM0373"
    assert resolve_municipality(session, "Bergen (L.)").cbs_code == "GM0893"  # still found
