"""An age file protected by a passphrase, with a work factor the app chooses.

``pyrage.passphrase.encrypt`` times the machine and picks scrypt's work factor so that opening
takes about a second *there*: on a fast office computer that was 2^20, and every unlock then
needs 1 GiB of memory (about 540 MB to over 1 GB measured), wherever the keys are opened later.
This writes the same standard format (age v1, one ``scrypt`` stanza, see
https://age-encryption.org/v1) with a fixed factor, built from the ``cryptography`` package's
primitives; reading stays with pyrage, which takes the factor from the file, so keys written
earlier with a higher one still open.

What the factor buys: each guess at the passphrase costs an attacker who stole the key files
2^N × 1 KiB of memory and the matching time. At 2^17 that is 128 MiB and a few tenths of a
second per guess on a laptop, 8 times cheaper than 2^20 but still far from a practical
brute-force of a passphrase of eight or more characters that is not a common word; the minimum
length (and a good passphrase) does most of the work.
"""

from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

WORK_FACTOR = 17
"""log2 of scrypt's N: 128 MiB and well under a second to unlock, also on a 4 GB laptop."""
_CHUNK = 64 * 1024


def _b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def encrypt(plaintext: bytes, passphrase: str, work_factor: int = WORK_FACTOR) -> bytes:
    """``plaintext`` as an age file that ``age -d`` (and pyrage) open with ``passphrase``."""
    file_key, salt, nonce = os.urandom(16), os.urandom(16), os.urandom(16)
    wrap_key = Scrypt(
        salt=b"age-encryption.org/v1/scrypt" + salt, length=32, n=2**work_factor, r=8, p=1
    ).derive(passphrase.encode("utf-8"))
    body = ChaCha20Poly1305(wrap_key).encrypt(bytes(12), file_key, None)
    header = b"age-encryption.org/v1\n-> scrypt %s %d\n%s\n---" % (
        _b64(salt),
        work_factor,
        _b64(body),
    )
    mac = hmac.HMAC(_hkdf(file_key, b"", b"header"), hashes.SHA256())
    mac.update(header)
    payload = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    chunks = [plaintext[start : start + _CHUNK] for start in range(0, len(plaintext), _CHUNK)]
    chunks = chunks or [b""]
    sealed = [
        payload.encrypt(
            index.to_bytes(11, "big") + (b"\x01" if index == len(chunks) - 1 else b"\x00"),
            chunk,
            None,
        )
        for index, chunk in enumerate(chunks)
    ]
    return header + b" " + _b64(mac.finalize()) + b"\n" + nonce + b"".join(sealed)
