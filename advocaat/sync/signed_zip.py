"""A JSON document and its minisign signature in a ZIP, mostly age-encrypted: the shape of every
file Advocaat sends.

Profile, export and feedback files all hold ``NAME.json`` and ``NAME.json.minisig``, so the
standard ``minisign`` tool can check each of them by hand.

Every step of reading one is bounded before the work is done: the age header is found and
counted within a few kilobytes before pyrage parses it (pyrage takes quadratic time on a long
header), the ZIP's directory must list exactly the two members, stored or deflated, and each
member is read with a cap on its decompressed size, whatever its header says.
"""

from __future__ import annotations

import base64
import io
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Sequence

import minisign
import pyrage

from advocaat.core.text import without_accents

MAX_SIGNATURE_BYTES = 4_096
AGE_HEADER = b"age-encryption.org/v1\n"
MAX_AGE_HEADER_BYTES = 8_192
"""Ours hold one recipient stanza and one "grease" stanza: about 200 bytes."""
MAX_AGE_STANZAS = 16
_MAC_LINE = re.compile(rb"--- [A-Za-z0-9+/]{43}\n")
_END_OF_DIRECTORY = struct.Struct("<4s4H2LH")
_PLAIN = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    struct.error,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,  # an encrypted member
)


def key_id(signing_key: str) -> str:
    """The minisign key id, as ``minisign`` prints it (16 hex digits)."""
    return _id_in(signing_key.encode("ascii", errors="replace"), 42)


def signature_key_id(signature: bytes) -> str:
    """The id of the key a minisign signature says it was made with (not checked)."""
    lines = signature.split(b"\n")
    return _id_in(lines[1], 74) if len(lines) > 1 else "?"


def _id_in(encoded: bytes, size: int) -> str:
    """The key id in a base64 key or signature line of ``size`` bytes: after the algorithm's two
    bytes, eight bytes little-endian."""
    try:
        raw = base64.b64decode(encoded, validate=True)
    except ValueError:
        return "?"
    return raw[2:10][::-1].hex().upper() if len(raw) == size else "?"


def age_header_length(data: bytes) -> int | None:
    """The length of a sound-looking age header, or ``None``: found in linear time."""
    end = data.find(b"\n--- ", 0, MAX_AGE_HEADER_BYTES)
    if end < 0 or not _MAC_LINE.match(data, end + 1):
        return None
    header = data[: end + 1]
    if header.count(b"\n-> ") > MAX_AGE_STANZAS or not header.startswith(AGE_HEADER + b"-> "):
        return None
    return end + 1 + 48


def decrypt(
    data: bytes,
    identities: Sequence[pyrage.x25519.Identity],
    max_bytes: int,
    *,
    too_large: Callable[[], Exception],
    not_ours: Callable[[], Exception],
    damaged: Callable[[], Exception],
    not_for_us: Callable[[], Exception],
) -> bytes:
    """Open an age-encrypted file with any of ``identities``, telling apart a file for someone
    else from a damaged one."""
    if len(data) > max_bytes:
        raise too_large()
    if not data.startswith(AGE_HEADER):
        raise not_ours()
    if age_header_length(data) is None:
        raise damaged()
    try:
        plain: bytes = pyrage.decrypt(data, list(identities))  # typed here: pyrage ships no types
        return plain
    except pyrage.DecryptError as error:
        if "No matching keys" in str(error):
            raise not_for_us() from error
        raise damaged() from error


def encrypt(data: bytes, recipient: str) -> bytes:
    """``data`` encrypted to one age recipient (``age1…``)."""
    sealed: bytes = pyrage.encrypt(data, [pyrage.x25519.Recipient.from_str(recipient)])
    return sealed


def printable_comment(text: str) -> str:
    """``text`` as minisign's trusted comment allows it: one line of printable ASCII.

    Organisation and volunteer names are Dutch ("Patiëntenvereniging"); their accents are
    dropped here only, the signed document keeps every name whole."""
    return "".join(c if " " <= c < "\x7f" else " " for c in without_accents(text))


def pack(member: str, body: bytes, key: minisign.SecretKey, comment: str) -> bytes:
    signature = key.sign(body, trusted_comment=printable_comment(comment))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(member, body)
        archive.writestr(f"{member}.minisig", bytes(signature))
    return buffer.getvalue()


def listed_entries(data: bytes) -> int | None:
    """How many entries the ZIP's end record (without a comment) lists, or ``None``: checked
    before :mod:`zipfile` builds an object per entry of a directory that could hold millions."""
    if len(data) < _END_OF_DIRECTORY.size:
        return None
    signature, disk, start, here, total, _size, _offset, comment = _END_OF_DIRECTORY.unpack(
        data[-_END_OF_DIRECTORY.size :]
    )
    sound = signature == b"PK\x05\x06" and (disk, start, comment) == (0, 0, 0) and here == total
    return total if sound else None


def read_member(archive: zipfile.ZipFile, name: str, limit: int, too_large: Exception) -> bytes:
    """A stored or deflated member, read up to ``limit`` bytes whatever its header says."""
    info = archive.getinfo(name)
    if info.compress_type not in _PLAIN or info.flag_bits & 0x1:
        raise zipfile.BadZipFile(name)
    with archive.open(info) as stream:
        content = stream.read(limit + 1)
    if len(content) > limit:
        raise too_large
    return content


def unpack(
    data: bytes,
    member: str,
    max_body: int,
    *,
    not_ours: Callable[[], Exception],
    damaged: Callable[[], Exception],
    too_large: Callable[[], Exception],
) -> tuple[bytes, bytes]:
    """The document and its signature (not yet checked); a wrong or damaged ZIP is refused."""
    if not data.startswith(b"PK\x03\x04"):
        raise not_ours()
    if listed_entries(data) != 2:
        raise damaged()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sorted(archive.namelist()) != sorted((member, f"{member}.minisig")):
                raise not_ours()
            return (
                read_member(archive, member, max_body, too_large()),
                read_member(archive, f"{member}.minisig", MAX_SIGNATURE_BYTES, too_large()),
            )
    except ZIP_ERRORS as error:
        raise damaged() from error


def signed_by(body: bytes, signature: bytes, signing_key: str) -> bool:
    """Whether ``signature`` is a valid minisign signature of ``body`` by ``signing_key``."""
    try:
        minisign.PublicKey.from_base64(signing_key).verify(
            body, minisign.Signature.from_bytes(signature)
        )
    except (minisign.Error, ValueError, TypeError, IndexError):
        return False
    return True


def signing_key_in(body: bytes, name: str, signature: bytes) -> str | None:
    """The minisign key named ``name`` in the not yet decoded JSON ``body`` that signed it.

    The key that signs a document travels inside it; this finds it (a JSON member with that
    name and a key's shape, among the first few) and checks the signature before a byte of the
    document is decoded, so a file changed on the way costs nothing to refuse. The caller still
    checks, once decoded, that the document names this very key in its proper place.
    """
    pattern = re.compile(rb'"' + re.escape(name.encode()) + rb'"\s*:\s*"(RW[A-Za-z0-9+/]{54})"')
    for number, match in enumerate(pattern.finditer(body)):
        if number == 3:
            break
        key = match.group(1).decode("ascii")
        if signed_by(body, signature, key):
            return key
    return None
