"""The municipality list with its date and history: read from bytes within limits, refused in one
sentence, taken only when newer, never losing a municipality that records point at."""

from __future__ import annotations

import contextlib
import json
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from municipality_kit import newer_list
from sqlalchemy.orm import Session

from advocaat.db.models import Municipality
from advocaat.organisation.municipalities import (
    MAX_LIST_BYTES,
    MunicipalityListError,
    bundled_list,
    list_in_use,
    municipality_list_document,
    read_municipality_list,
    successor_of,
    successors_in_use,
    take_municipality_list,
)

pytestmark = pytest.mark.usefixtures("english")

MERGERS_2022_2023 = {
    "GM0370": ("2022-01-01", "GM0439"),  # Beemster -> Purmerend
    "GM0398": ("2022-01-01", "GM1980"),  # Heerhugowaard -> Dijk en Waard
    "GM0416": ("2022-01-01", "GM1980"),  # Langedijk -> Dijk en Waard
    "GM0756": ("2022-01-01", "GM1982"),  # Boxmeer -> Land van Cuijk
    "GM1684": ("2022-01-01", "GM1982"),  # Cuijk
    "GM0786": ("2022-01-01", "GM1982"),  # Grave
    "GM0815": ("2022-01-01", "GM1982"),  # Mill en Sint Hubert
    "GM1702": ("2022-01-01", "GM1982"),  # Sint Anthonis
    "GM0856": ("2022-01-01", "GM1991"),  # Uden -> Maashorst
    "GM1685": ("2022-01-01", "GM1991"),  # Landerd -> Maashorst
    "GM0457": ("2022-03-24", "GM0363"),  # Weesp -> Amsterdam
    "GM0501": ("2023-01-01", "GM1992"),  # Brielle -> Voorne aan Zee
    "GM0530": ("2023-01-01", "GM1992"),  # Hellevoetsluis
    "GM0614": ("2023-01-01", "GM1992"),  # Westvoorne
}


def entry(code: str, name: str, **more: object) -> dict[str, object]:
    return {"cbs_code": code, "name": name, "province": "Drenthe", "safety_region": "VR03"} | more


def document(day: str, *entries: dict[str, object]) -> dict[str, object]:
    return {"format": 1, "date": day, "municipalities": list(entries)}


def encoded(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def test_the_shipped_list_carries_its_date_and_the_mergers_of_2022_and_2023() -> None:
    shipped = bundled_list()
    assert shipped.dated == date(2023, 1, 1)
    assert shipped.current_count == 342
    ended = {r.cbs_code: r for r in shipped.records if r.ended_on is not None}
    assert {
        code: (r.ended_on.isoformat() if r.ended_on else "", r.successor)
        for code, r in ended.items()
    } == MERGERS_2022_2023
    current = {r.cbs_code: r for r in shipped.records if r.ended_on is None}
    for record in ended.values():
        successor = current[record.successor or ""]
        assert (record.province, record.safety_region) == (
            successor.province,
            successor.safety_region,
        )


def test_a_list_reads_back_from_its_own_document() -> None:
    shipped = bundled_list()
    assert read_municipality_list(encoded(municipality_list_document(shipped))) == shipped


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "damaged or not a municipality list"),
        (b"cbs_code,name\nGM0001,X\n", "damaged or not a municipality list"),
        (b"x" * (MAX_LIST_BYTES + 1), "too large"),
        (
            encoded(document("2026-01-01", entry("GM0001", "A")) | {"format": 2}),
            r"incomplete or damaged \(at format\)",
        ),
        (encoded(document("2026-01-01")), r"\(at municipalities\)"),
        (encoded(document("2026-13-01", entry("GM0001", "A"))), r"\(at date\)"),
        (encoded(document("2026-01-01", entry("XX0001", "A"))), r"municipalities\[0\].cbs_code"),
        (encoded(document("2026-01-01", entry("GM0001", " "))), r"municipalities\[0\].name"),
        (
            encoded(document("2026-01-01", entry("GM0001", "A", safety_region="V1"))),
            r"municipalities\[0\].safety_region",
        ),
        (
            encoded(document("2026-01-01", entry("GM0001", "A", ended_on="2025-01-01"))),
            r"municipalities\[0\].successor",
        ),
        (
            encoded(document("2026-01-01", entry("GM0001", "A", successor="GM0002"))),
            r"municipalities\[0\]",
        ),
        (
            encoded(document("2026-01-01", entry("GM0001", "A"), entry("GM0001", "B"))),
            "names a CBS code twice",
        ),
        (
            encoded(
                document(
                    "2026-01-01",
                    entry("GM0001", "A", ended_on="2025-01-01", successor="GM0002"),
                    entry("GM0002", "B", ended_on="2025-01-01", successor="GM0001"),
                )
            ),
            "no current municipality",
        ),
        (
            encoded(
                document(
                    "2026-01-01",
                    entry("GM0001", "A", ended_on="2025-01-01", successor="GM0009"),
                    entry("GM0002", "B"),
                )
            ),
            "The successor of A is not a current municipality",
        ),
        (
            encoded(
                document(
                    "2026-01-01",
                    entry("GM0001", "A", ended_on="2025-01-01", successor="GM0002"),
                    entry("GM0002", "B", ended_on="2025-01-01", successor="GM0001"),
                    entry("GM0003", "C"),
                )
            ),
            "The successor of A is not a current municipality",
        ),
        (
            encoded(
                document(
                    "2026-01-01",
                    entry("GM0001", "A", ended_on="2027-01-01", successor="GM0002"),
                    entry("GM0002", "B"),
                )
            ),
            "A ends after the date",
        ),
    ],
)
def test_a_damaged_list_is_refused_in_one_sentence(data: bytes, message: str) -> None:
    with pytest.raises(MunicipalityListError, match=message) as raised:
        read_municipality_list(data)
    assert "\n" not in raised.value.message


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_list_or_one_sentence(data: bytes) -> None:
    with contextlib.suppress(MunicipalityListError):
        read_municipality_list(data)


