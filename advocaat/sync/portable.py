"""The portable backup: everything a volunteer (or office) needs on a new laptop, in one file.

One age file protected by a passphrase (the standard scrypt recipient, so ``age -d`` opens it)
around a ZIP of: a consistent snapshot of the database, the key files of the profile folder (the
volunteer's, the replaced ones, and the office's), ``preferences.ini`` and a manifest. With the
database come the sender id and the export sequence, and with the keys the signing key the office
knows: after a restore the office recognises the same sender.

The reader works on bytes and checks everything before anything is written: the age header and
its work factor, the passphrase, the ZIP's member names against a fixed list, every member's size,
the manifest, and the database (integrity check, Advocaat's schema at a revision this version
knows). Only then does :func:`install` replace files, keeping what it replaces.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import sqlite3
import zipfile
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pyrage

from advocaat import __version__
from advocaat.core.files import write_file_safely
from advocaat.db import backup
from advocaat.db.migrate import VERSION_TABLE, known_revisions, stored_revision
from advocaat.errors import UserFacingError
from advocaat.i18n import _, ngettext
from advocaat.paths import AppPaths
from advocaat.sync import age_passphrase, office_keys, volunteer
from advocaat.sync.signed_zip import (
    AGE_HEADER,
    ZIP_ERRORS,
    age_header_length,
    listed_entries,
    read_member,
)

FORMAT = 1
MAX_FILE_BYTES = 1024 * 1024 * 1024
MAX_DATABASE_BYTES = MAX_FILE_BYTES
MAX_KEY_BYTES = 64 * 1024
MAX_PREFERENCES_BYTES = 1024 * 1024
MAX_MEMBERS = 200
MAX_WORK_FACTOR = 18
"""Ours use :data:`age_passphrase.WORK_FACTOR`, the age tool 18; more costs gigabytes to open."""
MIN_PASSPHRASE = office_keys.MIN_PASSPHRASE

MANIFEST = "manifest.json"
DATABASE = "advocaat.sqlite3"
PREFERENCES = "preferences.ini"
KEYS = "keys/"
OFFICE = "office/"
_VOLUNTEER_KEYS = (volunteer.SIGNING_KEY_FILE, volunteer.FEEDBACK_IDENTITY_FILE)
_REPLACED_KEY = re.compile(
    re.escape(volunteer.SIGNING_KEY_FILE) + r"\.replaced-\d{4}-\d{2}-\d{2}(-\d{1,4})?"
)
_A_KEY_SET = (
    "("
    + "|".join(re.escape(name) for name in (*office_keys.KEY_FILES, office_keys.ENDORSEMENTS_FILE))
    + ")"
)
_DATED = r"/\d{4}-\d{2}-\d{2}(-\d{1,4})?/"
_OFFICE_KEY = re.compile(
    f"({re.escape(office_keys.LOST)}{_DATED})?({re.escape(office_keys.RETIRED)}{_DATED})?{_A_KEY_SET}"
)
"""The office's key files, its endorsements, the key sets it replaced (``retired/<date>/``) and
those whose passphrase was lost (``lost/<date>/``, with their own retired sets)."""
_SMALLEST_DATABASE = 512
"""One page of the smallest size SQLite has."""
_SCRYPT_STANZA = re.compile(rb"-> scrypt [A-Za-z0-9+/]{22} (\d{1,2})\n")


class PortableBackupError(UserFacingError):
    """A portable backup that cannot be made or read; nothing was changed."""


class WrongPassphraseError(PortableBackupError):
    pass


@dataclass(frozen=True)
class PortableBackup:
    """What a portable backup holds, read and checked."""

    made_at: str
    app: str
    revision: str
    database: bytes
    keys: dict[str, bytes]
    """Key files by their path under the profile folder (``office/…`` for the office's)."""
    preferences: bytes | None


def is_portable(data: bytes) -> bool:
    """Whether ``data`` starts as an age file sealed with a passphrase (a scrypt stanza)."""
    return data.startswith(AGE_HEADER + b"-> scrypt ")


def _key_files(profile_dir: Path) -> Iterator[tuple[str, Path]]:
    """The key files present in the profile folder, under the names they get in the ZIP."""
    for name in sorted(_VOLUNTEER_KEYS):
        yield name, profile_dir / name
    for path in sorted(profile_dir.glob(volunteer.SIGNING_KEY_FILE + ".replaced-*")):
        if _REPLACED_KEY.fullmatch(path.name):
            yield path.name, path
    office = office_keys.office_folder(profile_dir)
    for path in sorted(office.rglob("*")) if office.is_dir() else ():
        name = path.relative_to(office).as_posix()
        if path.is_file() and _OFFICE_KEY.fullmatch(name):
            yield OFFICE + name, path


def _allowed(member: str) -> int | None:
    """The size limit of a ZIP member with this name, or ``None`` for a name not allowed."""
    fixed = {MANIFEST: MAX_KEY_BYTES, DATABASE: MAX_DATABASE_BYTES}
    fixed[PREFERENCES] = MAX_PREFERENCES_BYTES
    if member in fixed:
        return fixed[member]
    name = member.removeprefix(KEYS)
    if member.startswith(KEYS) and (name in _VOLUNTEER_KEYS or _REPLACED_KEY.fullmatch(name)):
        return MAX_KEY_BYTES
    if member.startswith(KEYS + OFFICE) and _OFFICE_KEY.fullmatch(name.removeprefix(OFFICE)):
        return MAX_KEY_BYTES
    return None


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise PortableBackupError(
            ngettext(
                "Choose a passphrase of at least {count} character.",
                "Choose a passphrase of at least {count} characters.",
                MIN_PASSPHRASE,
            ).format(count=MIN_PASSPHRASE)
        )


def pack(snapshot: Path, paths: AppPaths, passphrase: str, now: datetime) -> bytes:
    """The portable file: ``snapshot`` (a checked copy of the database), the profile's key files
    and the preferences, sealed with ``passphrase``."""
    check_new_passphrase(passphrase)
    members = {DATABASE: snapshot.read_bytes()}
    for name, path in _key_files(paths.profile_dir):
        if path.is_file():
            members[KEYS + name] = path.read_bytes()
    if paths.preferences_file.is_file():
        members[PREFERENCES] = paths.preferences_file.read_bytes()
    manifest = {
        "format": FORMAT,
        "app": f"advocaat {__version__}",
        "schema": stored_revision(snapshot),
        "made_at": now.isoformat(timespec="seconds"),
        "holds": sorted(members),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, indent=2) + "\n")
        for name, content in members.items():
            archive.writestr(name, content)
    return age_passphrase.encrypt(buffer.getvalue(), passphrase)


