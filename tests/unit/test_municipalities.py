"""The municipality reference list: syncing, and looking up by name."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from advocaat.app.workspace import Workspace
from advocaat.core.text import fold
from advocaat.db.models import Municipality
from advocaat.organisation.municipalities import (
    MunicipalityRecord,
    bundled_municipalities,
    find_municipality,
    sync_municipalities,
)
from advocaat.paths import AppPaths

pytestmark = pytest.mark.usefixtures("english")


def test_bundled_list_has_every_municipality_with_cbs_province_counts() -> None:
    records = [record for record in bundled_municipalities() if record.ended_on is None]
    assert len(records) == 342
    provinces = Counter(record.province for record in records)
    assert provinces["Noord-Brabant"] == 56
    assert provinces["Fryslân"] == 18
    assert provinces["Flevoland"] == 6
    by_code = {record.cbs_code: record for record in records}
    assert by_code["GM0518"].name == "'s-Gravenhage"
    assert "Den Haag" in by_code["GM0518"].aliases


def test_sync_adds_updates_and_keeps_merged_municipalities(paths: AppPaths) -> None:
    old = [record("GM0001", "Oud-Noord"), record("GM0002", "Oud-Zuid")]
    new = [
        record("GM0001", "Oud-Noord", ended_on=date(2026, 1, 1), successor="GM0003"),
        record("GM0003", "Samengevoegd"),
    ]
    with Workspace.open(paths) as workspace:
        with workspace.session() as session:
            assert sync_municipalities(session, old) == 2 + 342  # the bundled ones go inactive
        with workspace.session() as session:
            assert sync_municipalities(session, old) == 0
            assert sync_municipalities(session, new) == 3  # GM0001 ends, GM0003 comes, GM0002
        with workspace.session() as session:
            merged = session.get(Municipality, "GM0001")
            assert merged is not None
            assert (merged.active, merged.merged_into) == (False, "GM0003")
            assert session.get(Municipality, "GM0003").active is True
            assert session.get(Municipality, "GM0002").active is False  # kept, not deleted


def record(
    code: str, name: str, *, ended_on: date | None = None, successor: str | None = None
) -> MunicipalityRecord:
    return MunicipalityRecord(code, name, "Drenthe", "VR03", (), ended_on, successor)


def test_find_by_code_name_alias_and_without_accents(paths: AppPaths) -> None:
    with Workspace.open(paths) as workspace, workspace.session() as session:
        assert find_municipality(session, "gm0193").name == "Zwolle"
        assert find_municipality(session, "Den Haag").cbs_code == "GM0518"
        assert find_municipality(session, "sudwest-fryslan").name == "Súdwest-Fryslân"
        assert find_municipality(session, "Atlantis") is None


def test_fold_ignores_case_and_diacritics() -> None:
    assert fold("Súdwest-Fryslân") == "sudwest-fryslan"
    assert fold("ÖZGÜR") == "ozgur"
    assert fold("Yılmaz Søren Łukasz") == "yilmaz soren lukasz"
