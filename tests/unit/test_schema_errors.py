"""Every field of every JSON document a reader takes from outside (and of the shipped rules), made
wrong one at a time: the reader refuses it with its own typed error, in a sentence that names the
wrong field."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from importlib import resources

import pyrage
import pytest
from fuzz_kit import Keys, export_document, feedback_document, profile_document

from advocaat.errors import UserFacingError
from advocaat.sync.export import TOMBSTONE
from advocaat.sync.export_reader import read_export
from advocaat.sync.feedback import PAYLOAD as FEEDBACK_MEMBER
from advocaat.sync.feedback import read_feedback
from advocaat.sync.profile import PROFILE_MEMBER, read_profile
from advocaat.sync.signed_zip import pack
from advocaat.visits.deadlines import parse_equal_days, parse_rules
from advocaat.visits.templates import parse_template

pytestmark = pytest.mark.usefixtures("english")
KEYS = Keys()
Make = Callable[[], object]
WRONG = {"a value": ["of no field's type"]}
NOT_BY_SCHEMA = {
    "format": "the version is checked first: a newer one asks to update Advocaat",
    "sender_key": "the signature is checked before the document is read",
    "signing_key": "the signature is checked before the document is read",
    "withdrawn": "the flag picks the record's shape; the first field that shape misses is named",
}


def export_file(document: object) -> bytes:
    body = json.dumps(document).encode()
    inner = pack("export.json", body, KEYS.volunteer_signing.secret_key, "test")
    return pyrage.encrypt(inner, [KEYS.office.to_public()])


def profile_file(document: object) -> bytes:
    return pack(PROFILE_MEMBER, json.dumps(document).encode(), KEYS.office_signing.secret_key, "t")


def feedback_file(document: object) -> bytes:
    body = json.dumps(document).encode()
    inner = pack(FEEDBACK_MEMBER, body, KEYS.office_signing.secret_key, "test")
    return pyrage.encrypt(inner, [KEYS.volunteer.to_public()])


def shipped(package: str, name: str) -> Make:
    folder = resources.files(f"advocaat.resources.{package}")
    return lambda: json.loads((folder / name).read_bytes())


def plain(document: object) -> bytes:
    return json.dumps(document).encode()


READERS: dict[
    str, tuple[Callable[[], object], Callable[[object], bytes], Callable[[bytes], object]]
]
READERS = {
    "export": (
        lambda: export_document(KEYS), export_file, lambda data: read_export(data, [KEYS.office])
    ),
    "profile": (lambda: profile_document(KEYS), profile_file, read_profile),
    "feedback": (
        lambda: feedback_document(KEYS),
        feedback_file,
        lambda data: read_feedback(data, KEYS.volunteer, KEYS.public(KEYS.office_signing)),
    ),
    "template": (shipped("templates", "wmo-nl.json"), plain, parse_template),
    "deadline rules": (shipped("rules", "deadlines.json"), plain, parse_rules),
    "Atw calendar": (shipped("rules", "atw.json"), plain, parse_equal_days),
}  # fmt: skip


def leaves(value: object, path: str = "") -> Iterator[tuple[str, list[str | int]]]:
    """(printed path, steps) of every value that is no object or list."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _below(item, f"{path}.{key}" if path else key, key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _below(item, f"{path}[{index}]", index)
    else:
        yield path, []


def _below(item: object, path: str, step: str | int) -> Iterator[tuple[str, list[str | int]]]:
    for where, steps in leaves(item, path):
        yield where, [step, *steps]


def ignored_in_tombstone(document: object, steps: list[str | int]) -> bool:
    """A withdrawn signal is read as a tombstone: whatever else its record holds is not read."""
    if len(steps) < 3 or steps[0] != "signals" or not isinstance(document, dict):
        return False
    record = document["signals"][steps[1]]
    return record["withdrawn"] is True and steps[2] not in TOMBSTONE


@pytest.mark.parametrize("name", list(READERS))
def test_every_wrong_field_is_named_in_the_refusal(name: str) -> None:
    make, seal, read = READERS[name]
    read(seal(make()))  # the sample itself is accepted
    checked = 0
    for where, steps in leaves(make()):
        document = json.loads(json.dumps(make()))  # no list shared by two records
        if steps[-1] in NOT_BY_SCHEMA or ignored_in_tombstone(document, steps):
            continue
        parent = document
        for step in steps[:-1]:
            parent = parent[step]  # type: ignore[index]
        parent[steps[-1]] = WRONG  # type: ignore[index]
        with pytest.raises(UserFacingError) as refused:
            read(seal(document))
        assert where in refused.value.message, (where, refused.value.message)
        checked += 1
    assert checked >= 10
