"""Hostile inputs for every reader of outside files, shared by the fuzz tests and scripts/fuzz.py.

Each reader gets valid sample files and a way to make a broken one from a seed: bytes cut,
flipped, inserted or repeated; lines shuffled; and, for the JSON inside, one value swapped for a
hostile one (deep nesting, a huge number, a lone surrogate, a NUL, a long text, the wrong type)
or a field dropped. Files that are signed and encrypted are mutated at each layer: the outer
bytes, the ZIP, and the JSON, which is then signed and encrypted again so that the mutation
reaches the checks behind the signature. Everything is fictional.
"""

from __future__ import annotations

import base64
import io
import json
import random
import sqlite3
import uuid
import warnings
import zipfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import minisign
import pyrage

from advocaat.contacts.cards import ContactFileError
from advocaat.contacts.csv_contacts import read_contacts_csv
from advocaat.contacts.vcard import read_vcards
from advocaat.db.migrate import head_revision
from advocaat.errors import UserFacingError
from advocaat.sync import age_passphrase, portable
from advocaat.sync.export_reader import read_export
from advocaat.sync.feedback import PAYLOAD as FEEDBACK_MEMBER
from advocaat.sync.feedback import read_feedback
from advocaat.sync.profile import PROFILE_MEMBER, read_profile
from advocaat.sync.signed_zip import pack
from advocaat.visits.templates import parse_template

TESTS = Path(__file__).parent
CORPUS = TESTS / "data" / "fuzz"

HOSTILE_VALUES: tuple[object, ...] = (
    None, True, 0, -1, 2**31, 2**63, 10**400, 1.5, "", " ", "x" * 5_000, "\ud800", "a\x00b",
    "AGE-SECRET-KEY-1", [], {}, [[]], {"a": {}}, ["x"] * 50, "2026-02-30", "9999-99-99",
)  # fmt: skip
"""Values put in place of a field; ``10**400`` is written as a number too long for ``int()``."""


@dataclass
class Keys:
    """Made-up keys: an office, a volunteer, and a stranger."""

    office: pyrage.x25519.Identity = field(default_factory=pyrage.x25519.Identity.generate)
    office_signing: minisign.KeyPair = field(default_factory=minisign.KeyPair.generate)
    volunteer: pyrage.x25519.Identity = field(default_factory=pyrage.x25519.Identity.generate)
    volunteer_signing: minisign.KeyPair = field(default_factory=minisign.KeyPair.generate)

    def public(self, pair: minisign.KeyPair) -> str:
        return pair.public_key.to_base64().decode("ascii")

    def save(self, path: Path) -> None:
        """Kept beside the corpus, so its signed and encrypted files can be opened again."""
        path.write_text(json.dumps({
            "office": str(self.office), "volunteer": str(self.volunteer),
            "office_signing": base64.b64encode(bytes(self.office_signing.secret_key)).decode(),
            "volunteer_signing": base64.b64encode(
                bytes(self.volunteer_signing.secret_key)).decode(),
        }, indent=2) + "\n")  # fmt: skip

    @classmethod
    def load(cls, path: Path) -> Keys:
        saved = json.loads(path.read_text())

        def pair(name: str) -> minisign.KeyPair:
            secret = minisign.SecretKey.from_bytes(base64.b64decode(saved[name]))
            return minisign.KeyPair(secret, secret.get_public_key())

        return cls(
            office=pyrage.x25519.Identity.from_str(saved["office"]),
            office_signing=pair("office_signing"),
            volunteer=pyrage.x25519.Identity.from_str(saved["volunteer"]),
            volunteer_signing=pair("volunteer_signing"),
        )


EXAMPLE_RECORD = {
    "uid": str(uuid.UUID(int=950)), "revision": 2, "date": "2026-10-01", "municipality": "GM0193",
    "municipality_name": "Zwolle", "strategy": "cooperation", "title": "Keuring vervalt",
    "story": "Samen met de Wmo-raad vervalt de keuring.", "partners": "Wmo-raad, MEE",
}  # fmt: skip
"""A good example as the export carries it (the profile carries it without uid and revision)."""