codes = st.integers(0, 9999).map(lambda n: f"GM{n:04d}")
names = st.text(st.characters(codec="utf-8", categories=("L", "N", "Zs")), min_size=1).filter(
    str.strip
)


@st.composite
def lists(draw: st.DrawFn) -> dict[str, Any]:
    current = draw(st.lists(codes, min_size=1, max_size=8, unique=True))
    ended = draw(st.lists(codes.filter(lambda code: code not in current), max_size=8, unique=True))
    day = draw(st.dates(date(2000, 1, 1), date(2030, 12, 31)))
    entries = [entry(code, draw(names).strip()[:120]) for code in current]
    for index, code in enumerate(ended):
        # a chain: merged into an earlier merged one, or into a current one
        successor = draw(st.sampled_from(current + ended[:index]))
        ended_on = draw(st.dates(date(1990, 1, 1), day))
        entries.append(
            entry(
                code, draw(names).strip()[:120], ended_on=ended_on.isoformat(), successor=successor
            )
        )
    return document(day.isoformat(), *draw(st.permutations(entries)))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lists())
def test_every_valid_list_reads_and_writes_back_the_same(value: dict[str, Any]) -> None:
    read = read_municipality_list(encoded(value))
    assert read_municipality_list(encoded(municipality_list_document(read))) == read
    successors = {r.cbs_code: r.successor for r in read.records if r.successor}
    current = {r.cbs_code for r in read.records if r.ended_on is None}
    assert all(successor_of(r.cbs_code, successors) in current for r in read.records)


def test_successor_of_follows_a_chain_and_leaves_current_ones_alone() -> None:
    successors = {"GM0001": "GM0002", "GM0002": "GM0003"}
    assert successor_of("GM0001", successors) == "GM0003"
    assert successor_of("GM0003", successors) == "GM0003"
    assert successor_of("GM0193", successors) == "GM0193"


def test_a_newer_list_replaces_the_one_in_use_and_an_older_one_is_ignored(
    session: Session,
) -> None:
    in_use = list_in_use(session)
    assert in_use is not None
    assert in_use.dated == date(2023, 1, 1)  # the shipped one, taken at the first start
    newer = read_municipality_list(
        encoded(municipality_list_document(newer_list(date(2027, 1, 1))))
    )
    assert take_municipality_list(session, newer) is True
    assert list_in_use(session) == newer
    zwolle = session.get(Municipality, "GM0193")
    assert zwolle is not None
    assert (zwolle.active, zwolle.merged_into) == (False, "GM9901")
    assert session.get(Municipality, "GM9901").active is True
    assert take_municipality_list(session, bundled_list()) is False  # older
    assert take_municipality_list(session, newer) is False  # the same
    assert list_in_use(session) == newer
    assert session.get(Municipality, "GM0193").merged_into == "GM9901"
    assert successors_in_use(session)["GM0193"] == "GM9901"
    assert successors_in_use(session)["GM0756"] == "GM1982"
