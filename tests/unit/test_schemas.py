"""One JSON Schema per format and version, shipped with the app and used by its readers: every
schema is sound and versioned, every writer's document fits its schema, every way a value can be
wrong is refused with the place of the wrong value, and bounded decoding refuses hostile bytes."""

from __future__ import annotations

import importlib
import io
import json
import re
import uuid
import zipfile
from importlib import resources
from pathlib import Path

import minisign
import pyrage
import pytest
from jsonschema import Draft202012Validator

from advocaat.core.schemas import (
    SCHEMAS,
    SUFFIX,
    SchemaError,
    load_json,
    schema,
    schema_id,
    stripped,
    validate,
)
from advocaat.organisation import municipalities
from advocaat.questionnaires import answers, questionnaire
from advocaat.sync import export, feedback, profile
from advocaat.sync.feedback import FeedbackItem, write_feedback
from advocaat.sync.office_keys import OfficeKeys, OfficePublic
from advocaat.sync.profile import OrganisationProfile, write_profile
from advocaat.visits import deadlines, templates
from advocaat.visits.templates import (
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    bundled_templates,
    template_to_json,
)

FORMATS = {  # the module of every JSON format: its SCHEMA name and FORMAT version
    "export": export,
    "profile": profile,
    "feedback": feedback,
    "checklist-template": templates,
    "municipalities": municipalities,
    "questionnaire": questionnaire,
    "questionnaire-answers": answers,
}
SHIPPED = {"deadline-rules": "deadlines.json", "atw-calendar": "atw.json"}


