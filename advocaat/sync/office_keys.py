"""The national office's keys: an age identity to decrypt export files, a minisign key to sign.

Both are made once (``advocaat office init``) and kept in the data folder protected by a
passphrase: the age identity inside an age passphrase-encrypted file (written with a fixed
scrypt work factor by :mod:`advocaat.sync.age_passphrase`, read by pyrage), the minisign secret
key in minisign's own encrypted form (py-minisign: scrypt with 32 MiB). No lock-in: on explicit
request the identity is written unprotected, so the office can always open export files with the
standard ``age`` tool. Both formats are the tools' own.

New keys (``advocaat office rotate-keys``) replace the four key files; the old ones move to
``retired/<date>[-n]/`` and are never deleted: their identities still open the export files made
for them, under the same passphrase. ``endorsements.json`` keeps the chain of statements by which
each old signing key vouches for its successor (:mod:`advocaat.sync.endorsement`).
"""

from __future__ import annotations

import io
import json
import os
import shutil
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import minisign
import pyrage

from advocaat.core.files import write_file_safely
from advocaat.errors import UserFacingError
from advocaat.i18n import _, ngettext
from advocaat.sync import age_passphrase
from advocaat.sync.endorsement import Endorsement, endorse
from advocaat.sync.signed_zip import key_id

IDENTITY_FILE = "office-identity.age"
SIGNING_KEY_FILE = "office-signing.key"
RECIPIENT_FILE = "office-recipient.txt"
SIGNING_PUBLIC_FILE = "office-signing.pub"
KEY_FILES = (IDENTITY_FILE, SIGNING_KEY_FILE, RECIPIENT_FILE, SIGNING_PUBLIC_FILE)
ENDORSEMENTS_FILE = "endorsements.json"
RETIRED = "retired"
LOST = "lost"
"""Key sets whose passphrase was lost: kept, never loaded (nobody can open them)."""
ROTATING = "rotating"
"""The next key files, complete: moved into place when a rotation was cut short."""
PARTIAL = ".partial"
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
    retired: tuple[pyrage.x25519.Identity, ...] = ()
    """The identities of keys this office replaced: export files made for them still open."""
    endorsements: tuple[Endorsement, ...] = ()

    @property
    def identities(self) -> list[pyrage.x25519.Identity]:
        return [self.identity, *self.retired]


def office_folder(root: Path) -> Path:
    return root / "office"


def _check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise OfficeError(
            ngettext(
                "Choose a passphrase of at least {count} character.",
                "Choose a passphrase of at least {count} characters.",
                MIN_PASSPHRASE,
            ).format(count=MIN_PASSPHRASE)
        )


def _key_files(
    identity: pyrage.x25519.Identity, signing: minisign.SecretKey, passphrase: str
) -> dict[str, bytes]:
    """The four key files of one key set; ``signing`` is protected in place."""
    public = minisign.PublicKey.from_secret_key(signing).to_base64().decode("ascii")
    signing.encrypt(passphrase)
    return {
        SIGNING_KEY_FILE: bytes(signing),
        SIGNING_PUBLIC_FILE: _public_key_file(public),
        RECIPIENT_FILE: (str(identity.to_public()) + "\n").encode("ascii"),
        IDENTITY_FILE: age_passphrase.encrypt(str(identity).encode("ascii"), passphrase),
    }


def _public_key_file(public: str) -> bytes:
    """A ``.pub`` file as the ``minisign`` tool writes it: its comment names the key id the way
    the tool and Advocaat show it (py-minisign writes that id's bytes the other way round)."""
    return f"untrusted comment: minisign public key {key_id(public)}\n{public}\n".encode("ascii")


def _write_all(folder: Path, files: dict[str, bytes]) -> None:
    for name, content in files.items():
        write_file_safely(folder / name, content)


def init_office(folder: Path, passphrase: str) -> OfficePublic:
    """Make the office's keys once; an office that has keys keeps them."""
    _check_passphrase(passphrase)
    if (folder / IDENTITY_FILE).exists():
        raise OfficeError(_("This office already has its keys; they are never made twice."))
    folder.mkdir(parents=True, exist_ok=True)
    identity = pyrage.x25519.Identity.generate()
    pair = minisign.KeyPair.generate()
    _write_all(folder, _key_files(identity, pair.secret_key, passphrase))
    return OfficePublic(str(identity.to_public()), pair.public_key.to_base64().decode("ascii"))


