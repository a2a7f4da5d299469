"""JSON from outside files: decoded within fixed limits, then checked against a declared shape.

Every reader of a file that came from someone else goes through here, so that a hostile file
costs a bounded amount of memory and time and ends in the reader's own typed error, never in a
``RecursionError``, a ``ValueError`` from a huge number or a string that cannot be stored.

:func:`load_json` refuses before decoding when the bytes could expand too much: the number of
JSON values is at most the number of ``, : [ {`` bytes plus one, and each value costs at most
about a hundred bytes beyond its own text, so ``max_values`` bounds the memory a document takes.
:func:`check` walks a decoded value against a shape (a small, declarative stand-in for JSON
Schema) and returns it cleaned; a :class:`ShapeError` names the first place that is wrong.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

MAX_INT = 2**31 - 1
"""The largest number every database the app runs on stores in an ``Integer`` column."""
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
"""Control characters (tab and line breaks aside) and lone surrogates: no database or file
encoding takes them, so no outside text may carry them."""


class ShapeError(Exception):
    """An outside value that does not fit its shape; ``where`` is its path (``signals[3].uid``)."""

    def __init__(self, where: str) -> None:
        super().__init__(where)
        self.where = where


def load_json(
    data: bytes,
    *,
    max_bytes: int,
    max_values: int,
    refuse: Callable[[], Exception],
    encoding: str = "utf-8",
) -> object:
    """The decoded document, or ``refuse()`` raised for anything too large, deep or broken."""
    if len(data) > max_bytes:
        raise refuse()
    values = 1 + sum(data.count(mark) for mark in (b",", b":", b"[", b"{"))
    if values > max_values:
        raise refuse()
    try:
        return json.loads(data.decode(encoding), parse_constant=_no_constant)
    except (ValueError, RecursionError) as error:  # JSONDecodeError and UnicodeError are both
        raise refuse() from error


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


class Shape:
    """How one value must look; :meth:`check` returns it cleaned or raises :class:`ShapeError`."""

    def check(self, value: object, where: str) -> object:
        raise NotImplementedError


@dataclass(frozen=True)
class Text(Shape):
    max_length: int
    required: bool = False
    """An empty (or blank) text is refused."""
    strip: bool = True
    pattern: re.Pattern[str] | None = None
    """What the whole text must match, when given."""

    def check(self, value: object, where: str) -> str:
        if not isinstance(value, str) or len(value) > self.max_length:
            raise ShapeError(where)
        if _UNSTORABLE.search(value) or (self.pattern and not self.pattern.fullmatch(value)):
            raise ShapeError(where)
        text = value.strip() if self.strip else value
        if self.required and not text.strip():
            raise ShapeError(where)
        return text


@dataclass(frozen=True)
class Integer(Shape):
    minimum: int = 0
    maximum: int = MAX_INT

    def check(self, value: object, where: str) -> int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise ShapeError(where)
        if not self.minimum <= value <= self.maximum:
            raise ShapeError(where)
        return value


@dataclass(frozen=True)
class Day(Shape):
    """A calendar date as ``YYYY-MM-DD``."""

    def check(self, value: object, where: str) -> date:
        if not isinstance(value, str) or len(value) != 10:
            raise ShapeError(where)
        try:
            return date.fromisoformat(value)
        except ValueError as error:
            raise ShapeError(where) from error


@dataclass(frozen=True)
class Const(Shape):
    value: object

    def check(self, value: object, where: str) -> object:
        if type(value) is not type(self.value) or value != self.value:
            raise ShapeError(where)
        return value


@dataclass(frozen=True)
class ListOf(Shape):
    item: Shape
    max_items: int
    required: bool = False
    """An empty list is refused."""

    def check(self, value: object, where: str) -> list[object]:
        if not isinstance(value, list) or len(value) > self.max_items:
            raise ShapeError(where)
        if self.required and not value:
            raise ShapeError(where)
        return [self.item.check(item, f"{where}[{index}]") for index, item in enumerate(value)]


@dataclass(frozen=True)
class Record(Shape):
    """A JSON object with known fields; unknown ones are ignored (newer writers may add some).

    A field listed in ``optional`` may be missing (or ``null``) and then takes that default.
    """

    fields: Mapping[str, Shape]
    optional: Mapping[str, object] = field(default_factory=dict)

    def check(self, value: object, where: str) -> dict[str, object]:
        if not isinstance(value, dict):
            raise ShapeError(where)
        checked: dict[str, object] = {}
        for name, shape in self.fields.items():
            place = f"{where}.{name}" if where else name
            item = value.get(name)
            if item is None and name in self.optional:
                checked[name] = self.optional[name]
            else:
                checked[name] = shape.check(item, place)
        return checked


@dataclass(frozen=True)
class Either(Shape):
    """``when`` if the object's member ``key`` is ``value``, else ``otherwise``: two shapes of one
    record, told apart by a flag."""

    key: str
    value: object
    when: Shape
    otherwise: Shape

    def check(self, value: object, where: str) -> object:
        chosen = isinstance(value, dict) and value.get(self.key) is self.value
        return (self.when if chosen else self.otherwise).check(value, where)


def check(shape: Shape, value: object) -> object:
    """``value`` checked against ``shape`` from the top of the document."""
    return shape.check(value, "")
