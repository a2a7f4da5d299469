"""The office takes in export files: idempotent, newest revision wins, refusals write nothing."""

from __future__ import annotations

import io
import json
import time
import zipfile
from pathlib import Path

import minisign
import pyrage
import pytest
from office_kit import Office, Volunteer
from sqlalchemy import func, select

from advocaat.app.workspace import Workspace
from advocaat.db.office_tables import ImportedFile, ReceivedSignal, ReceivedSignalTheme, Sender
from advocaat.office import inbox
from advocaat.office.inbox import Inbox, Outcome, accept_sender, export_files
from advocaat.organisation.setup import OrganisationSetup, save_setup
from advocaat.paths import AppPaths
from advocaat.sync.export_reader import ExportFileError

pytestmark = pytest.mark.usefixtures("english")


def take_in(paths: AppPaths, office: Office, files: list[Path], decide=lambda _card: True):  # type: ignore[no-untyped-def]
    with Workspace.open(paths) as workspace:
        return Inbox(workspace.session, office.keys.identities, decide).take_in(files)


def received(paths: AppPaths) -> dict[str, tuple[int, bool, str]]:
    """Per signal text's first word: revision, withdrawn, text."""
    with Workspace.open(paths) as workspace, workspace.session() as session:
        rows = session.execute(
            select(ReceivedSignal.uid, ReceivedSignal.revision, ReceivedSignal.withdrawn,
                   ReceivedSignal.text)
        ).all()  # fmt: skip
    return {uid: (revision, withdrawn, text) for uid, revision, withdrawn, text in rows}


def count(paths: AppPaths, table: type) -> int:
    with Workspace.open(paths) as workspace, workspace.session() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def test_a_folder_from_several_volunteers_lands_and_a_second_import_changes_nothing(
    tmp_path: Path, office: Office, office_paths: AppPaths
) -> None:
    zwolle = Volunteer(tmp_path / "zwolle", office, "Afdeling Zwolle", "GM0193")
    zwolle.add("De regiotaxi komt vaak te laat.", ("vervoer", "regiotaxi"))
    zwolle.add("Parkeerkaart geweigerd na lange wachttijd.", ("parkeerkaart",))
    zwolle.export()
    utrecht = Volunteer(tmp_path / "utrecht", office, "Afdeling Utrecht", "GM0344")
    utrecht.add("Traplift pas na vijf maanden geleverd.", ("hulpmiddelen",))
    utrecht.export()
    for volunteer in (zwolle, utrecht):
        for file in volunteer.outbox.iterdir():
            file.rename(tmp_path / file.name)

    files = export_files([tmp_path])
    assert len(files) == 2
    first = take_in(office_paths, office, files)
    assert [(r.sender, r.outcome, r.new, r.updated, r.unchanged) for r in first] == [
        ("Afdeling Utrecht", Outcome.IMPORTED, 1, 0, 0),
        ("Afdeling Zwolle", Outcome.IMPORTED, 2, 0, 0),
    ]
    assert count(office_paths, ReceivedSignal) == 3
    assert count(office_paths, ReceivedSignalTheme) == 4
    before = received(office_paths)

    second = take_in(office_paths, office, files)
    assert [r.outcome for r in second] == [Outcome.ALREADY, Outcome.ALREADY]
    assert sum(r.unchanged for r in second) == 3
    assert received(office_paths) == before
    assert count(office_paths, ImportedFile) == 2


def test_an_older_revision_never_overwrites_a_newer_one_and_withdrawal_shows(
    tmp_path: Path, office: Office, office_paths: AppPaths
) -> None:
    volunteer = Volunteer(tmp_path / "v", office, "Afdeling Zwolle")
    signal = volunteer.add("Eerste versie van het signaal.")
    old = volunteer.export()
    volunteer.edit(signal, "Tweede versie van het signaal.")
    new = volunteer.export()
    full = volunteer.export(full=True)

    results = take_in(office_paths, office, [new, old, full])
    assert [(r.new, r.updated, r.unchanged) for r in results] == [(1, 0, 0), (0, 0, 1), (0, 0, 1)]
    [(revision, withdrawn, text)] = received(office_paths).values()
    assert (revision, withdrawn, text) == (2, False, "Tweede versie van het signaal.")

    volunteer.withdraw(signal)
    results = take_in(office_paths, office, [volunteer.export()])
    assert (results[0].updated, results[0].unchanged) == (1, 0)
    [(revision, withdrawn, _text)] = received(office_paths).values()
    assert (revision, withdrawn) == (3, True)


