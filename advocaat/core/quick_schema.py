"""A quick yes for a JSON document that fits its schema: the schema turned into plain Python
checks, once per schema, for the keywords the app's schemas use.

jsonschema walks every value with an object per step; at 100,000 signals that was most of an office
import. The checks that run per value are plain loops, not generators: half the time. The quick
check only ever says "fits" for a document jsonschema also accepts: it is exact or stricter, never
more lenient; a "no" (or a schema with another keyword) leaves the verdict, and the place of the
first fault, to jsonschema.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sized
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from jsonschema import FormatChecker

Check = Callable[[Any], bool]


class UnsupportedSchemaError(Exception):
    """A keyword the quick check does not know: the schema is left to jsonschema alone."""


ANNOTATIONS = frozenset(
    {"$schema", "$id", "$defs", "$comment", "title", "description", "examples", "default"}
)
_NUMBER = (int, float)
TYPES: dict[str, Check] = {
    "string": lambda value: isinstance(value, str),
    "integer": lambda value: isinstance(value, int) and not isinstance(value, bool),
    "number": lambda value: isinstance(value, _NUMBER) and not isinstance(value, bool),
    "boolean": lambda value: isinstance(value, bool),
    "null": lambda value: value is None,
    "object": lambda value: isinstance(value, dict),
    "array": lambda value: isinstance(value, list),
}


def _is_number(value: object) -> bool:
    return isinstance(value, _NUMBER) and not isinstance(value, bool)


def _const(wanted: object) -> Check:
    """Equality as JSON Schema means it: ``true`` is not ``1``, ``1`` is ``1.0``."""
    if isinstance(wanted, bool) or wanted is None:
        return lambda value: value is wanted
    if isinstance(wanted, str):
        return lambda value: isinstance(value, str) and value == wanted
    if _is_number(wanted):
        return lambda value: _is_number(value) and value == wanted
    raise UnsupportedSchemaError("const")


def _type(names: object) -> Check:
    wanted = [names] if isinstance(names, str) else names
    if not isinstance(wanted, list) or any(name not in TYPES for name in wanted):
        raise UnsupportedSchemaError("type")
    checks = [TYPES[name] for name in wanted]
    return checks[0] if len(checks) == 1 else lambda value: any(c(value) for c in checks)


def _properties(members: dict[str, Any], formats: FormatChecker) -> Check:
    checks = [(name, compile_check(schema, formats)) for name, schema in members.items()]

    def fits(value: Any) -> bool:
        if isinstance(value, dict):
            for name, check in checks:
                if name in value and not check(value[name]):
                    return False
        return True

    return fits


SIZES: dict[str, tuple[type, Callable[[int, int], bool]]] = {
    "minItems": (list, lambda size, limit: size >= limit),
    "maxItems": (list, lambda size, limit: size <= limit),
    "minLength": (str, lambda size, limit: size >= limit),
    "maxLength": (str, lambda size, limit: size <= limit),
    "minProperties": (dict, lambda size, limit: size >= limit),
    "maxProperties": (dict, lambda size, limit: size <= limit),
}
"""Keywords on the length of a value of one kind: values of another kind pass."""


def _size(keyword: str, limit: int) -> Check:
    kind, fits = SIZES[keyword]
    return lambda value: not isinstance(value, kind) or fits(len(cast(Sized, value)), limit)


def _additional(schema: dict[str, Any], formats: FormatChecker) -> Check:
    """Members not named under "properties" (with no "patternProperties" beside it)."""
    if "patternProperties" in schema:
        raise UnsupportedSchemaError("patternProperties")
    named = set(schema.get("properties", {}))
    other = compile_check(schema["additionalProperties"], formats)
    return lambda value: (
        not isinstance(value, dict)
        or all(other(item) for name, item in value.items() if name not in named)
    )


def _keyword(keyword: str, argument: Any, formats: FormatChecker) -> Check:  # noqa: PLR0911
    if keyword in SIZES:
        return _size(keyword, argument)
    if keyword == "type":
        return _type(argument)
    if keyword == "required":
        return lambda value: not isinstance(value, dict) or all(name in value for name in argument)
    if keyword == "properties":
        return _properties(argument, formats)
    if keyword == "items" and isinstance(argument, dict | bool):
        item = compile_check(argument, formats)
        return lambda value: not isinstance(value, list) or all(map(item, value))
    if keyword == "pattern":
        pattern = re.compile(argument)
        return lambda value: not isinstance(value, str) or pattern.search(value) is not None
    if keyword in ("minimum", "maximum"):
        sign = 1 if keyword == "minimum" else -1
        return lambda value: not _is_number(value) or sign * (value - argument) >= 0
    if keyword in ("const", "enum"):
        choices = [_const(choice) for choice in ([argument] if keyword == "const" else argument)]
        return lambda value: any(choice(value) for choice in choices)
    if keyword == "allOf":
        checks = [compile_check(schema, formats) for schema in argument]
        return lambda value: all(check(value) for check in checks)
    if keyword == "format":
        return lambda value: formats.conforms(value, argument)
    raise UnsupportedSchemaError(keyword)


def compile_check(schema: Any, formats: FormatChecker) -> Check:
    """The quick check of ``schema`` (its ``$ref`` already inlined); raises
    :class:`UnsupportedSchemaError` for a keyword it does not know."""
    if isinstance(schema, bool):
        return lambda _value: schema
    if not isinstance(schema, dict):
        raise UnsupportedSchemaError("schema")
    checks = [
        _keyword(keyword, argument, formats)
        for keyword, argument in schema.items()
        if keyword not in ANNOTATIONS
        and keyword not in ("if", "then", "else", "additionalProperties")
    ]
    if "additionalProperties" in schema:
        checks.append(_additional(schema, formats))
    if "if" in schema:  # "then" and "else" without an "if" say nothing
        condition = compile_check(schema["if"], formats)
        then = compile_check(schema.get("then", True), formats)
        otherwise = compile_check(schema.get("else", True), formats)
        checks.append(lambda value: then(value) if condition(value) else otherwise(value))
    if len(checks) == 1:
        return checks[0]

    def fits(value: Any) -> bool:
        for check in checks:  # noqa: SIM110 (a loop: all() over a generator per value is slower)
            if not check(value):
                return False
        return True

    return fits