def _finish_rotation(folder: Path) -> None:
    """Complete a rotation cut short after its new keys were staged whole; drop a half-staged
    one (the keys in use then are still the old ones)."""
    staged = folder / ROTATING
    if staged.is_dir():
        for entry in staged.iterdir():
            os.replace(entry, folder / entry.name)
        staged.rmdir()
    for partial in (folder / (ROTATING + PARTIAL), *(folder / RETIRED).glob("*" + PARTIAL)):
        shutil.rmtree(partial, ignore_errors=True)


def office_public(folder: Path) -> OfficePublic:
    """The office's public keys, readable without the passphrase."""
    try:
        _finish_rotation(folder)
        recipient = (folder / RECIPIENT_FILE).read_text(encoding="ascii").strip()
        signing = minisign.PublicKey.from_bytes((folder / SIGNING_PUBLIC_FILE).read_bytes())
    except (OSError, ValueError, minisign.Error) as error:
        raise OfficeError(
            _("This data folder has no office keys. Make them first with: advocaat office init")
        ) from error
    return OfficePublic(recipient, signing.to_base64().decode("ascii"))


def _unreadable(folder: Path) -> OfficeError:
    return OfficeError(_("The office keys cannot be read from {folder}.").format(folder=folder))


def _open_identity(folder: Path, passphrase: str) -> pyrage.x25519.Identity:
    try:
        text = pyrage.passphrase.decrypt((folder / IDENTITY_FILE).read_bytes(), passphrase)
    except OSError as error:
        raise _unreadable(folder) from error
    except (pyrage.DecryptError, ValueError) as error:
        raise OfficeError(_("The passphrase is not right.")) from error
    return pyrage.x25519.Identity.from_str(text.decode("ascii").strip())


def _open_signing(folder: Path, passphrase: str) -> minisign.SecretKey:
    try:
        signing = minisign.SecretKey.from_bytes((folder / SIGNING_KEY_FILE).read_bytes())
        signing.decrypt(passphrase)
    except OSError as error:
        raise _unreadable(folder) from error
    except (minisign.Error, ValueError) as error:
        raise OfficeError(_("The passphrase is not right.")) from error
    return signing


def retired_folders(folder: Path) -> list[Path]:
    """The key sets this office replaced, oldest first."""
    retired = folder / RETIRED
    if not retired.is_dir():
        return []
    found = (entry for entry in retired.iterdir() if entry.is_dir())
    return sorted((entry for entry in found if not entry.name.endswith(PARTIAL)), key=_by_date)


def _by_date(entry: Path) -> tuple[str, int]:
    """``2026-12-03`` before ``2026-12-03-2`` before ``2026-12-03-10``."""
    number = entry.name[11:]
    return entry.name[:10], int(number) if number.isdigit() else 1


def endorsements(folder: Path) -> tuple[Endorsement, ...]:
    """The chain of endorsements of this office's keys, oldest first (none before a rotation)."""
    path = folder / ENDORSEMENTS_FILE
    if not path.exists():
        return ()
    try:
        return tuple(
            Endorsement(item["statement"], item["signature"])
            for item in json.loads(path.read_text(encoding="utf-8"))
        )
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise _unreadable(folder) from error


def load_office(folder: Path, passphrase: str) -> OfficeKeys:
    """The office's keys, opened with its passphrase, with every retired identity."""
    public = office_public(folder)
    identity = _open_identity(folder, passphrase)
    signing = _open_signing(folder, passphrase)
    retired = tuple(_open_identity(old, passphrase) for old in retired_folders(folder))
    return OfficeKeys(public, identity, signing, retired, endorsements(folder))


def unprotected_identity(folder: Path, passphrase: str) -> bytes:
    """Every age identity of the office (the retired ones too) as a plain file for
    ``age -d -i FILE``: keep it somewhere safe."""
    keys = load_office(folder, passphrase)
    retired = "".join(
        f"# replaced key, public key: {old.to_public()}\n{old}\n" for old in keys.retired
    )
    return (
        "# Advocaat: decryption identity of the national office. Anyone with this file can read\n"
        "# every export file sent to the office. Keep it safe.\n"
        f"# public key: {keys.public.recipient}\n{keys.identity}\n{retired}"
    ).encode("ascii")


