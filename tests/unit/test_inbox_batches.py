"""The office import shares transactions between files (a savepoint each): the statements it
sends are bounded per file, never per signal, and a file that fails or is refused in the middle
of a batch leaves nothing of itself while the files around it land whole."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from office_kit import Office
from sqlalchemy import func, select
from statements import counted
from synthetic_exports import SyntheticSender, synthetic_export

from advocaat.app.workspace import Workspace
from advocaat.db.office_tables import ImportedFile, ReceivedSignal, Sender
from advocaat.office import inbox
from advocaat.office.inbox import FileResult, Inbox, Outcome
from advocaat.paths import AppPaths

pytestmark = pytest.mark.usefixtures("english")
NAMES = {"GM0193": "Zwolle", "GM0344": "Utrecht"}


@pytest.fixture(autouse=True)
def batches_by_count(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches end by their number of files only, so that counts do not hang on the clock."""
    monkeypatch.setattr(inbox, "BATCH_SECONDS", 3600.0)
    monkeypatch.setattr(inbox, "BATCH_FILES", 4)


def files(
    folder: Path, office: Office, senders: list[SyntheticSender], count: int, per_file: int
) -> list[Path]:
    """``count`` export files of ``per_file`` new signals each, from the senders in turn."""
    folder.mkdir()
    recipient = office.keys.public.recipient
    rng = random.Random(folder.name)
    made = []
    for number in range(count):
        data = synthetic_export(senders[number % len(senders)], recipient, per_file, NAMES, rng)
        made.append(folder / f"{number:03d}.advocaat-export")
        made[-1].write_bytes(data)
    return made


def rows(workspace: Workspace, table: type) -> int:
    with workspace.session() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def statements_of_import(paths: AppPaths, office: Office, made: list[Path]) -> int:
    with Workspace.open(paths) as workspace:
        taken = Inbox(workspace.session, office.keys.identities, lambda _card: True)
        with counted(workspace.engine) as sent:
            results = taken.take_in(made)
    assert {result.outcome for result in results} == {Outcome.IMPORTED}
    return len(sent)


def test_statements_grow_per_file_never_per_signal(
    tmp_path: Path, office: Office, office_paths: AppPaths
) -> None:
    """2 and 20 files of 5 and of 40 signals, from two senders each time (each seen first in
    its first file): the same statements for 5 as for 40 signals a file, a bounded number more
    per extra file, and a second run of the same files a few statements per file."""
    sent: dict[tuple[int, int], int] = {}
    again: dict[int, int] = {}
    for run, (count, per_file) in enumerate([(2, 5), (20, 5), (2, 40), (20, 40)]):
        senders = [SyntheticSender(f"Afdeling {name}", (code,)) for code, name in NAMES.items()]
        made = files(tmp_path / f"run-{run}", office, senders, count, per_file)
        sent[count, per_file] = statements_of_import(office_paths, office, made)
        with Workspace.open(office_paths) as workspace:
            taken = Inbox(workspace.session, office.keys.identities, lambda _card: True)
            with counted(workspace.engine) as repeated:
                assert {r.outcome for r in taken.take_in(made)} == {Outcome.ALREADY}
            again[count] = len(repeated)
    assert sent[2, 5] == sent[2, 40]
    assert sent[20, 5] == sent[20, 40]
    per_file = (sent[20, 5] - sent[2, 5]) / 18
    assert per_file <= 10  # SAVEPOINT, 5 reads and writes, RELEASE, and a BEGIN per batch
    assert (again[20] - again[2]) / 18 <= 2
    with Workspace.open(office_paths) as workspace:
        assert rows(workspace, ReceivedSignal) == 2 * 5 + 20 * 5 + 2 * 40 + 20 * 40
        assert rows(workspace, ImportedFile) == 44


def test_a_refused_or_failing_file_in_a_batch_leaves_nothing_of_itself(
    tmp_path: Path, office: Office, office_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Inside one batch: a tampered file, a new sender the office turns down, and a file whose
    merge fails halfway; the good files before and between them land whole."""
    known = SyntheticSender("Afdeling Zwolle", ("GM0193",))
    made = files(tmp_path / "good", office, [known], 3, 6)
    stranger = SyntheticSender("Afdeling Onbekend", ("GM0344",))
    turned_down = files(tmp_path / "stranger", office, [stranger], 1, 6)[0]
    tampered = tmp_path / "tampered.advocaat-export"
    data = bytearray(made[1].read_bytes())
    data[-40] ^= 0xFF
    tampered.write_bytes(bytes(data))
    folder = [made[0], tampered, turned_down, made[1]]

    with Workspace.open(office_paths) as workspace:
        decide = lambda card: card.name != "Afdeling Onbekend"  # noqa: E731
        results = Inbox(workspace.session, office.keys.identities, decide).take_in(folder)
        assert [(r.outcome, r.new) for r in results] == [
            (Outcome.IMPORTED, 6), (Outcome.REFUSED, 0), (Outcome.REFUSED, 0),
            (Outcome.IMPORTED, 6),
        ]  # fmt: skip
        assert "damaged" in results[1].reason
        assert "for the first time" in results[2].reason
        assert (rows(workspace, ReceivedSignal), rows(workspace, ImportedFile)) == (12, 2)
        with workspace.session() as session:
            names = {row.name: row.accepted for row in session.scalars(select(Sender))}
        assert names == {"Afdeling Zwolle": True, "Afdeling Onbekend": False}

        real_values = inbox._values
        calls: list[int] = []

        def failing(*arguments):  # type: ignore[no-untyped-def]
            calls.append(1)
            if len(calls) == 9:  # the third signal of the second file
                raise OSError("the disk went away")
            return real_values(*arguments)

        more = files(tmp_path / "more", office, [known], 3, 6)
        monkeypatch.setattr(inbox, "_values", failing)
        with pytest.raises(OSError, match="disk went away"):
            Inbox(workspace.session, office.keys.identities).take_in(more)
        # The file before the failure is in whole, the failing one not at all, the last unread.
        assert (rows(workspace, ReceivedSignal), rows(workspace, ImportedFile)) == (18, 3)
        monkeypatch.setattr(inbox, "_values", real_values)
        rest: list[FileResult] = Inbox(workspace.session, office.keys.identities).take_in(more)
        assert [(r.outcome, r.new) for r in rest] == [
            (Outcome.ALREADY, 0), (Outcome.IMPORTED, 6), (Outcome.IMPORTED, 6)
        ]  # fmt: skip
        assert (rows(workspace, ReceivedSignal), rows(workspace, ImportedFile)) == (30, 5)
