"""A JSON document and its minisign signature in a ZIP, mostly age-encrypted: the shape of every
file Advocaat sends.

Profile, export and feedback files all hold ``NAME.json`` and ``NAME.json.minisig``, so the
standard ``minisign`` tool can check each of them by hand.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import minisign
import pyrage

MAX_SIGNATURE_BYTES = 4_096


AGE_HEADER = b"age-encryption.org/v1\n"


def decrypt(
    data: bytes,
    identity: pyrage.x25519.Identity,
    max_bytes: int,
    *,
    too_large: Callable[[], Exception],
    not_ours: Callable[[], Exception],
    damaged: Callable[[], Exception],
    not_for_us: Callable[[], Exception],
) -> bytes:
    """Open an age-encrypted file, telling apart a file for someone else from a damaged one."""
    if len(data) > max_bytes:
        raise too_large()
    if not data.startswith(AGE_HEADER):
        raise not_ours()
    try:
        return pyrage.decrypt(data, [identity])
    except pyrage.DecryptError as error:
        if "No matching keys" in str(error):
            raise not_for_us() from error
        raise damaged() from error


def pack(member: str, body: bytes, key: minisign.SecretKey, comment: str) -> bytes:
    signature = key.sign(body, trusted_comment=comment)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(member, body)
        archive.writestr(f"{member}.minisig", bytes(signature))
    return buffer.getvalue()


def _read(archive: zipfile.ZipFile, name: str, limit: int, too_large: Exception) -> bytes:
    with archive.open(name) as stream:
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
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sorted(archive.namelist()) != sorted((member, f"{member}.minisig")):
                raise not_ours()
            return (
                _read(archive, member, max_body, too_large()),
                _read(archive, f"{member}.minisig", MAX_SIGNATURE_BYTES, too_large()),
            )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as error:
        raise damaged() from error


def signed_by(body: bytes, signature: bytes, signing_key: str) -> bool:
    """Whether ``signature`` is a valid minisign signature of ``body`` by ``signing_key``."""
    try:
        minisign.PublicKey.from_base64(signing_key).verify(
            body, minisign.Signature.from_bytes(signature)
        )
    except (minisign.Error, ValueError, TypeError):
        return False
    return True