def shipped_schemas() -> dict[str, dict[str, object]]:
    folder = resources.files(SCHEMAS)
    return {
        entry.name.removesuffix(SUFFIX): json.loads(entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(SUFFIX)
    }


def test_every_schema_is_sound_and_names_its_format_and_version_in_its_id() -> None:
    found = shipped_schemas()
    assert set(found) == {
        *(f"{name}-{module.FORMAT}" for name, module in FORMATS.items()),
        *(f"{name}-{deadlines.FORMAT}" for name in SHIPPED),
        "definitions-1",
    }
    for file_name, document in found.items():
        Draft202012Validator.check_schema(document)
        name, version = file_name.rsplit("-", 1)
        assert document["$id"] == schema_id(name, int(version))
        if name == "definitions":
            continue
        # Each document checks its own version field, at its top or in its manifest.
        top = document["properties"]
        owner = top.get("manifest", document)
        assert "format" in owner["required"]
        assert owner["properties"]["format"] == {
            "$ref": f"{schema_id('definitions', 1)}#/$defs/format-{version}"
        }


def test_every_module_names_the_schema_it_reads_with() -> None:
    for name, module in FORMATS.items():
        assert name == module.SCHEMA
        assert schema(name, module.FORMAT)["$id"] == schema_id(name, module.FORMAT)


# -- every writer's document fits its schema (the export's: test_export.py, every kind) --------


def user_template() -> ChecklistTemplate:
    return ChecklistTemplate(
        id="eigen-lijst", version=3, language="nl", title="Eigen lijst", origin="",
        sections=[ChecklistSection("Voor", [ChecklistItem("Iets"), ChecklistItem("Ook", "Hulp")]),
                  ChecklistSection("Na", [])],
    )  # fmt: skip


def test_every_template_the_app_writes_fits_the_schema() -> None:
    for template in [*bundled_templates(), user_template()]:
        validate(json.loads(template_to_json(template)), "checklist-template", 1)


def keys() -> OfficeKeys:
    identity = pyrage.x25519.Identity.generate()
    pair = minisign.KeyPair.generate()
    public = OfficePublic(str(identity.to_public()), pair.public_key.to_base64().decode("ascii"))
    return OfficeKeys(public, identity, pair.secret_key)


def member(archive: bytes, name: str) -> object:
    with zipfile.ZipFile(io.BytesIO(archive)) as opened:
        return json.loads(opened.read(name))


def test_every_profile_the_office_writes_fits_the_schema() -> None:
    office = keys()
    for profile_templates, themes in (((), ()), ((user_template(),), ("vervoer", "wonen"))):
        made = OrganisationProfile(
            organisation="Vereniging Proef", office_name="Landelijk bureau",
            office_email="bureau@example.nl", office_phone="030 000 0000",
            recipient=office.public.recipient, signing_key=office.public.signing_key,
            themes=themes, templates=profile_templates,
        )  # fmt: skip
        validate(member(write_profile(made, office), profile.PROFILE_MEMBER), "profile", 1)


def test_every_feedback_file_the_office_writes_fits_the_schema() -> None:
    office, volunteer = keys(), pyrage.x25519.Identity.generate()
    for items in ([], [FeedbackItem(str(uuid.uuid4()), "taken_up", "Besproken.", "2026-11-05")]):
        sealed = write_feedback(
            organisation="Vereniging Proef", sender_uid=f"urn:uuid:{uuid.uuid4()}",
            recipient=str(volunteer.to_public()), sequence=2, items=items, signing=office.signing,
        )  # fmt: skip
        document = member(pyrage.decrypt(sealed, [volunteer]), feedback.PAYLOAD)
        validate(document, "feedback", 1)


def test_the_shipped_rules_fit_their_schemas() -> None:
    folder = resources.files("advocaat.resources.rules")
    for name, file_name in SHIPPED.items():
        validate(json.loads((folder / file_name).read_bytes()), name, 1)


# -- every kind of wrong value, refused at its place -------------------------------------------


def template_document(**changes: object) -> dict[str, object]:
    return json.loads(template_to_json(user_template())) | changes


@pytest.mark.parametrize(
    ("changes", "where"),
    [
        ({"format": 2}, "format"), ({"format": True}, "format"),
        ({"id": "Met Spaties"}, "id"), ({"id": 7}, "id"), ({"id": "a" * 65}, "id"),
        ({"version": 0}, "version"), ({"version": 1.0}, "version"), ({"version": True}, "version"),
        ({"version": "1"}, "version"), ({"version": 2**31}, "version"),
        ({"version": 10**400}, "version"), ({"version": None}, "version"),
        ({"language": " "}, "language"), ({"language": "x" * 21}, "language"),
        ({"title": "a\x00b"}, "title"), ({"title": "a\x07"}, "title"),
        ({"title": "\ud800"}, "title"), ({"title": "\x7f"}, "title"),
        ({"origin": 5}, "origin"), ({"sections": []}, "sections"), ({"sections": {}}, "sections"),
        ({"sections": [{"title": "Voor"}]}, "sections[0].items"),
        ({"sections": [{"title": "Voor", "items": [{"text": "x", "help": []}]}]},
         "sections[0].items[0].help"),
        ({"sections": [{"title": "Voor", "items": [{}]}]}, "sections[0].items[0].text"),
        ({"sections": [{"title": "", "items": []}]}, "sections[0].title"),
        ({"sections": [{"title": "V", "items": [{"text": "x"}] * 501}]}, "sections[0].items"),
    ],
)  # fmt: skip
def test_a_wrong_value_is_refused_at_its_place(changes: dict[str, object], where: str) -> None:
    with pytest.raises(SchemaError) as caught:
        validate(template_document(**changes), "checklist-template", 1)
    assert caught.value.where == where


def test_a_missing_field_is_named_and_unknown_ones_are_ignored() -> None:
    document = template_document(newer_field={"a": [1]})
    validate(document, "checklist-template", 1)
    del document["title"]
    with pytest.raises(SchemaError) as caught:
        validate(document, "checklist-template", 1)
    assert caught.value.where == "title"
    with pytest.raises(SchemaError) as caught:
        validate([document], "checklist-template", 1)
    assert caught.value.where == ""


def test_optional_fields_may_be_missing_or_null_and_texts_may_hold_line_breaks() -> None:
    validate(template_document(origin=None, title="Twee\nregels\r\n\tmet tab"),
             "checklist-template", 1)  # fmt: skip


@pytest.mark.parametrize(
    ("record", "where"),
    [
        ({"withdrawn": True}, "signals[0].uid"),  # a tombstone needs its own fields
        ({"withdrawn": 1, "uid": "x"}, "signals[0].revision"),  # 1 is no flag: a full record
        ({"withdrawn": False, "uid": "x", "revision": 1}, "signals[0].text"),
    ],
)
def test_the_withdrawn_flag_picks_the_tombstone_or_the_full_record(
    record: dict[str, object], where: str
) -> None:
    manifest = {"format": 1, "sender_id": "x", "sender": "", "organisation": "",
                "sender_municipalities": [], "sender_key": "", "sequence": 1, "created_at": "",
                "sender_recipient": "age1" + "q" * 58}  # fmt: skip
    with pytest.raises(SchemaError) as caught:
        validate({"manifest": manifest, "signals": [record]}, "export", 1)
    assert caught.value.where == where
    tombstone = {"uid": "x", "revision": 2, "withdrawn": True, "status": "", "date": "2026-11-02"}
    validate({"manifest": manifest, "signals": [tombstone | {"text": 5}]}, "export", 1)
    with pytest.raises(SchemaError) as caught:
        validate({"manifest": manifest, "signals": [tombstone | {"date": "2026-02-30"}]},
                 "export", 1)  # fmt: skip
    assert caught.value.where == "signals[0].date"


def test_stripped_keeps_the_named_members_exactly() -> None:
    value = {"uid": " a ", "name": " b\n", "list": [" c ", {"uid": " d "}], "n": 1}
    assert stripped(value, ("uid",)) == {"uid": " a ", "name": "b", "list": ["c", {"uid": " d "}],
                                         "n": 1}  # fmt: skip


# -- bounded decoding ---------------------------------------------------------------------------


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


# -- docs/file-formats.md tells the truth ------------------------------------------------------

FORMATS_DOC = Path(__file__).parents[2] / "docs" / "file-formats.md"


def test_the_file_formats_table_names_every_schema_module_and_real_size_limit() -> None:
    text = FORMATS_DOC.read_text(encoding="utf-8")
    assert all(f"`{name}{SUFFIX}`" in text for name in shipped_schemas() if name != "definitions-1")
    for module in re.findall(r"`(advocaat/[\w/]+\.py)`", text):
        assert (FORMATS_DOC.parents[1] / module).is_file(), module
    limits = re.findall(r"`(advocaat[\w.]+)\.(MAX_\w+)` \(([\d,]+) bytes\)", text)
    assert len(limits) >= 10
    for module, constant, size in limits:
        assert getattr(importlib.import_module(module), constant) == int(size.replace(",", ""))
