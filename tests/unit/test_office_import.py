"""The office takes in export files: idempotent, newest revision wins, refusals write nothing."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import minisign
import pyrage
import pytest
from office_kit import Office, Volunteer
from sqlalchemy import func, select

from advocaat.core.workspace import Workspace
from advocaat.db.office_tables import ImportedFile, ReceivedSignal, ReceivedSignalTheme, Sender
from advocaat.office import inbox
from advocaat.office.inbox import Inbox, Outcome, accept_sender, export_files
from advocaat.paths import AppPaths

pytestmark = pytest.mark.usefixtures("english")


def take_in(paths: AppPaths, office: Office, files: list[Path], decide=lambda _card: True):  # type: ignore[no-untyped-def]
    with Workspace.open(paths) as workspace:
        return Inbox(workspace, office.keys.identity, decide).take_in(files)


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
        headless = Inbox(workspace, office.keys.identity).take_in([file])
    assert headless[0].outcome is Outcome.REFUSED
    assert f"advocaat office accept {asked[0].fingerprint}" in headless[0].reason
    with Workspace.open(office_paths) as workspace, workspace.session() as session:
        [sender] = session.scalars(select(Sender)).all()
        assert not sender.accepted
        accept_sender(session, asked[0].fingerprint)
    with Workspace.open(office_paths) as workspace:
        accepted = Inbox(workspace, office.keys.identity).take_in([file])
    assert (accepted[0].outcome, accepted[0].new) == (Outcome.IMPORTED, 1)


def test_a_known_sender_signing_with_another_key_is_refused_loudly(
    tmp_path: Path, office: Office, office_paths: AppPaths
) -> None:
    volunteer = Volunteer(tmp_path / "v", office, "Afdeling Zwolle")
    volunteer.add("De regiotaxi komt vaak te laat.")
    take_in(office_paths, office, [volunteer.export()])
    (volunteer.paths.profile_dir / "volunteer-signing.key").unlink()  # a new key, same sender id
    volunteer.add("Een tweede signaal over de regiotaxi.")

    [result] = take_in(office_paths, office, [volunteer.export()])
    assert result.outcome is Outcome.REFUSED
    assert result.reason.startswith("WARNING: this file says it comes from Afdeling Zwolle")
    assert result.alarm
    assert count(office_paths, ReceivedSignal) == 1


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
