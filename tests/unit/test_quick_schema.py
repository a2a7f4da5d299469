"""The quick schema check says "fits" exactly when jsonschema does, for every shipped schema."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
from test_schemas import shipped_schemas

from advocaat.core import schemas
from advocaat.core.quick_schema import UnsupportedSchemaError, compile_check
from advocaat.core.schemas import formats

ODD_VALUES = [None, True, False, 0, 1, 1.0, -1, 2**31, "", " ", "x" * 20_001, "a\x00b",
              "2026-13-01", "2026-03-01", [], ["x"], {}, {"a": 1}]  # fmt: skip
SIGNAL = {
    "uid": "urn:uuid:00000000-0000-0000-0000-000000000001", "revision": 1, "withdrawn": False,
    "text": "De regiotaxi kwam te laat.", "municipality": "GM0193", "municipality_name": "Zwolle",
    "themes": ["vervoer"], "law": "wmo", "source": "phone", "date": "2026-03-01", "people": 1,
    "urgency": "normal", "status": "new",
}  # fmt: skip
EXPORT = {
    "manifest": {
        "format": 1, "app": "advocaat 1", "organisation": "Vereniging Proef", "sender": "Afdeling",
        "sender_id": "urn:uuid:00000000-0000-0000-0000-000000000002",
        "sender_municipalities": ["GM0193"], "sender_key": "RWQ" + "A" * 53,
        "sender_recipient": "age1" + "q" * 58, "sequence": 1, "full": False,
        "created_at": "2026-03-01T10:00:00+01:00", "counts": {"signals": 2, "withdrawn": 1},
    },
    "signals": [
        SIGNAL,
        {"uid": "urn:uuid:00000000-0000-0000-0000-000000000003", "revision": 2, "withdrawn": True,
         "status": "withdrawn", "date": "2026-03-02"},
    ],
}  # fmt: skip


def places(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in the document: each member and item, nested."""
    if not isinstance(value, dict | list):
        return
    for key, item in value.items() if isinstance(value, dict) else enumerate(value):
        yield (*path, key)
        yield from places(item, (*path, key))


def variants(document: Any) -> Iterator[Any]:
    """The document with each place given each odd value, and with each member left out."""
    for path in places(document):
        for odd in [*ODD_VALUES, "delete"]:
            changed = copy.deepcopy(document)
            parent = changed
            for step in path[:-1]:
                parent = parent[step]
            if odd == "delete":
                if not isinstance(parent, dict):
                    continue
                del parent[path[-1]]
            else:
                parent[path[-1]] = odd
            yield changed


def jsonschema_accepts(document: Any, name: str, version: int) -> bool:
    return next(schemas._validator(name, version).iter_errors(document), None) is None


@pytest.mark.parametrize("contents", shipped_schemas().values(), ids=list(shipped_schemas()))
def test_every_shipped_schema_gets_a_quick_check(contents: dict[str, object]) -> None:
    schema_id = str(contents["$id"])
    inlined = schemas._inlined(contents, schema_id)
    compile_check(inlined, formats())  # no UnsupportedSchemaError


def test_the_quick_check_agrees_with_jsonschema_on_every_variant_of_an_export() -> None:
    check = schemas._quick_check("export", 1)
    assert check(EXPORT)
    disagreements = [
        document
        for document in variants(EXPORT)
        if check(document) != jsonschema_accepts(document, "export", 1)
    ]
    assert disagreements == []


def test_a_schema_with_an_unknown_keyword_is_left_to_jsonschema() -> None:
    with pytest.raises(UnsupportedSchemaError):
        compile_check({"type": "object", "patternProperties": {"^a": True}}, formats())