def _damaged() -> PortableBackupError:
    return PortableBackupError(
        _("The file is not a sound portable backup (it is damaged or incomplete); nothing changed.")
    )


def _decrypt(data: bytes, passphrase: str) -> bytes:
    if len(data) > MAX_FILE_BYTES:
        raise PortableBackupError(_("The file is too large to be a portable backup."))
    if not is_portable(data):
        raise PortableBackupError(_("The file is not a portable backup of Advocaat."))
    stanza = _SCRYPT_STANZA.match(data, len(AGE_HEADER))
    if age_header_length(data) is None or stanza is None or int(stanza[1]) > MAX_WORK_FACTOR:
        raise _damaged()
    try:
        plain: bytes = pyrage.passphrase.decrypt(data, passphrase)
    except pyrage.DecryptError as error:
        if str(error) == "Decryption failed":  # no stanza opened: the passphrase
            raise WrongPassphraseError(_("The passphrase is not right.")) from error
        raise _damaged() from error
    return plain


def _members(plain: bytes) -> dict[str, bytes]:
    """Every member of the ZIP, each name allowed and each size within its limit."""
    count = listed_entries(plain)
    if not plain.startswith(b"PK\x03\x04") or count is None or not 0 < count <= MAX_MEMBERS:
        raise _damaged()
    members: dict[str, bytes] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(plain)) as archive:
            names = archive.namelist()
            if len(set(names)) != len(names):
                raise _damaged()
            for name in names:
                limit = _allowed(name)
                if limit is None:
                    raise _damaged()
                members[name] = read_member(archive, name, limit, _damaged())
    except ZIP_ERRORS as error:
        raise _damaged() from error
    return members


