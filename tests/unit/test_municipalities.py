"""The municipality reference list: parsing with clear errors, syncing, and looking up by name."""

from __future__ import annotations

from collections import Counter

import pytest

from advocaat.app.workspace import Workspace
from advocaat.core.text import fold
from advocaat.db.models import Municipality
from advocaat.organisation.municipalities import (
    MAX_LIST_BYTES,
    MunicipalityListError,
    bundled_municipalities,
    find_municipality,
    parse_municipalities,
    sync_municipalities,
)
from advocaat.paths import AppPaths

pytestmark = pytest.mark.usefixtures("english")


HEADER = b"cbs_code,name,province,safety_region,aliases\n"


def test_bundled_list_has_every_municipality_with_cbs_province_counts() -> None:
    records = bundled_municipalities()
    assert len(records) == 342
    provinces = Counter(record.province for record in records)
    assert provinces["Noord-Brabant"] == 56
    assert provinces["Fryslân"] == 18
    assert provinces["Flevoland"] == 6
    by_code = {record.cbs_code: record for record in records}
    assert by_code["GM0518"].name == "'s-Gravenhage"
    assert "Den Haag" in by_code["GM0518"].aliases


def test_parse_accepts_a_byte_order_mark_and_splits_aliases() -> None:
    data = b"\xef\xbb\xbf" + HEADER + b"GM0001,Testdorp,Drenthe,VR03,Dorp; Het Dorp\n"
    (record,) = parse_municipalities(data)
    assert record.cbs_code == "GM0001"
    assert record.aliases == ("Dorp", "Het Dorp")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "must start with the columns"),
        (HEADER, "empty"),
        (b"code;naam\nGM0001;X\n", "must start with the columns"),
        (HEADER + b"XX0001,Testdorp,Drenthe,VR03,\n", "Line 2"),
        (HEADER + b"GM0001,Testdorp,,VR03,\n", "Line 2"),
        (HEADER + b"GM0001,A,Drenthe,VR03,\nGM0001,B,Drenthe,VR03,\n", "twice"),
        (HEADER + b"GM0001,\xff\xfe,Drenthe,VR03,\n", "UTF-8"),
        (HEADER + b'GM0001,"unclosed,Drenthe,VR03,\n', "not valid CSV"),
        (b"x" * (MAX_LIST_BYTES + 1), "too large"),
    ],
)
def test_parse_refuses_bad_lists_in_one_sentence(data: bytes, message: str) -> None:
    with pytest.raises(MunicipalityListError, match=message):
        parse_municipalities(data)


def test_sync_adds_updates_and_keeps_merged_municipalities(paths: AppPaths) -> None:
    old = parse_municipalities(
        HEADER + b"GM0001,Oud-Noord,Drenthe,VR03,\nGM0002,Oud-Zuid,Drenthe,VR03,\n"
    )
    new = parse_municipalities(HEADER + b"GM0003,Samengevoegd,Drenthe,VR03,\n")
    with Workspace.open(paths) as workspace:
        with workspace.session() as session:
            assert sync_municipalities(session, old) == 2 + 342  # the bundled ones go inactive
        with workspace.session() as session:
            assert sync_municipalities(session, old) == 0
            assert sync_municipalities(session, new) == 3
        with workspace.session() as session:
            merged = session.get(Municipality, "GM0001")
            assert merged is not None
            assert merged.active is False
            assert session.get(Municipality, "GM0003").active is True


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
