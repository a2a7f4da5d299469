"""The national office's keys: an age identity to decrypt export files, a minisign key to sign.

Both are made once (``advocaat office init``) and kept in the data folder protected by a
passphrase: the age identity inside an age passphrase-encrypted file (written with a fixed
scrypt work factor by :mod:`advocaat.sync.age_passphrase`, read by pyrage), the minisign secret
key in minisign's own encrypted form (py-minisign: scrypt with 32 MiB). No lock-in: on explicit
request the identity is written unprotected, so the office can always open export files with the
standard ``age`` tool. Both formats are the tools' own.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

import minisign
import pyrage

from advocaat.core.files import write_file_safely
from advocaat.errors import UserFacingError
from advocaat.i18n import _
from advocaat.sync import age_passphrase

IDENTITY_FILE = "office-identity.age"
SIGNING_KEY_FILE = "office-signing.key"
RECIPIENT_FILE = "office-recipient.txt"
SIGNING_PUBLIC_FILE = "office-signing.pub"
MIN_PASSPHRASE = 8


class OfficeError(UserFacingError):
    pass


@dataclass(frozen=True)
class OfficePublic:
    """What the office gives away: who may encrypt to it, and how to check its signature."""

    recipient: str
    """The age recipient (``age1…``)."""
    signing_key: str
    """The minisign public key, base64 as in a ``.pub`` file's second line."""


@dataclass(frozen=True)
class OfficeKeys:
    public: OfficePublic
    identity: pyrage.x25519.Identity
    signing: minisign.SecretKey


def office_folder(root: Path) -> Path:
    return root / "office"


def _check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise OfficeError(
            _("Choose a passphrase of at least {count} characters.").format(count=MIN_PASSPHRASE)
        )


def init_office(folder: Path, passphrase: str) -> OfficePublic:
    """Make the office's keys once; an office that has keys keeps them."""
    _check_passphrase(passphrase)
    if (folder / IDENTITY_FILE).exists():
        raise OfficeError(_("This office already has its keys; they are never made twice."))
    folder.mkdir(parents=True, exist_ok=True)
    identity = pyrage.x25519.Identity.generate()
    pair = minisign.KeyPair.generate()
    public = OfficePublic(
        recipient=str(identity.to_public()),
        signing_key=pair.public_key.to_base64().decode("ascii"),
    )
    pair.secret_key.encrypt(passphrase)
    write_file_safely(folder / SIGNING_KEY_FILE, bytes(pair.secret_key))
    write_file_safely(folder / SIGNING_PUBLIC_FILE, bytes(pair.public_key))
    write_file_safely(folder / RECIPIENT_FILE, (public.recipient + "\n").encode("ascii"))
    write_file_safely(
        folder / IDENTITY_FILE, age_passphrase.encrypt(str(identity).encode("ascii"), passphrase)
    )
    return public


def office_public(folder: Path) -> OfficePublic:
    """The office's public keys, readable without the passphrase."""
    try:
        recipient = (folder / RECIPIENT_FILE).read_text(encoding="ascii").strip()
        signing = minisign.PublicKey.from_bytes((folder / SIGNING_PUBLIC_FILE).read_bytes())
    except (OSError, ValueError, minisign.Error) as error:
        raise OfficeError(
            _("This data folder has no office keys. Make them first with: advocaat office init")
        ) from error
    return OfficePublic(recipient, signing.to_base64().decode("ascii"))


def load_office(folder: Path, passphrase: str) -> OfficeKeys:
    """The office's keys, opened with its passphrase."""
    public = office_public(folder)
    try:
        identity_text = pyrage.passphrase.decrypt((folder / IDENTITY_FILE).read_bytes(), passphrase)
        signing = minisign.SecretKey.from_bytes((folder / SIGNING_KEY_FILE).read_bytes())
        signing.decrypt(passphrase)
    except OSError as error:
        raise OfficeError(
            _("The office keys cannot be read from {folder}.").format(folder=folder)
        ) from error
    except (pyrage.DecryptError, minisign.Error, ValueError) as error:
        raise OfficeError(_("The passphrase is not right.")) from error
    identity = pyrage.x25519.Identity.from_str(identity_text.decode("ascii").strip())
    return OfficeKeys(public, identity, signing)


def unprotected_identity(folder: Path, passphrase: str) -> bytes:
    """The age identity as a plain file for ``age -d -i FILE``: keep it somewhere safe."""
    keys = load_office(folder, passphrase)
    return (
        "# Advocaat: decryption identity of the national office. Anyone with this file can read\n"
        "# every export file sent to the office. Keep it safe.\n"
        f"# public key: {keys.public.recipient}\n{keys.identity}\n"
    ).encode("ascii")


def backup_keys(folder: Path) -> bytes:
    """The office's key files in one ZIP, still under the passphrase: unzip into a new data
    folder's ``office`` folder to carry on on another computer."""
    office_public(folder)  # refuses a folder without keys
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in (IDENTITY_FILE, SIGNING_KEY_FILE, RECIPIENT_FILE, SIGNING_PUBLIC_FILE):
            archive.writestr(name, (folder / name).read_bytes())
    return buffer.getvalue()


def change_passphrase(folder: Path, old: str, new: str) -> None:
    """Protect both secret keys with a new passphrase; the keys themselves stay the same.

    Keys made before the work factor was fixed are rewritten with it: changing the passphrase
    (even to the same one) makes unlocking them cheap again."""
    _check_passphrase(new)
    keys = load_office(folder, old)
    keys.signing.encrypt(new)
    identity = age_passphrase.encrypt(str(keys.identity).encode("ascii"), new)
    write_file_safely(folder / SIGNING_KEY_FILE, bytes(keys.signing))
    write_file_safely(folder / IDENTITY_FILE, identity)
