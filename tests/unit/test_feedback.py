"""Feedback from the office reaches the volunteer's own signals, and only from their office."""

from __future__ import annotations

from pathlib import Path

import minisign
import pytest
from office_kit import Office, Volunteer
from sqlalchemy import select

from advocaat.app.workspace import Workspace
from advocaat.db.office_tables import FeedbackExport, ReceivedSignal, Sender
from advocaat.db.signal_tables import Signal
from advocaat.office.inbox import Inbox
from advocaat.office.review import ReviewError, feedback_file, set_review
from advocaat.paths import AppPaths
from advocaat.sync.feedback import FeedbackError, FeedbackItem, import_feedback, write_feedback

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def volunteer(tmp_path: Path, office: Office, office_paths: AppPaths) -> Volunteer:
    """A volunteer with two signals that the office has taken in."""
    volunteer = Volunteer(tmp_path / "v", office, "Afdeling Zwolle")
    volunteer.add("De regiotaxi komt vaak te laat.")
    volunteer.add("Parkeerkaart geweigerd na lange wachttijd.", ("parkeerkaart",))
    with Workspace.open(office_paths) as workspace:
        Inbox(workspace.session, office.keys.identities, lambda _card: True).take_in(
            [volunteer.export()]
        )
    return volunteer


def review(paths: AppPaths, text_start: str, status: str, comment: str) -> None:
    with Workspace.open(paths) as workspace, workspace.session() as session:
        signal = session.scalar(
            select(ReceivedSignal).where(ReceivedSignal.text.startswith(text_start))
        )
        assert signal is not None
        set_review(session, signal.id, status, comment)


def feedback(paths: AppPaths, office: Office) -> bytes:
    with Workspace.open(paths) as workspace, workspace.session() as session:
        sender = session.scalars(select(Sender)).one()
        data, _count = feedback_file(session, sender, office.keys)
        return data


def take(volunteer: Volunteer, data: bytes):  # type: ignore[no-untyped-def]
    with volunteer.open() as workspace, workspace.session() as session:
        return import_feedback(session, data, volunteer.paths.profile_dir)


def office_words(volunteer: Volunteer) -> dict[str, tuple[str | None, str]]:
    with volunteer.open() as workspace, workspace.session() as session:
        return {
            s.text.split()[0]: (s.office_status, s.office_comment)
            for s in session.scalars(select(Signal))
        }


def test_the_office_s_status_and_comment_reach_the_volunteer(
    volunteer: Volunteer, office: Office, office_paths: AppPaths
) -> None:
    review(office_paths, "De regiotaxi", "taken_up", "Opgepakt: besproken met VNG.")
    first = feedback(office_paths, office)
    result = take(volunteer, first)
    assert (result.sequence, result.updated, result.unknown, result.already) == (1, 1, 0, False)
    assert office_words(volunteer) == {
        "De": ("taken_up", "Opgepakt: besproken met VNG."),
        "Parkeerkaart": (None, ""),
    }

    review(office_paths, "Parkeerkaart", "forwarded", "Doorgezet naar de Ombudsman.")
    second = feedback(office_paths, office)
    assert take(volunteer, second).updated == 2
    assert take(volunteer, second).already
    assert take(volunteer, first).already  # an older file changes nothing
    assert office_words(volunteer)["Parkeerkaart"] == ("forwarded", "Doorgezet naar de Ombudsman.")
    with Workspace.open(office_paths) as workspace, workspace.session() as session:
        assert [f.sequence for f in session.scalars(select(FeedbackExport))] == [1, 2]


def test_feedback_signed_by_anyone_but_the_office_is_refused(
    volunteer: Volunteer, office: Office, office_paths: AppPaths
) -> None:
    with Workspace.open(office_paths) as workspace, workspace.session() as session:
        sender = session.scalars(select(Sender)).one()
        forged = write_feedback(
            organisation="Vereniging Proef", sender_uid=sender.sender_uid,
            recipient=sender.recipient, sequence=9,
            items=[FeedbackItem(session.scalars(select(ReceivedSignal)).first().uid, "closed",
                                "Afgesloten.", "2026-11-20T10:00:00")],
            signing=minisign.KeyPair.generate().secret_key,
        )  # fmt: skip
    with pytest.raises(FeedbackError, match="not signed by the office key you know"):
        take(volunteer, forged)
    assert set(office_words(volunteer).values()) == {(None, "")}


def test_feedback_for_another_volunteer_or_damaged_is_refused(
    volunteer: Volunteer, office: Office, office_paths: AppPaths, tmp_path: Path
) -> None:
    review(office_paths, "De regiotaxi", "taken_up", "Opgepakt.")
    data = feedback(office_paths, office)
    other = Volunteer(tmp_path / "other", office, "Afdeling Deventer")
    other.add("Iets anders.")
    other.export()  # makes the other volunteer's keys
    with pytest.raises(FeedbackError, match="meant for another volunteer"):
        take(other, data)
    with pytest.raises(FeedbackError, match="damaged or incomplete"):
        take(volunteer, data[: len(data) - 30])
    with pytest.raises(FeedbackError, match="not a feedback file"):
        take(volunteer, b"just some text")


def test_a_review_needs_a_known_status_and_a_short_comment(
    volunteer: Volunteer, office_paths: AppPaths
) -> None:
    with pytest.raises(ReviewError, match="not a status"):
        review(office_paths, "De regiotaxi", "lost", "")
    with pytest.raises(ReviewError, match="under 2000 characters"):
        review(office_paths, "De regiotaxi", "closed", "x" * 2001)