def export_document(keys: Keys, sequence: int = 1, count: int = 3) -> dict[str, object]:
    """A volunteer's export.json: full records, a withdrawn full record, a tombstone and a good
    example."""
    signals: list[dict[str, object]] = [
        {
            "uid": str(uuid.UUID(int=number + 1)), "revision": 1 + number % 3, "withdrawn": False,
            "text": f"De regiotaxi kwam {number + 2} keer te laat.", "municipality": "GM0193",
            "municipality_name": "Zwolle", "themes": ["vervoer", "regiotaxi"], "law": "wmo",
            "source": "phone", "date": "2026-11-02", "people": 1 + number, "urgency": "normal",
            "status": "forwarded",
        }
        for number in range(count)
    ]  # fmt: skip
    signals.append(signals[0] | {"uid": str(uuid.UUID(int=900)), "withdrawn": True})
    signals.append({"uid": str(uuid.UUID(int=901)), "revision": 4, "withdrawn": True,
                    "status": "withdrawn", "date": "2026-10-01"})  # fmt: skip
    return {
        "manifest": {
            "format": 1, "app": "advocaat 0", "organisation": "Vereniging Proef",
            "sender": "Afdeling Zwolle", "sender_id": "urn:uuid:" + str(uuid.UUID(int=7)),
            "sender_municipalities": ["GM0193"],
            "sender_key": keys.public(keys.volunteer_signing),
            "sender_recipient": str(keys.volunteer.to_public()), "sequence": sequence,
            "full": False, "created_at": "2026-11-03T10:00:00+01:00",
            "counts": {"signals": len(signals), "withdrawn": 2, "examples": 1},
        },
        "signals": signals,
        "examples": [EXAMPLE_RECORD],
    }  # fmt: skip


def profile_document(keys: Keys) -> dict[str, object]:
    template = json.loads(
        resources.files("advocaat.resources.templates").joinpath("wmo-nl.json").read_bytes()
    )
    return {
        "format": 1, "organisation": "Vereniging Proef",
        "office": {"name": "Landelijk bureau", "email": "bureau@example.nl", "phone": ""},
        "recipient": str(keys.office.to_public()),
        "signing_key": keys.public(keys.office_signing), "themes": ["vervoer", "wonen"],
        "templates": [template | {"id": "bureau-wmo"}], "created_at": "2026-11-01T09:00:00+01:00",
        "examples": [{k: v for k, v in EXAMPLE_RECORD.items() if k not in ("uid", "revision")}],
    }  # fmt: skip


def feedback_document(keys: Keys) -> dict[str, object]:
    return {
        "format": 1, "organisation": "Vereniging Proef",
        "sender_id": "urn:uuid:" + str(uuid.UUID(int=7)), "sequence": 3,
        "created_at": "2026-11-05T12:00:00+01:00",
        "items": [{"uid": str(uuid.UUID(int=n + 1)), "status": "taken_up",
                   "comment": "Besproken met de VNG.", "updated_at": "2026-11-05T11:00:00"}
                  for n in range(3)],
    }  # fmt: skip


def _dump(document: object) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode(
        "utf-8", "surrogatepass"
    )