def backup_keys(folder: Path) -> bytes:
    """The office's key files in one ZIP, still under the passphrase, the retired keys and the
    endorsements too: unzip into a new data folder's ``office`` folder to carry on on another
    computer."""
    office_public(folder)  # refuses a folder without keys
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.writestr(path.relative_to(folder).as_posix(), path.read_bytes())
    return buffer.getvalue()


def change_passphrase(folder: Path, old: str, new: str) -> None:
    """Protect every secret key, the retired ones too, with a new passphrase; the keys
    themselves stay the same. All are opened and sealed anew before the first file is written.

    Keys made before the work factor was fixed are rewritten with it: changing the passphrase
    (even to the same one) makes unlocking them cheap again."""
    _check_passphrase(new)
    office_public(folder)
    sets = [folder, *retired_folders(folder)]
    opened = [(where, _open_identity(where, old), _open_signing(where, old)) for where in sets]
    sealed = [(where, _key_files(identity, signing, new)) for where, identity, signing in opened]
    for where, files in sealed:
        _write_all(where, files)


def _stage(target: Path, files: dict[str, bytes]) -> None:
    """``target`` made whole beside itself, then put in place in one step."""
    partial = target.with_name(target.name + PARTIAL)
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    _write_all(partial, files)
    os.replace(partial, target)


def _retired_folder(folder: Path, today: date, kind: str = RETIRED) -> Path:
    base = folder / kind / today.isoformat()
    number = 2
    candidate = base
    while candidate.exists():
        candidate = base.with_name(f"{base.name}-{number}")
        number += 1
    return candidate


def rotate_keys(folder: Path, old: OfficeKeys, passphrase: str, today: date) -> OfficeKeys:
    """New keys under the same passphrase (``old`` was opened with it), endorsed by the old
    signing key; the old key files are kept in ``retired/``. The new set is staged whole before
    it replaces the old, so a rotation cut short is either undone or finished at the next use
    of the keys."""
    identity = pyrage.x25519.Identity.generate()
    pair = minisign.KeyPair.generate()
    signing = minisign.SecretKey.from_bytes(bytes(pair.secret_key))  # stays open, to sign
    public = OfficePublic(str(identity.to_public()), pair.public_key.to_base64().decode("ascii"))
    chain = (
        *old.endorsements,
        endorse(old.signing, old.public.signing_key, public.signing_key, public.recipient),
    )
    staged = _key_files(identity, pair.secret_key, passphrase)
    staged[ENDORSEMENTS_FILE] = (
        json.dumps([item.to_json() for item in chain], indent=2) + "\n"
    ).encode("utf-8")
    _stage(
        _retired_folder(folder, today), {name: (folder / name).read_bytes() for name in KEY_FILES}
    )
    _stage(folder / ROTATING, staged)
    _finish_rotation(folder)
    return OfficeKeys(public, identity, signing, (old.identity, *old.retired), chain)


def replace_lost_keys(folder: Path, new_passphrase: str, today: date) -> OfficeKeys:
    """New keys when the passphrase of the old ones is lost: nothing can vouch for them, so
    volunteers are asked to check the new key id with the office by phone, and export files made
    for the old keys stay unreadable. Everything of the old keys is copied whole into
    ``lost/<date>/`` first (in case the passphrase turns up), and only then replaced."""
    _check_passphrase(new_passphrase)
    office_public(folder)  # refuses a folder without keys
    old = [folder / name for name in (*KEY_FILES, ENDORSEMENTS_FILE, RETIRED)]
    kept = _retired_folder(folder, today, LOST)
    partial = kept.with_name(kept.name + PARTIAL)
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    for path in old:
        if path.is_dir():
            shutil.copytree(path, partial / path.name)
        elif path.exists():
            shutil.copy2(path, partial / path.name)
    os.replace(partial, kept)
    shutil.rmtree(folder / RETIRED, ignore_errors=True)
    (folder / ENDORSEMENTS_FILE).unlink(missing_ok=True)
    identity = pyrage.x25519.Identity.generate()
    pair = minisign.KeyPair.generate()
    signing = minisign.SecretKey.from_bytes(bytes(pair.secret_key))  # stays open, to sign
    public = OfficePublic(str(identity.to_public()), pair.public_key.to_base64().decode("ascii"))
    _stage(folder / ROTATING, _key_files(identity, pair.secret_key, new_passphrase))
    _finish_rotation(folder)
    return OfficeKeys(public, identity, signing)
