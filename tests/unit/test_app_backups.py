"""Backups as the app makes them: once a day at start, before imports, by hand; the start refuses
a damaged database naming the backup to restore; a restore needs the data folder to itself."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from office_kit import Office, keys_in_memory

from advocaat.app import backups
from advocaat.app.contact_exchange import ContactExchange
from advocaat.app.office import OfficeBook
from advocaat.app.signals import SyncBook
from advocaat.app.workspace import Workspace
from advocaat.core.preferences import read_backups_kept, write_backups_kept
from advocaat.db.backup import Reason, backups_folder, integrity_ok, made_today
from advocaat.db.errors import (
    AlreadyOpenError,
    DamagedBackupError,
    DamagedDatabaseError,
    NoServerBackupsError,
    StorageError,
)
from advocaat.db.models import Setting
from advocaat.errors import UserFacingError
from advocaat.paths import AppPaths

pytestmark = pytest.mark.usefixtures("english")

CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jan Proef\r\nN:Proef;Jan;;;\r\nEND:VCARD\r\n"


def reasons(paths: AppPaths) -> list[Reason | None]:
    return [info.reason for info in backups.list_backups(paths)]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 + 16 : 4 * 4096] = b"\xa5" * (3 * 4096 - 16)
    path.write_bytes(bytes(data))


def remember(paths: AppPaths, value: str) -> None:
    with Workspace.open(paths) as workspace, workspace.session() as session:
        session.merge(Setting(key="k", value=value))


def remembered(paths: AppPaths) -> str | None:
    with Workspace.open(paths) as workspace, workspace.session() as session:
        row = session.get(Setting, "k")
        return None if row is None else row.value


def test_the_start_backup_is_made_once_a_day_and_not_for_a_new_database(paths: AppPaths) -> None:
    with Workspace.open(paths):
        pass
    assert reasons(paths) == []  # nothing to save yet
    for _start in range(3):
        with Workspace.open(paths):
            pass
    assert reasons(paths) == [Reason.START]
    assert made_today(paths.database, Reason.START, date.today())


def test_imports_are_backed_up_first(paths: AppPaths, tmp_path: Path) -> None:
    card = tmp_path / "jan.vcf"
    card.write_text(CARD, encoding="utf-8")
    with Workspace.open(paths) as workspace:
        exchange = ContactExchange(workspace)
        exchange.import_file(card)
        exchange.apply(exchange.preview(card.name, card.read_bytes()))
        office = OfficeBook(workspace)
        office._keys = keys_in_memory()  # unlocking (scrypt) is not the point here
        office.take_in([])
    assert reasons(paths) == [Reason.BEFORE_IMPORT] * 3


def test_the_office_profile_and_feedback_are_backed_up_first(
    paths: AppPaths, tmp_path: Path, office: Office
) -> None:
    garbage = tmp_path / "terugkoppeling.advocaat-terugkoppeling"
    garbage.write_bytes(b"geen terugkoppeling")
    with Workspace.open(paths) as workspace:
        sync = SyncBook(workspace)
        sync.import_profile(office.profile)
        assert reasons(paths) == [Reason.BEFORE_IMPORT]
        with pytest.raises(UserFacingError):
            sync.import_feedback(garbage)
    assert reasons(paths) == [Reason.BEFORE_IMPORT] * 2


def test_a_backup_by_hand_goes_to_the_folder_or_to_the_file_asked(
    paths: AppPaths, tmp_path: Path
) -> None:
    remember(paths, '"eerst"')
    made = backups.make_backup(paths)
    assert made.parent == backups_folder(paths.database)
    assert Reason.BY_HAND in reasons(paths)
    output = backups.make_backup(paths, tmp_path / "kopie.sqlite3")
    assert integrity_ok(output)
    missing = tmp_path / "geen-map" / "kopie.sqlite3"
    with pytest.raises(StorageError, match="geen-map"):
        backups.make_backup(paths, missing)


def test_rotation_follows_the_preference(paths: AppPaths) -> None:
    remember(paths, '"eerst"')
    write_backups_kept(paths.preferences_file, 2)
    made = [backups.make_backup(paths) for _time in range(4)]
    assert [info.path for info in backups.list_backups(paths)] == made[:-3:-1]


def test_a_restore_puts_back_the_old_state_and_keeps_the_current_one(paths: AppPaths) -> None:
    remember(paths, '"oud"')
    old = backups.make_backup(paths)
    remember(paths, '"nieuw"')
    outcome = backups.restore_backup(paths, old.name)
    assert remembered(paths) == '"oud"'
    assert outcome.before_restore is not None
    restored_again = backups.restore_backup(paths, str(outcome.before_restore))
    assert restored_again.restored == outcome.before_restore
    assert remembered(paths) == '"nieuw"'


def test_a_restore_is_refused_while_the_data_is_open(paths: AppPaths) -> None:
    remember(paths, '"oud"')
    old = backups.make_backup(paths)
    with Workspace.open(paths), pytest.raises(AlreadyOpenError, match="already open"):
        backups.restore_backup(paths, old.name)


def test_a_restore_of_a_damaged_backup_changes_nothing(paths: AppPaths) -> None:
    remember(paths, '"oud"')
    bad = backups.make_backup(paths)
    damage(bad)
    before = {path: digest(path) for path in paths.root.rglob("*") if path.is_file()}
    with pytest.raises(DamagedBackupError, match="nothing changed"):
        backups.restore_backup(paths, bad.name)
    after = {path: digest(path) for path in paths.root.rglob("*") if path.is_file()}
    assert after == before


def test_a_damaged_database_stops_the_start_naming_the_backup_then_is_kept_aside(
    paths: AppPaths,
) -> None:
    remember(paths, '"goed"')
    backups.make_backup(paths)
    remember(paths, '"later"')  # this start backs up "goed" once more: the newest backup
    good = backups.list_backups(paths)[0].path
    sqlite3.connect(paths.database).close()  # the WAL merged: the damage lands in the file
    damage(paths.database)
    damaged = digest(paths.database)
    with pytest.raises(DamagedDatabaseError, match="damaged") as raised:
        Workspace.open(paths)
    assert good.name in raised.value.message
    assert f"advocaat restore {good.name}" in raised.value.message
    assert raised.value.newest_good_backup == good
    assert digest(paths.database) == damaged  # the start changed nothing
    outcome = backups.restore_backup(paths, good.name)
    assert outcome.set_aside is not None
    assert digest(outcome.set_aside) == damaged
    assert remembered(paths) == '"goed"'


def test_a_damaged_database_without_a_sound_backup_says_so(paths: AppPaths) -> None:
    remember(paths, '"goed"')
    sqlite3.connect(paths.database).close()
    damage(paths.database)
    with pytest.raises(DamagedDatabaseError, match="no sound backup") as raised:
        Workspace.open(paths)
    assert raised.value.newest_good_backup is None


@pytest.mark.parametrize("action", ["make", "list", "restore"])
def test_a_server_database_is_the_office_its_to_back_up(tmp_path: Path, action: str) -> None:
    server = AppPaths(tmp_path, database_url="postgresql+psycopg://advocaat@server/advocaat")
    calls = {
        "make": lambda: backups.make_backup(server),
        "list": lambda: backups.list_backups(server),
        "restore": lambda: backups.restore_backup(server, "x.sqlite3"),
    }
    with pytest.raises(NoServerBackupsError, match="pg_dump"):
        calls[action]()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("written", "read"), [(None, 10), ("0", 10), ("-3", 10), ("veel", 10), ("3", 3)]
)
def test_the_number_kept_is_read_safely(tmp_path: Path, written: str | None, read: int) -> None:
    preferences = tmp_path / "preferences.ini"
    if written is not None:
        preferences.write_text(f"[advocaat]\nbackups_kept = {written}\n", encoding="utf-8")
    assert read_backups_kept(preferences) == read


def test_fewer_than_one_kept_is_no_choice(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at least one"):
        write_backups_kept(tmp_path / "preferences.ini", 0)


def test_a_backup_restores_into_a_fresh_data_folder(paths: AppPaths, tmp_path: Path) -> None:
    remember(paths, '"meegenomen"')
    carried = backups.make_backup(paths, tmp_path / "meegenomen.sqlite3")
    fresh = AppPaths(tmp_path / "nieuwe-laptop")
    outcome = backups.restore_backup(fresh, str(carried))
    assert (outcome.before_restore, outcome.set_aside) == (None, None)
    assert remembered(fresh) == '"meegenomen"'