def _zip(member: str, body: bytes, signature: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(member, body)
        archive.writestr(f"{member}.minisig", signature)
    return buffer.getvalue()


# -- mutations ----------------------------------------------------------------------------------


def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    """``data`` cut, flipped, with bytes inserted or a slice repeated, or its lines shuffled."""
    buffer = bytearray(data)
    kind = rng.randrange(6)
    if kind == 0 or not buffer:
        return bytes(buffer[: rng.randrange(len(buffer) + 1)])
    if kind == 1:
        for _ in range(rng.randrange(1, 20)):
            buffer[rng.randrange(len(buffer))] = rng.randrange(256)
    elif kind == 2:
        spot = rng.randrange(len(buffer) + 1)
        buffer[spot:spot] = rng.randbytes(rng.randrange(1, 64))
    elif kind == 3:
        start = rng.randrange(len(buffer))
        piece = buffer[start : start + rng.randrange(1, 200)]
        buffer[start:start] = piece * rng.randrange(2, 50)
    elif kind == 4:
        lines = bytes(buffer).split(b"\n")
        rng.shuffle(lines)
        buffer = bytearray(b"\n".join(lines))
    else:
        buffer = bytearray(rng.randbytes(rng.randrange(0, 2_000)))
    return bytes(buffer)


def _places(value: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _places(item, (*path, index))
    return found


def mutate_json(document: object, rng: random.Random) -> bytes:
    """The document with one value replaced, one field dropped, or deeply nested, as bytes."""
    document = json.loads(json.dumps(document))
    place = rng.choice(_places(document)[1:])
    parent = document
    for step in place[:-1]:
        parent = parent[step]  # type: ignore[index]
    kind = rng.randrange(4)
    if kind == 0 and isinstance(parent, dict):
        del parent[place[-1]]
        return _dump(document)
    marker = "\x1fHOSTILE\x1f"
    parent[place[-1]] = marker  # type: ignore[index]
    text = _dump(document)
    if kind == 1:
        depth = rng.choice((50, 2_000, 100_000))
        hostile = b"[" * depth + b"]" * depth
    elif kind == 2:
        hostile = rng.choice((b"1" * 5_000, b"1e999", b"NaN", b"-Infinity", b'"\\ud800"'))
    else:
        value = rng.choice(HOSTILE_VALUES)
        hostile = json.dumps(value).encode() if isinstance(value, str) else _dump(value).strip()
    return text.replace(json.dumps(marker).encode(), hostile, 1)


PORTABLE_PASSPHRASE = "een lang genoeg wachtwoord"
HOSTILE_MEMBER_NAMES = (
    "../advocaat.sqlite3", "/etc/passwd", "keys/../../advocaat.sqlite3", "keys/office/../x",
    "keys/volunteer-signing.key.replaced-x", "Keys/volunteer-signing.key", "manifest.json",
    "keys/", "advocaat.sqlite3/", "keys\\volunteer-signing.key",
    "keys/office/retired/2026-01-01/evil.sh", "keys/office/retired/x/office-identity.age",
    "keys/office/retired/2026-01-01/../../advocaat.sqlite3", "keys/office/endorsements.json/x",
)  # fmt: skip
"""Names put in place of a member of a portable backup: none is on its allow-list."""


def advocaat_database() -> bytes:
    """The smallest database the portable reader takes as Advocaat's: the version table only."""
    with closing(sqlite3.connect(":memory:")) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        connection.execute("INSERT INTO alembic_version VALUES (?)", (head_revision(),))
        connection.commit()
        return connection.serialize()


def portable_members(database: bytes | None = None) -> dict[str, bytes]:
    """The members of a portable backup beside its manifest (made-up keys)."""
    return {
        portable.DATABASE: advocaat_database() if database is None else database,
        portable.KEYS + "volunteer-signing.key": b"untrusted comment: proef\nRWQ" + b"A" * 100,
        portable.KEYS + "volunteer-signing.key.replaced-2026-01-02": b"oud",
        portable.KEYS + "office/office-recipient.txt": b"age1proef\n",
        portable.PREFERENCES: b"[advocaat]\nbackups_kept = 4\n",
    }


def portable_manifest(members: dict[str, bytes]) -> dict[str, object]:
    return {"format": portable.FORMAT, "app": "advocaat 0", "schema": head_revision(),
            "made_at": "2026-11-03T10:00:00", "holds": sorted(members)}  # fmt: skip


def portable_zip(members: dict[str, bytes], manifest: bytes | None = None) -> bytes:
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
        warnings.catch_warnings(action="ignore"),  # a duplicate name is one of the mutations
    ):
        archive.writestr(portable.MANIFEST, manifest or _dump(portable_manifest(members)))
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def seal_portable(inner: bytes, passphrase: str = PORTABLE_PASSPHRASE) -> bytes:
    """Sealed as the app seals it, with a small work factor: the tests open many."""
    return age_passphrase.encrypt(inner, passphrase, work_factor=10)


def make_portable(rng: random.Random) -> bytes:
    """A portable backup mutated in its manifest, a member's name, its database, its ZIP, or its
    outer bytes (all but the last sealed again, so the mutation reaches the checks inside)."""
    members = portable_members()
    layer = rng.randrange(5)
    manifest = mutate_json(portable_manifest(members), rng) if layer == 0 else None
    if layer == 1:
        name = rng.choice(list(members))
        members[rng.choice(HOSTILE_MEMBER_NAMES)] = members.pop(name)
    if layer == 2:
        members[portable.DATABASE] = mutate_bytes(members[portable.DATABASE], rng)
    inner = portable_zip(members, manifest)
    if layer == 3:
        inner = mutate_bytes(inner, rng)
    sealed = seal_portable(inner)
    return mutate_bytes(sealed, rng) if layer == 4 else sealed


@dataclass
class Reader:
    """A reader of outside files, its valid samples, and how to make a hostile input."""

    name: str
    read: Callable[[bytes], object]
    samples: list[bytes]
    make: Callable[[random.Random], bytes]
    typed: type[Exception] = UserFacingError


def _layered(
    document: Callable[[], dict[str, object]],
    member: str,
    sign: minisign.SecretKey,
    seal: Callable[[bytes], bytes],
) -> Callable[[random.Random], bytes]:
    """Inputs mutated at the JSON (signed again), the ZIP, or the outer layer."""

    def make(rng: random.Random) -> bytes:
        layer = rng.randrange(4)
        body = mutate_json(document(), rng) if layer < 2 else _dump(document())
        signature = bytes(sign.sign(body, trusted_comment="fuzz"))
        if layer == 1:  # signed before the mutation: the signature must catch it
            body = mutate_bytes(body, rng)
        inner = _zip(member, body, signature)
        if layer == 2:
            inner = mutate_bytes(inner, rng)
        sealed = seal(inner)
        return mutate_bytes(sealed, rng) if layer == 3 else sealed

    return make


def readers(keys: Keys | None = None) -> dict[str, Reader]:
    """Every reader of outside files, keyed by the name its corpus folder has."""
    keys = keys or Keys()
    office_recipient = [keys.office.to_public()]
    volunteer_recipient = [keys.volunteer.to_public()]
    templates = resources.files("advocaat.resources.templates")
    template_samples = [(templates / name).read_bytes() for name in ("wmo-nl.json", "wmo-en.json")]
    contacts = TESTS / "data" / "contacts"
    vcards = [path.read_bytes() for path in sorted(contacts.glob("*.vcf"))]
    csvs = [path.read_bytes() for path in sorted(contacts.glob("*.csv"))]

    def seal_export(inner: bytes) -> bytes:
        return pyrage.encrypt(inner, office_recipient)

    def seal_feedback(inner: bytes) -> bytes:
        return pyrage.encrypt(inner, volunteer_recipient)

    def sample(document: dict[str, object], member: str, key: minisign.SecretKey) -> bytes:
        body = _dump(document)
        return _zip(member, body, bytes(key.sign(body, trusted_comment="fuzz")))

    def mutated_text(samples: list[bytes]) -> Callable[[random.Random], bytes]:
        def make(rng: random.Random) -> bytes:
            data = rng.choice(samples)
            if rng.random() < 0.5:
                try:
                    return mutate_json(json.loads(data), rng)
                except ValueError:
                    pass
            return mutate_bytes(data, rng)

        return make

    return {
        "template": Reader(
            "template", parse_template, template_samples, mutated_text(template_samples)
        ),
        "export": Reader(
            "export",
            lambda data: read_export(data, [keys.office]),
            [
                seal_export(
                    sample(export_document(keys), "export.json", keys.volunteer_signing.secret_key)
                )
            ],
            _layered(
                lambda: export_document(keys),
                "export.json",
                keys.volunteer_signing.secret_key,
                seal_export,
            ),
        ),
        "profile": Reader(
            "profile",
            read_profile,
            [
                pack(
                    PROFILE_MEMBER,
                    _dump(profile_document(keys)),
                    keys.office_signing.secret_key,
                    "fuzz",
                )
            ],
            _layered(
                lambda: profile_document(keys),
                PROFILE_MEMBER,
                keys.office_signing.secret_key,
                lambda inner: inner,
            ),
        ),
        "feedback": Reader(
            "feedback",
            lambda data: read_feedback(data, keys.volunteer, keys.public(keys.office_signing)),
            [
                seal_feedback(
                    sample(feedback_document(keys), FEEDBACK_MEMBER, keys.office_signing.secret_key)
                )
            ],
            _layered(
                lambda: feedback_document(keys),
                FEEDBACK_MEMBER,
                keys.office_signing.secret_key,
                seal_feedback,
            ),
        ),
        "portable": Reader(
            "portable",
            lambda data: portable.read_portable(data, PORTABLE_PASSPHRASE),
            [seal_portable(portable_zip(portable_members()))],
            make_portable,
        ),
        "vcard": Reader("vcard", read_vcards, vcards, mutated_text(vcards), ContactFileError),
        "csv": Reader("csv", read_contacts_csv, csvs, mutated_text(csvs), ContactFileError),
    }


def judge(reader: Reader, data: bytes) -> str:
    """``accepted`` or ``refused``; anything else the reader raises is a failure of the reader."""
    try:
        reader.read(data)
    except reader.typed:
        return "refused"
    return "accepted"


# -- hand-made hostile files ---------------------------------------------------------------------


def _signed_zip(member: str, body: bytes, key: minisign.SecretKey) -> bytes:
    return _zip(member, body, bytes(key.sign(body, trusted_comment="fuzz")))


def _many_entries(count: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for number in range(count):
            archive.writestr(f"{number}", b"")
    return buffer.getvalue()


def _with_values(document: dict[str, object], key: str, flood: bytes, size: int) -> bytes:
    """The document with its list ``key`` replaced by ``flood`` repeated to about ``size`` bytes."""
    marker = "\x1fFLOOD\x1f"
    text = _dump(document | {key: marker})
    items = flood * (size // len(flood))
    return text.replace(json.dumps(marker).encode(), b"[" + items.rstrip(b",") + b"]")


def hostile_files(keys: Keys) -> dict[str, dict[str, Callable[[], bytes]]]:
    """Files made to hurt, per reader, each made when asked for (some are big): each must be
    refused cheaply (or read, where harmless)."""
    office = [keys.office.to_public()]
    volunteer = [keys.volunteer.to_public()]
    signing = keys.volunteer_signing.secret_key
    office_signing = keys.office_signing.secret_key

    def export(document: dict[str, object] | bytes) -> bytes:
        body = document if isinstance(document, bytes) else _dump(document)
        return pyrage.encrypt(_signed_zip("export.json", body, signing), office)

    def export_with(change: Callable[[dict], None]) -> bytes:  # type: ignore[type-arg]
        document = export_document(keys)
        change(document)
        return export(document)

    def signal(**fields: object) -> Callable[[dict], None]:  # type: ignore[type-arg]
        return lambda document: document["signals"][0].update(fields)

    def manifest(**fields: object) -> Callable[[dict], None]:  # type: ignore[type-arg]
        return lambda document: document["manifest"].update(fields)

    def largest_valid() -> bytes:
        document = export_document(keys, count=12_000)
        for record in document["signals"]:  # type: ignore[union-attr]
            if "text" in record:
                record["text"] = record["text"] * 14
        return export(document)

    long_header = (
        b"age-encryption.org/v1\n-> X25519 " + b"A" * 43 + b"\n" + (b"B" * 64 + b"\n") * 3_100
    )
    template = json.loads(
        resources.files("advocaat.resources.templates").joinpath("wmo-nl.json").read_bytes()
    )
    surrogate_template = json.dumps(template).replace('"Voor', '"\\ud800 Voor', 1).encode()
    deep = b'{"format": 1, "sections": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    return {
        "export": {
            "valid-12000-signals.bin": largest_valid,
            "json-bomb-190mb.bin": lambda: pyrage.encrypt(
                _zip(
                    "export.json",
                    _with_values(export_document(keys), "signals", b"{},", 190_000_000),
                    b"",
                ),
                office,
            ),
            "value-flood-11mb.bin": lambda: export(
                _with_values(export_document(keys), "signals", b"{},", 11_000_000)
            ),
            "string-flood-11mb.bin": lambda: export(
                _with_values(export_document(keys), "signals", b'"ab",', 11_000_000)
            ),
            "age-header-200kb.bin": lambda: long_header + b"--- " + b"C" * 43 + b"\n" + b"\0" * 32,
            "zip-100k-entries.bin": lambda: pyrage.encrypt(_many_entries(100_000), office),
            "random-10mb.bin": lambda: random.Random(1).randbytes(10_000_000),
            "deep-nesting.bin": lambda: export(
                _dump(export_document(keys))[:-2]
                + b', "x": '
                + b"[" * 100_000
                + b"]" * 100_000
                + b"}\n"
            ),
            "huge-number.bin": lambda: export(
                _dump(export_document(keys)).replace(
                    b'"revision": 1', b'"revision": ' + b"9" * 5_000, 1
                )
            ),
            "revision-2-31.bin": lambda: export_with(signal(revision=2**31)),
            "people-2-63.bin": lambda: export_with(signal(people=2**63)),
            "nul-in-text.bin": lambda: export_with(signal(text="a\x00b")),
            "surrogate-in-text.bin": lambda: export(
                _dump(export_document(keys)).replace(b"De regiotaxi", b"\\ud800 De regiotaxi", 1)
            ),
            "garbage-feedback-key.bin": lambda: export_with(
                manifest(sender_recipient="age1" + "q" * 58)
            ),
            "sender-name-2000.bin": lambda: export_with(manifest(sender="x" * 2_000)),
            "theme-dict.bin": lambda: export_with(signal(themes=[{"a": 1}])),
            "date-feb-30.bin": lambda: export_with(signal(date="2026-02-30")),
        },
        "template": {
            "surrogate-in-title.json": lambda: surrogate_template,
            "deep-nesting.json": lambda: deep,
            "huge-number.json": lambda: (
                json.dumps(template).replace('"version": 1', '"version": ' + "9" * 5_000).encode()
            ),
            "nan-version.json": lambda: (
                json.dumps(template).replace('"version": 1', '"version": NaN').encode()
            ),
            "utf-16.json": lambda: json.dumps(template).encode("utf-16"),
        },
        "profile": {
            "deep-nesting.bin": lambda: _signed_zip(
                PROFILE_MEMBER,
                _dump(profile_document(keys))[:-2]
                + b', "x": '
                + b"[" * 100_000
                + b"]" * 100_000
                + b"}\n",
                office_signing,
            ),
            "surrogate-in-template.bin": lambda: _signed_zip(
                PROFILE_MEMBER,
                json.dumps(  # ASCII, so the lone surrogate stays a JSON escape
                    profile_document(keys)
                    | {"templates": [json.loads(surrogate_template.decode())]}
                ).encode(),
                office_signing,
            ),
            "nested-themes.bin": lambda: _signed_zip(
                PROFILE_MEMBER,
                _dump(profile_document(keys) | {"themes": [[["x"]]]}),
                office_signing,
            ),
            "zip-100k-entries.bin": lambda: _many_entries(100_000),
        },
        "feedback": {
            "huge-sequence.bin": lambda: pyrage.encrypt(
                _signed_zip(
                    FEEDBACK_MEMBER,
                    _dump(feedback_document(keys) | {"sequence": 2**63}),
                    office_signing,
                ),
                volunteer,
            ),
            "string-flood-11mb.bin": lambda: pyrage.encrypt(
                _signed_zip(
                    FEEDBACK_MEMBER,
                    _with_values(feedback_document(keys), "items", b'"ab",', 11_000_000),
                    office_signing,
                ),
                volunteer,
            ),
            "age-header-200kb.bin": lambda: long_header + b"--- " + b"C" * 43 + b"\n",
        },
    }