def test_a_new_sender_must_be_accepted_once(
    tmp_path: Path, office: Office, office_paths: AppPaths
) -> None:
    volunteer = Volunteer(tmp_path / "v", office, "Afdeling Zwolle")
    volunteer.add("De regiotaxi komt vaak te laat.")
    file = volunteer.export()
    asked = []

    refused = take_in(office_paths, office, [file], decide=lambda card: asked.append(card) or False)
    assert refused[0].outcome is Outcome.REFUSED
    assert "Afdeling Zwolle sends for the first time" in refused[0].reason
    assert asked[0].name == "Afdeling Zwolle"
    assert asked[0].municipalities == ("GM0193",)
    assert len(asked[0].fingerprint) == 16
    assert count(office_paths, ReceivedSignal) == 0

    with Workspace.open(office_paths) as workspace:
        headless = Inbox(workspace.session, office.keys.identities).take_in([file])
    assert headless[0].outcome is Outcome.REFUSED
    assert f"advocaat office accept {asked[0].fingerprint}" in headless[0].reason
    with Workspace.open(office_paths) as workspace, workspace.session() as session:
        [sender] = session.scalars(select(Sender)).all()
        assert not sender.accepted
        accept_sender(session, asked[0].fingerprint)
    with Workspace.open(office_paths) as workspace:
        accepted = Inbox(workspace.session, office.keys.identities).take_in([file])
    assert (accepted[0].outcome, accepted[0].new) == (Outcome.IMPORTED, 1)


def rebuilt(office: Office, file: Path, change, key: minisign.SecretKey | None = None) -> bytes:  # type: ignore[no-untyped-def]
    """The export file opened, its export.json changed, signed again (by ``key``, if given)."""
    clear = pyrage.decrypt(file.read_bytes(), [office.keys.identity])
    with zipfile.ZipFile(io.BytesIO(clear)) as archive:
        body = archive.read("export.json")
        signature = archive.read("export.json.minisig")
    document = json.loads(body)
    change(document)
    body = json.dumps(document).encode("utf-8")
    if key is not None:
        signature = bytes(key.sign(body))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("export.json", body)
        archive.writestr("export.json.minisig", signature)
    return pyrage.encrypt(buffer.getvalue(), [office.keys.identity.to_public()])


def _format_two(document: dict) -> None:  # type: ignore[type-arg]
    document["manifest"]["format"] = 2


def _other_text(document: dict) -> None:  # type: ignore[type-arg]
    document["signals"][0]["text"] = "Iets heel anders."


def _no_revision(document: dict) -> None:  # type: ignore[type-arg]
    del document["signals"][0]["revision"]


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda data, office, file, key: data[: len(data) // 2], "damaged or incomplete"),
        (lambda data, office, file, key: data[:-40] + bytes(40), "damaged or incomplete"),
        (lambda data, office, file, key: b"PK\x03\x04 not age at all", "not an export file"),
        (lambda data, office, file, key: b"", "not an export file"),
        (lambda data, office, file, key: rebuilt(office, file, _format_two, key), "newer version"),
        (lambda data, office, file, key: rebuilt(office, file, _other_text), "does not match"),
        (lambda data, office, file, key: rebuilt(office, file, _no_revision, key), "damaged"),
        (
            lambda data, office, file, key: pyrage.encrypt(
                data, [pyrage.x25519.Identity.generate().to_public()]
            ),
            "another national office",
        ),
    ],
    ids=["truncated", "damaged", "not-age", "empty", "newer-format", "changed", "incomplete",
         "other-office"],
)  # fmt: skip
def test_a_bad_file_is_refused_with_one_sentence_and_nothing_is_written(
    tmp_path: Path, office: Office, office_paths: AppPaths, make, reason: str
) -> None:  # type: ignore[no-untyped-def]
    volunteer = Volunteer(tmp_path / "v", office, "Afdeling Zwolle")
    volunteer.add("De regiotaxi komt vaak te laat.")
    file = volunteer.export()
    key = minisign.SecretKey.from_bytes(
        (volunteer.paths.profile_dir / "volunteer-signing.key").read_bytes()
    )
    bad = tmp_path / "bad.advocaat-export"
    bad.write_bytes(make(file.read_bytes(), office, file, key))

    [result] = take_in(office_paths, office, [bad])
    assert result.outcome is Outcome.REFUSED
    assert reason in result.reason
    assert result.reason.count(". ") <= 2  # one or two short sentences, never a traceback
    assert count(office_paths, ReceivedSignal) == 0
    assert count(office_paths, ImportedFile) == 0


