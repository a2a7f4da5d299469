"""JSON documents from outside files: decoded within fixed limits, then validated against the
JSON Schema of their format and version (``resources/schemas/<format>-<version>.schema.json``).

Every reader of a JSON document that came from someone else goes through here, so that a hostile
file costs a bounded amount of memory and time and ends in the reader's own typed error, never in
a ``RecursionError``, a ``ValueError`` from a huge number or a string that cannot be stored.

:func:`load_json` refuses before decoding when the bytes could expand too much: the number of
JSON values is at most the number of ``, : [ {`` bytes plus one, and each value costs at most
about a hundred bytes beyond its own text, so ``max_values`` bounds the memory a document takes.
:func:`validate` checks the decoded document against its schema; a :class:`SchemaError` names
the first place that is wrong. What a schema cannot say (a signature, a known key) stays with the
reader.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any, cast

from advocaat.core.quick_schema import Check, UnsupportedSchemaError, compile_check

if TYPE_CHECKING:  # jsonschema loads on the first validation, not with every reader's module
    from jsonschema import FormatChecker, ValidationError
    from referencing import Registry

SCHEMAS = "advocaat.resources.schemas"
SUFFIX = ".schema.json"


class SchemaError(Exception):
    """A document that does not fit its schema; ``where`` is its path (``signals[3].uid``)."""

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


def schema_id(name: str, version: int) -> str:
    """The ``$id`` of the schema of format ``name``, version ``version``."""
    return f"urn:advocaat:{name}:{version}"


@cache
def formats() -> FormatChecker:
    """The formats checked: the others are only annotations."""
    from jsonschema import FormatChecker  # noqa: PLC0415

    return FormatChecker(["date"])


@cache
def _registry() -> Registry[Any]:
    """Every shipped schema by its ``$id``, so that one may refer to another."""
    from referencing import Registry  # noqa: PLC0415

    folder = resources.files(SCHEMAS)
    found = [
        json.loads(entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(SUFFIX)
    ]
    return Registry().with_contents((contents["$id"], contents) for contents in found)


def _strict_integer(_checker: object, value: object) -> bool:
    """An integer is an ``int``: JSON Schema would also take ``1.0``, which no column stores."""
    return isinstance(value, int) and not isinstance(value, bool)


@cache
def _validator_class() -> Any:
    """Draft 2020-12 with :func:`_strict_integer` for ``integer``."""
    from jsonschema import Draft202012Validator  # noqa: PLC0415
    from jsonschema.validators import extend  # noqa: PLC0415

    return extend(  # type: ignore[no-untyped-call]  # types-jsonschema leaves extend() untyped
        Draft202012Validator,
        type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", _strict_integer),
    )


def _inlined(node: Any, base: str) -> Any:
    """``node`` with every ``$ref`` replaced by what it points to, merged with the keywords
    beside it (in an ``allOf`` where both say the same keyword): looking references up while
    validating made the largest export take half a minute instead of a few seconds."""
    if isinstance(node, list):
        return [_inlined(item, base) for item in node]
    if not isinstance(node, dict):
        return node
    rest = {key: _inlined(item, base) for key, item in node.items() if key != "$ref"}
    if "$ref" not in node:
        return rest
    reference = node["$ref"]
    target_base = base if reference.startswith("#") else reference.partition("#")[0]
    target = _inlined(_registry().resolver(base).lookup(reference).contents, target_base)
    target = {key: item for key, item in target.items() if key not in ("$id", "$schema")}
    if any(key in target and target[key] != item for key, item in rest.items()):
        return {"allOf": [target, rest]}
    return target | rest


@cache
def _validator(name: str, version: int) -> Any:
    inlined = _inlined(schema(name, version), schema_id(name, version))
    return _validator_class()(inlined, format_checker=formats())


@cache
def _quick_check(name: str, version: int) -> Check:
    """The quick yes of :mod:`advocaat.core.quick_schema`, or a "don't know" for a schema it
    cannot read."""
    try:
        return compile_check(_inlined(schema(name, version), schema_id(name, version)), formats())
    except UnsupportedSchemaError:
        return lambda _document: False


def schema(name: str, version: int) -> dict[str, Any]:
    """The schema itself, as shipped."""
    return cast(dict[str, Any], _registry().contents(schema_id(name, version)))


def _where(error: ValidationError) -> str:
    path = list(error.absolute_path)
    if error.validator == "required" and isinstance(error.instance, dict):
        required = cast(list[str], error.validator_value)
        path += [name for name in required if name not in error.instance][:1]
    where = ""
    for step in path:
        where += f"[{step}]" if isinstance(step, int) else f".{step}" if where else str(step)
    return where


def validate(document: object, name: str, version: int) -> None:
    """Raise :class:`SchemaError` at the first place where ``document`` breaks its schema."""
    if _quick_check(name, version)(document):
        return
    error = next(_validator(name, version).iter_errors(document), None)
    if error is not None:
        raise SchemaError(_where(error))


def stripped(value: Any, keep: Collection[str] = ()) -> Any:
    """``value`` with every text stripped, except the members named in ``keep`` (kept exactly)."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list):
        return [stripped(item, keep) for item in value]
    if isinstance(value, dict):
        return {key: item if key in keep else stripped(item, keep) for key, item in value.items()}
    return value
