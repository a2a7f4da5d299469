"""Bounded JSON and declared shapes: every way an outside value can be wrong ends in the reader's
own error, with the place of the wrong value."""

from __future__ import annotations

import re
from datetime import date

import pytest

from advocaat.core.checked_json import (
    MAX_INT,
    Const,
    Day,
    Either,
    Integer,
    ListOf,
    Record,
    ShapeError,
    Text,
    check,
    load_json,
)


class RefusedError(Exception):
    pass


def load(data: bytes, max_bytes: int = 1_000, max_values: int = 100) -> object:
    return load_json(data, max_bytes=max_bytes, max_values=max_values, refuse=RefusedError)


@pytest.mark.parametrize(
    "data",
    [
        b"[" + b"1," * 600 + b"1]",  # too many bytes
        b"[" + b"1," * 200 + b"1]",  # too many values
        b"[" * 5_000 + b"]" * 5_000,  # deeper than the interpreter's recursion limit
        b"1" * 5_000,  # more digits than int() takes
        b"NaN", b"[Infinity]", b"-Infinity",
        b'"\xff"', b"\xef\xbb\xbf{}",  # not UTF-8; a BOM where none is allowed
        b"", b"{", b"{'a': 1}",
    ],
)  # fmt: skip
def test_load_json_refuses_with_the_reader_s_error(data: bytes) -> None:
    with pytest.raises(RefusedError):
        load(data, max_bytes=1_000 if len(data) < 1_300 else 20_000)


def test_load_json_counts_values_before_decoding() -> None:
    # One more than the , : [ { in it: an upper bound of its values, keys and containers.
    assert load(b'{"a": [1, 2, {"b": "c"}]}', max_values=8) == {"a": [1, 2, {"b": "c"}]}
    with pytest.raises(RefusedError):
        load(b'{"a": [1, 2, {"b": "c"}]}', max_values=7)


@pytest.mark.parametrize(
    ("shape", "value"),
    [
        (Text(5), 5), (Text(5), None), (Text(5), "123456"), (Text(5), "a\x00b"),
        (Text(5), "a\x07"), (Text(5), "\ud800"), (Text(5, required=True), "  "),
        (Text(9, pattern=re.compile("age1[a-z]+")), "age1ABC"),
        (Integer(1), 0), (Integer(1), True), (Integer(1), 1.0), (Integer(1), "1"),
        (Integer(1), MAX_INT + 1), (Integer(), -1),
        (Day(), "2026-02-30"), (Day(), "20261102"), (Day(), 20261102), (Day(), "2026-11-02T10"),
        (Const(True), 1), (Const(False), 0), (Const(1), True),
        (ListOf(Text(3), 2), ["a", "b", "c"]), (ListOf(Text(3), 2), "ab"),
        (ListOf(Text(3), 2, required=True), []),
        (Record({"a": Text(3)}), []), (Record({"a": Text(3)}), {}),
    ],
)  # fmt: skip
def test_a_value_of_the_wrong_shape_is_refused(shape: object, value: object) -> None:
    with pytest.raises(ShapeError):
        check(shape, value)  # type: ignore[arg-type]


def test_good_values_come_back_cleaned_and_errors_name_their_place() -> None:
    shape = Record(
        {"name": Text(20), "when": Day(), "tags": ListOf(Text(5), 3), "note": Text(20)},
        {"note": ""},
    )
    value = {"name": "  Zwolle\n", "when": "2026-11-02", "tags": ["a", "b"], "extra": [[1]]}
    assert check(shape, value) == {"name": "Zwolle", "when": date(2026, 11, 2),
                                   "tags": ["a", "b"], "note": ""}  # fmt: skip
    with pytest.raises(ShapeError) as caught:
        check(shape, value | {"tags": ["a", 7]})
    assert caught.value.where == "tags[1]"
    with pytest.raises(ShapeError) as caught:
        check(ListOf(shape, 5), [value, value | {"when": "2026-13-01"}])
    assert caught.value.where == "[1].when"


def test_either_picks_the_shape_by_its_flag() -> None:
    full = Record({"gone": Const(False), "text": Text(10)})
    stone = Record({"gone": Const(True)})
    shape = Either("gone", True, stone, full)
    assert check(shape, {"gone": True, "text": 5}) == {"gone": True}  # the text is not kept
    assert check(shape, {"gone": False, "text": "x"}) == {"gone": False, "text": "x"}
    for wrong in ({"gone": 1, "text": "x"}, {"text": "x"}, {"gone": False}):
        with pytest.raises(ShapeError):
            check(shape, wrong)