def _manifest(members: dict[str, bytes]) -> dict[str, object]:
    try:
        manifest = json.loads(members[MANIFEST])
    except (KeyError, ValueError, RecursionError) as error:
        raise _damaged() from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _damaged()
    fields = (manifest.get(name) for name in ("app", "schema", "made_at"))
    holds = manifest.get("holds")
    if not all(isinstance(value, str) for value in fields) or holds != sorted(
        set(members) - {MANIFEST}
    ):
        raise _damaged()
    return manifest


def _revision(database: bytes) -> str:
    """The schema revision of an Advocaat database given as bytes, checked whole in memory."""
    try:
        if (
            len(database) < _SMALLEST_DATABASE
        ):  # SQLite's deserialize fails on none as out of memory
            raise sqlite3.DatabaseError
        with closing(sqlite3.connect(":memory:")) as connection:
            connection.deserialize(database)
            if connection.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                raise _damaged()
            table = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
            if connection.execute(table, (VERSION_TABLE,)).fetchone() is None:
                raise _damaged()
            rows = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()
    except (sqlite3.Error, OverflowError, UnicodeDecodeError) as error:  # its own message, too
        raise PortableBackupError(
            _("The database in the file is damaged or not Advocaat's; nothing changed.")
        ) from error
    if len(rows) != 1 or not isinstance(rows[0][0], str):
        raise _damaged()
    return str(rows[0][0])


def read_portable(data: bytes, passphrase: str) -> PortableBackup:
    """The checked contents of a portable backup, or a :class:`PortableBackupError`."""
    members = _members(_decrypt(data, passphrase))
    manifest = _manifest(members)
    if DATABASE not in members:
        raise _damaged()
    revision = _revision(members[DATABASE])
    if revision not in known_revisions():
        raise PortableBackupError(
            _(
                "This backup was made by a newer version of Advocaat. Install that version to"
                " restore it; nothing changed."
            )
        )
    if manifest["schema"] != revision:
        raise _damaged()
    return PortableBackup(
        made_at=str(manifest["made_at"]),
        app=str(manifest["app"]),
        revision=revision,
        database=members[DATABASE],
        keys={
            name.removeprefix(KEYS): content
            for name, content in members.items()
            if name.startswith(KEYS)
        },
        preferences=members.get(PREFERENCES),
    )


@dataclass(frozen=True)
class PortableOutcome:
    restore: backup.RestoreOutcome
    kept_aside: list[Path]
    """Key files and preferences that were replaced, each kept under a new name."""


PENDING_SETTING = "portable_restore_pending"
"""Written into the restored database itself: the files still to swap in, by their digest. The
database's replacement is the one step that commits a restore; what follows it is finished at
the next start if the restore is cut short (:func:`finish_interrupted_restore`)."""
_STAGED = ".{name}.restoring"
_DATABASE_TEMPORARY = (".portable", ".restoring")
"""The snapshot this restore writes, and the copy :func:`backup.restore` makes of it."""


def _staged(target: Path) -> Path:
    return target.with_name(_STAGED.format(name=target.name))