def test_a_failure_halfway_through_a_file_leaves_it_fully_out(
    tmp_path: Path, office: Office, office_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    volunteer = Volunteer(tmp_path / "v", office, "Afdeling Zwolle")
    volunteer.add("Eerste signaal.")
    first = volunteer.export()
    volunteer.add("Tweede signaal.")
    volunteer.add("Derde signaal.")
    second = volunteer.export()
    take_in(office_paths, office, [first])

    real_values = inbox._values
    calls = []

    def failing(*arguments):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 2:
            raise OSError("the disk went away")
        return real_values(*arguments)

    monkeypatch.setattr(inbox, "_values", failing)
    with pytest.raises(OSError, match="disk went away"):
        take_in(office_paths, office, [second])
    assert count(office_paths, ReceivedSignal) == 1
    assert count(office_paths, ImportedFile) == 1
    monkeypatch.setattr(inbox, "_values", real_values)
    [result] = take_in(office_paths, office, [second])
    assert (result.outcome, result.new) == (Outcome.IMPORTED, 2)


def reencrypted(office: Office, data: bytes) -> bytes:
    """The same signed contents in a new age encryption: other bytes, so another file hash."""
    return pyrage.encrypt(
        pyrage.decrypt(data, [office.keys.identity]), [office.keys.identity.to_public()]
    )


def senders(paths: AppPaths) -> list[tuple[str, list[str], str, int]]:
    with Workspace.open(paths) as workspace, workspace.session() as session:
        return [(row.name, json.loads(row.municipalities), row.recipient, row.last_sequence)
                for row in session.scalars(select(Sender))]  # fmt: skip


def test_a_replayed_older_file_never_rolls_the_sender_back(
    tmp_path: Path, office: Office, office_paths: AppPaths
) -> None:
    volunteer = Volunteer(tmp_path / "v", office, "Afdeling Zwolle", "GM0193")
    volunteer.add("De regiotaxi komt vaak te laat.")
    old = volunteer.export()
    with volunteer.open() as workspace, workspace.session() as session:
        save_setup(session, OrganisationSetup("Afdeling Zwolle en Kampen", ("GM0193", "GM0166")))
    volunteer.add("Parkeerkaart geweigerd na lange wachttijd.")
    new = volunteer.export()
    take_in(office_paths, office, [new])
    expected = senders(office_paths)
    assert [(name, codes, sequence) for name, codes, _key, sequence in expected] == [
        ("Afdeling Zwolle en Kampen", ["GM0193", "GM0166"], 2)
    ]

    for replay in (old, tmp_path / "replay.advocaat-export"):
        if replay != old:
            replay.write_bytes(reencrypted(office, old.read_bytes()))
        [result] = take_in(office_paths, office, [replay])
        assert result.outcome in (Outcome.IMPORTED, Outcome.ALREADY)
        assert senders(office_paths) == expected


def _feedback_key(value: str):  # type: ignore[no-untyped-def]
    return lambda document: document["manifest"].update(sender_recipient=value)


@pytest.mark.parametrize(
    "garbage", ["age1" + "q" * 58, "", "AGE-SECRET-KEY-1" + "Q" * 58, "age1" + "x" * 200]
)
def test_a_garbage_feedback_key_is_refused_before_anything_is_stored(
    tmp_path: Path, office: Office, office_paths: AppPaths, english: None, garbage: str
) -> None:
    volunteer = Volunteer(tmp_path / "v", office, "Afdeling Zwolle")
    volunteer.add("De regiotaxi komt vaak te laat.")
    file = volunteer.export()
    bad = tmp_path / "bad.advocaat-export"
    bad.write_bytes(rebuilt(office, file, _feedback_key(garbage), volunteer_key(volunteer)))

    [result] = take_in(office_paths, office, [bad])
    assert result.outcome is Outcome.REFUSED
    assert "damaged" in result.reason or "no valid key to encrypt feedback" in result.reason
    assert (count(office_paths, Sender), count(office_paths, ReceivedSignal)) == (0, 0)


def volunteer_key(volunteer: Volunteer) -> minisign.SecretKey:
    return minisign.SecretKey.from_bytes(
        (volunteer.paths.profile_dir / "volunteer-signing.key").read_bytes()
    )


def _records(*records: dict[str, object]):  # type: ignore[no-untyped-def]
    def change(document: dict) -> None:  # type: ignore[type-arg]
        document["signals"] = list(records)
        document["manifest"]["sequence"] += 10

    return change


def test_withdrawals_keep_nothing_of_the_text_in_either_shape_and_in_any_order(
    tmp_path: Path, office: Office, office_paths: AppPaths
) -> None:
    volunteer = Volunteer(tmp_path / "v", office, "Afdeling Zwolle")
    volunteer.add("De regiotaxi komt vaak te laat.")
    first = volunteer.export()
    key = volunteer_key(volunteer)
    take_in(office_paths, office, [first])
    [uid] = received(office_paths)

    tombstone = {"uid": uid, "revision": 2, "withdrawn": True, "status": "withdrawn",
                 "date": "2026-11-02"}  # fmt: skip
    unknown = tombstone | {"uid": "urn:uuid:00000000-0000-0000-0000-00000000abcd", "revision": 3}
    files = tmp_path / "files"
    files.mkdir()
    (files / "1.advocaat-export").write_bytes(
        rebuilt(office, first, _records(tombstone, unknown), key)
    )
    [result] = take_in(office_paths, office, export_files([files]))
    assert (result.outcome, result.new, result.updated) == (Outcome.IMPORTED, 1, 1)
    assert received(office_paths) == {uid: (2, True, ""), unknown["uid"]: (3, True, "")}

    # An older full record of the unknown signal arrives late: it stays withdrawn, without text.
    def late(document: dict) -> None:  # type: ignore[type-arg]
        document["signals"][0]["uid"] = unknown["uid"]

    (files / "2.advocaat-export").write_bytes(rebuilt(office, first, late, key))
    take_in(office_paths, office, [files / "2.advocaat-export"])
    assert received(office_paths)[unknown["uid"]] == (3, True, "")

    # A withdrawn signal written whole (as older versions do) keeps no text at the office either.
    def whole(document: dict) -> None:  # type: ignore[type-arg]
        document["signals"][0].update(withdrawn=True, revision=5)

    (files / "3.advocaat-export").write_bytes(rebuilt(office, first, whole, key))
    take_in(office_paths, office, [files / "3.advocaat-export"])
    assert received(office_paths)[uid] == (5, True, "")


def test_each_file_is_judged_on_its_own_and_the_rest_is_imported(
    tmp_path: Path, office: Office, office_paths: AppPaths
) -> None:
    volunteer = Volunteer(tmp_path / "v", office, "Afdeling Zwolle")
    folder = tmp_path / "folder"
    folder.mkdir()
    volunteer.add("Eerste signaal.")
    volunteer.export().rename(folder / "a.advocaat-export")
    (folder / "b.advocaat-export").write_bytes((folder / "a.advocaat-export").read_bytes()[:-9])
    (folder / "c.advocaat-export").write_bytes(b"age-encryption.org/v1\n" + b"-> X\n" * 50_000)
    (folder / "d.advocaat-export").mkdir()  # a folder with the name of a file
    volunteer.add("Tweede signaal.")
    volunteer.export().rename(folder / "e.advocaat-export")

    results = take_in(office_paths, office, export_files([folder]))
    assert [r.outcome for r in results] == [
        Outcome.IMPORTED, Outcome.REFUSED, Outcome.REFUSED, Outcome.REFUSED, Outcome.IMPORTED
    ]  # fmt: skip
    assert count(office_paths, ReceivedSignal) == 2


def test_a_long_age_header_is_refused_at_once(
    tmp_path: Path, office: Office, office_paths: AppPaths, english: None
) -> None:
    header = b"age-encryption.org/v1\n-> X25519 " + b"A" * 43 + b"\n" + (b"B" * 64 + b"\n") * 3_100
    bad = tmp_path / "long.advocaat-export"
    bad.write_bytes(header + b"--- " + b"C" * 43 + b"\n")
    start = time.perf_counter()
    [result] = take_in(office_paths, office, [bad])
    assert time.perf_counter() - start < 1
    assert "damaged or incomplete" in result.reason


def test_a_folder_that_cannot_be_read_is_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(_folder: Path) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "iterdir", refused)
    with pytest.raises(ExportFileError, match="cannot be read"):
        export_files([tmp_path])


def test_the_summary_puts_refusals_first_and_counts_alarms_and_files_not_read() -> None:
    from advocaat.office.inbox import FileResult, Outcome, summarise

    results = [
        FileResult(f"{outcome.value}-{alarm}.advocaat-export", outcome, alarm=alarm)
        for outcome in Outcome
        for alarm in (False, True)
        if outcome is Outcome.REFUSED or not alarm
    ]
    for total in (len(results), len(results) + 3):
        summary = summarise(results, total)
        assert [r.outcome for r in summary.results] == [
            Outcome.REFUSED,
            Outcome.REFUSED,
            Outcome.IMPORTED,
            Outcome.ALREADY,
        ]
        assert sorted(r.name for r in summary.results) == sorted(r.name for r in results)
        assert (summary.refused, summary.alarms) == (2, 1)
        assert summary.not_read == total - len(results)
    assert (summarise([], 2).refused, summarise([], 2).not_read) == (0, 2)
