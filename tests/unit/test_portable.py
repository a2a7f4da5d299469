"""The portable backup: made from a data folder, read with every check before a byte is written,
and put in place on a fresh install or over a data folder whose files are kept."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from fuzz_kit import (
    HOSTILE_MEMBER_NAMES,
    PORTABLE_PASSPHRASE,
    advocaat_database,
    portable_manifest,
    portable_members,
    portable_zip,
    seal_portable,
)
from office_kit import Office

from advocaat.app import backups
from advocaat.app.workspace import Workspace, lock_data_folder
from advocaat.core.preferences import read_backups_kept, write_backups_kept
from advocaat.db.backup import Reason
from advocaat.db.errors import AlreadyOpenError, NoServerBackupsError
from advocaat.db.migrate import head_revision
from advocaat.db.models import Setting
from advocaat.paths import AppPaths
from advocaat.sync import portable, volunteer
from advocaat.sync.office_keys import (
    ENDORSEMENTS_FILE,
    IDENTITY_FILE,
    LOST,
    RETIRED,
    office_folder,
)
from advocaat.sync.portable import PortableBackupError, WrongPassphraseError, read_portable

pytestmark = pytest.mark.usefixtures("english")
SECRET = "een lang genoeg wachtwoord"


def digest(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != "advocaat.lock"
    }


def key_files(paths: AppPaths) -> dict[str, bytes]:
    """Every key file of the profile, as the portable backup must carry it."""
    folder = paths.profile_dir
    names = [
        volunteer.SIGNING_KEY_FILE,
        volunteer.FEEDBACK_IDENTITY_FILE,
        f"{volunteer.SIGNING_KEY_FILE}.replaced-2026-01-02",
        *(
            f"office/{path.relative_to(office_folder(folder)).as_posix()}"
            for path in office_folder(folder).rglob("*")
            if path.is_file()
        ),
    ]
    return {name: (folder / name).read_bytes() for name in names}


@pytest.fixture
def laptop(tmp_path: Path, migrated_database: Path, office: Office) -> AppPaths:
    """A data folder with every kind of file a portable backup carries."""
    paths = copied(migrated_database, AppPaths(tmp_path / "old"))
    with Workspace.open(paths) as workspace, workspace.session() as session:
        session.add(Setting(key=volunteer.SENDER_SETTING, value=json.dumps("urn:uuid:proef")))
    volunteer.signing_key(paths.profile_dir)
    volunteer.replace_signing_key(paths.profile_dir, date(2026, 1, 2))
    volunteer.feedback_identity(paths.profile_dir)
    office_folder(paths.profile_dir).mkdir()
    retired = office_folder(paths.profile_dir) / RETIRED / "2026-06-01"
    retired.mkdir(parents=True)  # a key set the office replaced, and the endorsements
    for path in office.folder.iterdir():
        (office_folder(paths.profile_dir) / path.name).write_bytes(path.read_bytes())
        (retired / path.name).write_bytes(path.read_bytes())
    (office_folder(paths.profile_dir) / ENDORSEMENTS_FILE).write_text("[]\n", encoding="utf-8")
    lost = office_folder(paths.profile_dir) / LOST / "2026-02-01"  # keys whose passphrase is lost
    lost.mkdir(parents=True)
    (lost / IDENTITY_FILE).write_bytes((office.folder / IDENTITY_FILE).read_bytes())
    write_backups_kept(paths.preferences_file, 4)
    return paths


def copied(database: Path, paths: AppPaths) -> AppPaths:
    """A profile on a copy of ``database`` (the session's migrated one: cheaper than migrating)."""
    paths.profile_dir.mkdir(parents=True)
    shutil.copyfile(database, paths.database)
    return paths


def sender(paths: AppPaths) -> str | None:
    with Workspace.open(paths) as workspace, workspace.session() as session:
        row = session.get(Setting, volunteer.SENDER_SETTING)
        return None if row is None else json.loads(row.value)


def test_a_fresh_install_gets_everything_back(laptop: AppPaths, tmp_path: Path) -> None:
    made = backups.make_portable_backup(laptop, tmp_path / "meenemen.age", SECRET)
    fresh = AppPaths(tmp_path / "new")
    assert backups.is_portable_backup(fresh, str(made))
    outcome = backups.restore_portable(fresh, str(made), SECRET)
    assert (outcome.restore.before_restore, outcome.restore.set_aside, outcome.kept_aside) == (
        None,
        None,
        [],
    )
    assert key_files(fresh) == key_files(laptop)
    assert read_backups_kept(fresh.preferences_file) == 4
    assert sender(fresh) == "urn:uuid:proef"
    assert not [path for path in fresh.profile_dir.rglob("*") if path.name.startswith(".")]


def test_the_file_holds_what_its_manifest_says(laptop: AppPaths, tmp_path: Path) -> None:
    made = backups.make_portable_backup(laptop, tmp_path / "meenemen.age", SECRET)
    held = read_portable(made.read_bytes(), SECRET)
    assert held.keys == key_files(laptop)
    assert held.preferences == laptop.preferences_file.read_bytes()
    assert held.app.startswith("advocaat ")
    assert held.revision == head_revision()


def test_restore_over_a_data_folder_keeps_its_state_and_its_keys(
    laptop: AppPaths, tmp_path: Path, migrated_database: Path
) -> None:
    made = backups.make_portable_backup(laptop, tmp_path / "meenemen.age", SECRET)
    other = copied(migrated_database, AppPaths(tmp_path / "other"))
    volunteer.signing_key(other.profile_dir)
    own_key = (other.profile_dir / volunteer.SIGNING_KEY_FILE).read_bytes()
    outcome = backups.restore_portable(other, str(made), SECRET)
    assert outcome.restore.before_restore is not None
    assert [info.reason for info in backups.list_backups(other)] == [Reason.BEFORE_RESTORE]
    (aside,) = outcome.kept_aside
    assert aside.name.startswith(f"{volunteer.SIGNING_KEY_FILE}.before-restore-")
    assert aside.read_bytes() == own_key
    assert key_files(other) == key_files(laptop)
    assert sender(other) == "urn:uuid:proef"


def test_a_wrong_passphrase_changes_nothing(laptop: AppPaths, tmp_path: Path) -> None:
    made = backups.make_portable_backup(laptop, tmp_path / "meenemen.age", SECRET)
    before = digest(laptop.root)
    with pytest.raises(WrongPassphraseError, match=r"^The passphrase is not right\.$"):
        backups.restore_portable(laptop, str(made), "een ander wachtwoord")
    assert digest(laptop.root) == before


def test_a_short_passphrase_is_refused_before_anything_is_written(
    laptop: AppPaths, tmp_path: Path
) -> None:
    with pytest.raises(PortableBackupError, match="at least 8 characters"):
        backups.make_portable_backup(laptop, tmp_path / "meenemen.age", "kort")
    assert not (tmp_path / "meenemen.age").exists()


def test_a_restore_needs_the_folder_to_itself(laptop: AppPaths, tmp_path: Path) -> None:
    made = backups.make_portable_backup(laptop, tmp_path / "meenemen.age", SECRET)
    lock = lock_data_folder(laptop)
    try:
        with pytest.raises(AlreadyOpenError):
            backups.restore_portable(laptop, str(made), SECRET)
    finally:
        lock.release()


def test_a_server_database_has_no_portable_backup(tmp_path: Path) -> None:
    server = AppPaths(tmp_path / "d", database_url="postgresql+psycopg://a@192.0.2.1/advocaat")
    with pytest.raises(NoServerBackupsError):
        backups.make_portable_backup(server, tmp_path / "x.age", SECRET)
    with pytest.raises(NoServerBackupsError):
        backups.restore_portable(server, str(tmp_path / "x.age"), SECRET)


def test_a_failure_while_putting_it_in_place_leaves_every_file(
    laptop: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = backups.make_portable_backup(laptop, tmp_path / "meenemen.age", SECRET)
    other = AppPaths(tmp_path / "other")
    other.profile_dir.mkdir(parents=True)
    (other.profile_dir / volunteer.SIGNING_KEY_FILE).write_bytes(b"eigen sleutel")
    before = digest(other.root)

    def full_disk(*_arguments: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(portable.backup, "restore", full_disk)
    with pytest.raises(Exception, match="room"):
        backups.restore_portable(other, str(made), SECRET)
    assert digest(other.root) == before


class Killed(BaseException):
    """The process killed at that moment: no cleanup of ours runs after it."""


@pytest.mark.parametrize("every_file_swapped_in", [False, True])
def test_a_restore_cut_short_after_its_database_is_finished_at_the_next_start(
    laptop: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, every_file_swapped_in: bool
) -> None:
    made = backups.make_portable_backup(laptop, tmp_path / "meenemen.age", SECRET)
    fresh = AppPaths(tmp_path / "new")
    finish = portable._finish

    def killed_after_the_database(paths: AppPaths, now: object) -> list[Path]:
        if every_file_swapped_in:
            finish(paths, now)  # type: ignore[arg-type]
            with sqlite3.connect(paths.database) as connection:  # the mark not yet removed
                connection.execute(
                    "INSERT INTO setting VALUES (?, ?)", (portable.PENDING_SETTING, "{}")
                )
        raise Killed

    monkeypatch.setattr(portable, "_finish", killed_after_the_database)
    with pytest.raises(Killed):
        backups.restore_portable(fresh, str(made), SECRET)
    monkeypatch.setattr(portable, "_finish", finish)
    assert (fresh.profile_dir / volunteer.SIGNING_KEY_FILE).exists() is every_file_swapped_in
    with Workspace.open(fresh):
        pass  # the next start
    assert key_files(fresh) == key_files(laptop)
    assert sender(fresh) == "urn:uuid:proef"
    assert not [path for path in fresh.profile_dir.rglob("*") if path.name.startswith(".")]
    with sqlite3.connect(fresh.database) as connection:
        left = connection.execute(
            "SELECT count(*) FROM setting WHERE key = ?", (portable.PENDING_SETTING,)
        ).fetchone()
    assert left == (0,)


def test_a_restore_cut_short_before_its_database_leaves_nothing_at_the_next_start(
    laptop: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = backups.make_portable_backup(laptop, tmp_path / "meenemen.age", SECRET)
    fresh = AppPaths(tmp_path / "new")

    def killed(*_arguments: object) -> None:
        raise Killed

    monkeypatch.setattr(portable.backup, "restore", killed)
    with pytest.raises(Killed):
        backups.restore_portable(fresh, str(made), SECRET)
    for name, content in key_files(laptop).items():  # as a kill leaves them: staged, not placed
        target = fresh.profile_dir / name
        target.parent.mkdir(parents=True, exist_ok=True)
        portable._staged(target).write_bytes(content)
    monkeypatch.undo()
    with Workspace.open(fresh):
        pass
    assert not (fresh.profile_dir / volunteer.SIGNING_KEY_FILE).exists()
    assert not [path for path in fresh.profile_dir.rglob("*") if path.name.startswith(".")]


# -- the reader, one check at a time --------------------------------------------------------------


def sealed(members: dict[str, bytes], manifest: dict[str, object] | None = None) -> bytes:
    body = None if manifest is None else json.dumps(manifest).encode()
    return seal_portable(portable_zip(members, body))


def database_with(change: str) -> bytes:
    connection = sqlite3.connect(":memory:")
    connection.deserialize(advocaat_database())
    connection.execute(change)
    connection.commit()
    return connection.serialize()


def refused(data: bytes) -> str:
    with pytest.raises(PortableBackupError) as refusal:
        read_portable(data, PORTABLE_PASSPHRASE)
    return refusal.value.message


def test_the_sample_is_read() -> None:
    held = read_portable(sealed(portable_members()), PORTABLE_PASSPHRASE)
    assert set(held.keys) == {
        "volunteer-signing.key",
        "volunteer-signing.key.replaced-2026-01-02",
        "office/office-recipient.txt",
    }


@pytest.mark.parametrize("name", HOSTILE_MEMBER_NAMES)
def test_every_member_name_off_the_allow_list_is_refused(name: str) -> None:
    members = portable_members()
    members[name] = b"x"
    assert "not a sound portable backup" in refused(sealed(members))


@pytest.mark.parametrize(
    "name",
    [
        "keys/office/endorsements.json",
        "keys/office/retired/2026-01-01-2/office-signing.key",
        "keys/office/lost/2026-01-01/office-identity.age",
        "keys/office/lost/2026-01-01/retired/2025-06-30/office-recipient.txt",
    ],
)
def test_every_kind_of_office_key_file_is_on_the_allow_list(name: str) -> None:
    assert portable._allowed(name) == portable.MAX_KEY_BYTES


@pytest.mark.parametrize(
    ("member", "limit"),
    [
        ("keys/volunteer-signing.key", portable.MAX_KEY_BYTES),
        ("keys/volunteer-feedback.age-identity", portable.MAX_KEY_BYTES),
        ("keys/office/office-identity.age", portable.MAX_KEY_BYTES),
        ("preferences.ini", portable.MAX_PREFERENCES_BYTES),
    ],
)
def test_every_member_has_a_size_limit(member: str, limit: int) -> None:
    members = portable_members()
    members[member] = b"\0" * (limit + 1)  # deflates to almost nothing: its header is no guard
    assert "not a sound portable backup" in refused(sealed(members))
    members[member] = b"\0" * limit
    read_portable(sealed(members), PORTABLE_PASSPHRASE)


@pytest.mark.parametrize(
    "change",
    [
        lambda m: m.pop("format"),
        lambda m: m.update(format=2),
        lambda m: m.update(schema=7),
        lambda m: m.update(schema="0001"),
        lambda m: m.update(holds=[]),
        lambda m: m.update(made_at=None),
    ],
    ids=[
        "no-format",
        "newer-format",
        "schema-not-text",
        "schema-not-the-databases",
        "holds",
        "made-at",
    ],
)
def test_a_manifest_that_does_not_match_is_refused(change: Callable[[dict], object]) -> None:  # type: ignore[type-arg]
    members = portable_members()
    manifest = portable_manifest(members)
    change(manifest)
    assert "not a sound portable backup" in refused(sealed(members, manifest))


def test_a_missing_manifest_or_database_is_refused() -> None:
    members = portable_members()
    data = portable_zip(members).replace(b"manifest.json", b"manifest.jsox")
    assert "not a sound portable backup" in refused(seal_portable(data))
    del members[portable.DATABASE]
    assert "not a sound portable backup" in refused(sealed(members))


@pytest.mark.parametrize(
    ("database", "expected"),
    [
        (b"SQLite format 3\0" + b"\xa5" * 5000, "damaged or not Advocaat's"),
        (b"", "damaged or not Advocaat's"),
        (database_with("DROP TABLE alembic_version"), "not a sound portable backup"),
        (database_with("DELETE FROM alembic_version"), "not a sound portable backup"),
        (database_with("UPDATE alembic_version SET version_num = '9999'"), "newer version"),
    ],
    ids=["damaged", "empty", "not-advocaat", "no-revision", "newer"],
)
def test_the_database_is_checked_before_anything_is_written(database: bytes, expected: str) -> None:
    assert expected in refused(sealed(portable_members(database)))


def test_the_outer_file_is_checked_before_the_passphrase_is_tried() -> None:
    good = sealed(portable_members())
    assert "not a portable backup" in refused(b"SQLite format 3\0")
    too_costly = good.replace(b" 10\n", b" 19\n", 1)
    assert "not a sound portable backup" in refused(too_costly)
    assert "not a sound portable backup" in refused(good[:-20])
    assert "not right" in refused(seal_portable(portable_zip(portable_members()), "anders!!"))
