"""A known volunteer with a new signing key: pending until the office accepts it, then the same
sender (earlier signals kept), and the replaced key refused."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from office_kit import Office, Volunteer
from sqlalchemy import func, select

from advocaat.app.workspace import Workspace
from advocaat.db.office_tables import ImportedFile, ReceivedSignal, Sender
from advocaat.office.inbox import Decide, FileResult, Inbox, Outcome, accept_sender
from advocaat.paths import AppPaths
from advocaat.sync.export_reader import SenderCard
from advocaat.sync.volunteer import own_key_id, replace_signing_key

pytestmark = pytest.mark.usefixtures("english")


def take_in(paths: AppPaths, office: Office, file: Path, decide: Decide | None) -> FileResult:
    with Workspace.open(paths) as workspace:
        [result] = Inbox(workspace.session, office.keys.identities, decide).take_in([file])
    return result


def stored(paths: AppPaths) -> tuple[list[Sender], int, int]:
    """The senders, the signals received and the files recorded as imported."""
    with Workspace.open(paths) as workspace, workspace.session() as session:
        senders = list(session.scalars(select(Sender)))
        session.expunge_all()
        signals = session.scalar(select(func.count()).select_from(ReceivedSignal)) or 0
        files = session.scalar(select(func.count()).select_from(ImportedFile)) or 0
    return senders, signals, files


def accept(paths: AppPaths, reference: str) -> None:
    with Workspace.open(paths) as workspace, workspace.session() as session:
        accept_sender(session, reference)


@pytest.fixture
def switched(
    tmp_path: Path, office: Office, office_paths: AppPaths
) -> tuple[Volunteer, Path, Path, str, str]:
    """A volunteer accepted with one file in; a second file signed by the old key, kept back;
    then a new key (``advocaat keys new``) and a file signed by it."""
    volunteer = Volunteer(tmp_path / "v", office, "Afdeling Zwolle")
    volunteer.add("De regiotaxi komt vaak te laat.")
    old_key = own_key_id(volunteer.paths.profile_dir)
    first = take_in(office_paths, office, volunteer.export(), lambda _card: True)
    assert first.outcome is Outcome.IMPORTED
    volunteer.add("De wachtlijst voor begeleiding is lang.")
    old_file = volunteer.export()
    replace_signing_key(volunteer.paths.profile_dir, date(2026, 12, 1))
    new_key = own_key_id(volunteer.paths.profile_dir)
    volunteer.add("Een tweede signaal over de regiotaxi.")
    new_file = volunteer.export()
    return volunteer, old_file, new_file, old_key, new_key


def test_a_new_key_is_refused_and_counts_nothing_until_it_is_accepted(
    office: Office, office_paths: AppPaths, switched: tuple[Volunteer, Path, Path, str, str]
) -> None:
    _volunteer, _old_file, new_file, old_key, new_key = switched
    asked: list[SenderCard] = []
    refused = take_in(office_paths, office, new_file, lambda card: asked.append(card) or False)
    assert refused.outcome is Outcome.REFUSED
    assert f"advocaat office accept {new_key}" in refused.reason
    assert "Afdeling Zwolle sends with a new key" in refused.reason
    [card] = asked
    assert (card.fingerprint, card.name) == (new_key, "Afdeling Zwolle")
    assert card.replaced_key
    assert card.replaced_key != card.signing_key
    headless = take_in(office_paths, office, new_file, None)
    assert headless.outcome is Outcome.REFUSED
    assert f"advocaat office accept {new_key}" in headless.reason

    [sender], signals, files = stored(office_paths)
    assert (signals, files) == (1, 1)  # the first file only: nothing signed by the new key
    assert sender.accepted
    assert sender.pending_signing_key == card.signing_key
    assert sender.pending_key_seen_at is not None

    for reference in (old_key, sender.sender_uid):  # accepting the sender is not the new key
        accept(office_paths, reference)
        assert take_in(office_paths, office, new_file, None).outcome is Outcome.REFUSED
    assert stored(office_paths)[1] == 1


def test_accepted_by_its_key_id_the_file_imports_to_the_same_sender_and_the_old_key_is_refused(
    office: Office, office_paths: AppPaths, switched: tuple[Volunteer, Path, Path, str, str]
) -> None:
    _volunteer, old_file, new_file, old_key, new_key = switched
    assert take_in(office_paths, office, new_file, None).outcome is Outcome.REFUSED
    accept(office_paths, new_key.lower())
    imported = take_in(office_paths, office, new_file, None)
    assert (imported.outcome, imported.new) == (Outcome.IMPORTED, 1)
    [sender], signals, files = stored(office_paths)
    assert (signals, files) == (2, 2)  # the earlier signal stays with the same sender
    assert sender.pending_signing_key is None
    assert sender.accepted

    old = take_in(office_paths, office, old_file, lambda _card: pytest.fail("not asked"))
    assert old.outcome is Outcome.REFUSED
    assert old.alarm
    assert f"replaced ({old_key})" in old.reason
    assert "no longer trusted" in old.reason
    assert stored(office_paths)[1:] == (2, 2)


def test_the_office_accepts_the_new_key_when_asked_during_the_import(
    office: Office, office_paths: AppPaths, switched: tuple[Volunteer, Path, Path, str, str]
) -> None:
    _volunteer, old_file, new_file, _old_key, new_key = switched
    imported = take_in(office_paths, office, new_file, lambda card: card.fingerprint == new_key)
    assert imported.outcome is Outcome.IMPORTED
    [sender], signals, _files = stored(office_paths)
    assert signals == 2
    assert sender.pending_signing_key is None
    assert take_in(office_paths, office, old_file, lambda _card: True).outcome is Outcome.REFUSED


def test_files_signed_by_the_trusted_key_still_count_while_a_new_one_is_pending(
    office: Office, office_paths: AppPaths, switched: tuple[Volunteer, Path, Path, str, str]
) -> None:
    _volunteer, old_file, new_file, _old_key, _new_key = switched
    assert take_in(office_paths, office, new_file, None).outcome is Outcome.REFUSED
    kept_back = take_in(office_paths, office, old_file, None)
    assert (kept_back.outcome, kept_back.new) == (Outcome.IMPORTED, 1)