def _stage(target: Path, content: bytes) -> None:
    """``content`` written beside ``target`` under a temporary name, not yet in its place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = _staged(target)
    write_file_safely(staged, content)
    staged.chmod(0o600)


def _keep_aside(path: Path, stamp: str) -> Path:
    aside = path.with_name(f"{path.name}.before-restore-{stamp}")
    number = 1
    while aside.exists():
        number += 1
        aside = path.with_name(f"{path.name}.before-restore-{stamp}-{number}")
    path.replace(aside)
    return aside


def _digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _targets(held: PortableBackup, paths: AppPaths) -> dict[Path, bytes]:
    targets = {paths.profile_dir / name: content for name, content in held.keys.items()}
    if held.preferences is not None:
        targets[paths.preferences_file] = held.preferences
    return targets


def _relative(target: Path, paths: AppPaths) -> str:
    return target.relative_to(paths.root).as_posix()


def _snapshot_with_pending(snapshot: Path, database: bytes, pending: dict[str, str]) -> None:
    write_file_safely(snapshot, database)
    with closing(sqlite3.connect(snapshot)) as connection, connection:
        connection.execute(
            "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
            (PENDING_SETTING, json.dumps(pending)),
        )


def install(held: PortableBackup, paths: AppPaths, kept: int, now: datetime) -> PortableOutcome:
    """Put the checked backup in place; hold the data folder's lock (or be the window holding it).

    Every file is written beside its place first; then the database is restored as a plain
    backup is (the current one backed up first), which commits the restore, and the other files
    are swapped in, each file they replace kept aside under a dated name, never deleted."""
    database = paths.database
    targets = _targets(held, paths)
    snapshot = database.with_name(f".{database.name}{_DATABASE_TEMPORARY[0]}")
    try:
        for target, content in targets.items():
            _stage(target, content)
        pending = {
            _relative(target, paths): _digest(content) for target, content in targets.items()
        }
        _snapshot_with_pending(snapshot, held.database, pending)
        outcome = backup.restore(database, snapshot, kept, now)
    except BaseException:
        for target in targets:
            _staged(target).unlink(missing_ok=True)
        raise
    finally:
        snapshot.unlink(missing_ok=True)
    return PortableOutcome(outcome, _finish(paths, now))


def _pending(database: Path) -> dict[str, str] | None:
    """The files a committed restore still has to swap in (``None``: no restore pending)."""
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as connection:
        try:
            row = connection.execute(
                "SELECT value FROM setting WHERE key = ?", (PENDING_SETTING,)
            ).fetchone()
        except sqlite3.Error:
            return None
    if row is None:
        return None
    try:
        found = json.loads(row[0])
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _finish(paths: AppPaths, now: datetime) -> list[Path]:
    """Swap in the staged files of a committed restore (again, if it was cut short: a file
    already in place is left), then mark the restore done."""
    pending = _pending(paths.database) or {}
    stamp = now.strftime("%Y-%m-%d_%H%M%S")
    aside = []
    for name, digest in pending.items():
        target = paths.root / name
        staged = _staged(target)
        if not staged.is_file():
            continue  # swapped in before the cut
        if _digest(staged.read_bytes()) != digest:
            staged.unlink()
            continue
        if target.is_file() and _digest(target.read_bytes()) != digest:
            aside.append(_keep_aside(target, stamp))
        staged.replace(target)
    with closing(sqlite3.connect(paths.database)) as connection, connection:
        connection.execute("DELETE FROM setting WHERE key = ?", (PENDING_SETTING,))
    return aside


def _left_staged(paths: AppPaths) -> list[Path]:
    """Files a cut-short restore staged beside their places (the office's key sets included,
    however deep: ``retired/<date>/``, ``lost/<date>/retired/<date>/``)."""
    pattern = _STAGED.format(name="*")
    office = office_keys.office_folder(paths.profile_dir)
    found = {*paths.root.glob(pattern), *paths.profile_dir.glob(pattern), *office.rglob(pattern)}
    return sorted(found)


def finish_interrupted_restore(paths: AppPaths, now: datetime) -> None:
    """At the start, before the keys are used: a restore cut short after its database was
    replaced is finished; the files of one cut short before that are dropped (it never
    happened). Costs a few directory listings and one small query when there is nothing to do."""
    database = paths.database
    for end in _DATABASE_TEMPORARY:  # copies of a restore cut short, not yet in place
        database.with_name(f".{database.name}{end}").unlink(missing_ok=True)
    left = _left_staged(paths)
    if not paths.uses_sqlite or not database.is_file():
        for path in left:
            path.unlink(missing_ok=True)
        return
    if _pending(database) is not None:
        _finish(paths, now)
        return
    for path in left:
        path.unlink(missing_ok=True)
