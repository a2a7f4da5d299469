"""Opening a profile: migrated, reference data loaded, demo kept apart, one copy at a time."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from advocaat.app.workspace import Workspace
from advocaat.db.errors import (
    AlreadyOpenError,
    CorruptDatabaseError,
    DataFolderError,
    EmptyDatabaseError,
    StorageError,
)
from advocaat.db.models import Municipality, Setting
from advocaat.organisation.setup import load_setup
from advocaat.paths import AppPaths

pytestmark = pytest.mark.usefixtures("english")


def test_fresh_profile_is_migrated_and_has_every_municipality(paths: AppPaths) -> None:
    with Workspace.open(paths) as workspace, workspace.session() as session:
        assert session.scalar(select(func.count()).where(Municipality.active)) == 342
        assert load_setup(session) is None
    assert paths.database.exists()


def test_second_copy_on_the_same_data_is_refused(paths: AppPaths) -> None:
    with Workspace.open(paths), pytest.raises(AlreadyOpenError, match="already open"):
        Workspace.open(paths)
    # Once the first copy closes, the data can be opened again.
    with Workspace.open(paths):
        pass


def test_demo_is_filled_and_kept_apart_from_own_data(paths: AppPaths, demo_paths: AppPaths) -> None:
    with Workspace.open(paths) as own, own.session() as session:
        own_setup = load_setup(session)
    with Workspace.open(demo_paths) as demo, demo.session() as session:
        demo_setup = load_setup(session)
    assert own_setup is None
    assert demo_setup is not None
    assert demo_setup.organisation.endswith("(demo)")
    assert demo_paths.database != paths.database
    assert demo_paths.database.parent == paths.root / "demo"


def test_demo_is_filled_once_and_keeps_the_users_changes(demo_paths: AppPaths) -> None:
    with Workspace.open(demo_paths) as demo, demo.session() as session:
        row = session.get(Setting, "setup")
        assert row is not None
        row.value = row.value.replace("Samen Sterk", "Eigen Naam")
    with Workspace.open(demo_paths) as demo, demo.session() as session:
        setup = load_setup(session)
    assert setup is not None
    assert "Eigen Naam" in setup.organisation


def test_unit_of_work_lands_whole_or_not_at_all(paths: AppPaths) -> None:
    def failing_action(workspace: Workspace) -> None:
        with workspace.session() as session:
            session.add(Setting(key="half", value="1"))
            session.flush()
            raise RuntimeError("the user's action failed halfway")

    with Workspace.open(paths) as workspace:
        with pytest.raises(RuntimeError):
            failing_action(workspace)
        with workspace.session() as session:
            assert session.get(Setting, "half") is None


def test_damaged_database_gets_a_plain_message_and_is_not_changed(paths: AppPaths) -> None:
    paths.ensure()
    paths.database.write_bytes(b"this is not a database at all " * 200)
    before = hashlib.sha256(paths.database.read_bytes()).hexdigest()
    with pytest.raises(CorruptDatabaseError, match="damaged"):
        Workspace.open(paths)
    assert hashlib.sha256(paths.database.read_bytes()).hexdigest() == before
    # The failed attempt let go of the data folder.
    paths.database.unlink()
    with Workspace.open(paths):
        pass


def test_a_fresh_database_knows_the_merged_municipalities_as_ended(paths: AppPaths) -> None:
    with Workspace.open(paths) as workspace, workspace.session() as session:
        ended = session.scalars(select(Municipality).where(~Municipality.active)).all()
        weesp = session.get(Municipality, "GM0457")
        assert weesp is not None
        assert (weesp.active, weesp.merged_into) == (False, "GM0363")  # Weesp into Amsterdam
    assert len(ended) == 14
    assert all(municipality.merged_into for municipality in ended)


def test_the_list_in_use_is_not_taken_again_at_the_next_start(tmp_path: Path) -> None:
    """The shipped list is applied only when it is newer than the one in use, so a newer list
    from the office's profile is not undone by the next start."""
    paths = AppPaths(tmp_path)
    with Workspace.open(paths) as workspace, workspace.session() as session:
        session.get(Municipality, "GM0193").active = False  # as a newer list would leave it
    with Workspace.open(paths) as workspace, workspace.session() as session:
        assert session.get(Municipality, "GM0193").active is False


def test_demo_holds_contacts_visits_and_signals_without_personal_data(demo_paths: AppPaths) -> None:
    from advocaat.contacts.search import ContactFilter, count_contacts
    from advocaat.signals.privacy import find_personal_data
    from advocaat.signals.service import list_signals, member_names
    from advocaat.visits.service import list_visits

    with Workspace.open(demo_paths) as demo, demo.session() as session:
        assert count_contacts(session, ContactFilter()) == 19
        assert len(list_visits(session)) == 2
        signals = list_signals(session)
        assert len(signals) == 3
        names = member_names(session)
        assert all(find_personal_data(s.text, names) == [] for s in signals)


def test_empty_database_file_is_refused_not_started_anew(paths: AppPaths) -> None:
    paths.ensure()
    paths.database.write_bytes(b"")
    with pytest.raises(EmptyDatabaseError, match=r"is empty \(0 bytes\)"):
        Workspace.open(paths)
    assert paths.database.stat().st_size == 0
    assert sorted(p.name for p in paths.profile_dir.glob("advocaat*")) == [
        "advocaat.lock",
        "advocaat.sqlite3",
    ]
    paths.database.unlink()  # as the sentence says: remove it to start anew
    with Workspace.open(paths):
        pass
    assert paths.database.stat().st_size > 0


@pytest.mark.parametrize("file", ["data folder", "parent of the data folder"])
def test_data_folder_that_is_a_file_is_one_sentence(tmp_path: Path, file: str) -> None:
    blocker = tmp_path / "gewoon-een-bestand"
    blocker.write_text("x")
    root = blocker if file == "data folder" else blocker / "data"
    with pytest.raises(DataFolderError, match="is not a folder") as refused:
        Workspace.open(AppPaths(root))
    assert refused.value.message.startswith(f"{blocker} ")
    assert blocker.read_text() == "x"


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc")
def test_data_folder_in_a_place_nobody_may_write_is_one_sentence() -> None:
    """/proc refuses a new folder even to root, so this holds for every user running the test."""
    with pytest.raises(StorageError) as refused:
        Workspace.open(AppPaths(Path("/proc/advocaat-proef")))
    assert "/proc/advocaat-proef" in refused.value.message


@pytest.mark.parametrize("file", ["lock_file", "database"])
def test_folder_where_the_data_folder_keeps_a_file_is_one_sentence(
    paths: AppPaths, file: str
) -> None:
    in_the_way = getattr(paths, file)
    in_the_way.mkdir(parents=True)
    with pytest.raises(DataFolderError, match="should be a file, not a folder"):
        Workspace.open(paths)
    assert in_the_way.is_dir()
