"""``advocaat FILE``: each kind of Advocaat file is told by its content, renamed or not, and
anything else (garbage, a truncated file, another ZIP or age file) is one typed refusal."""

from __future__ import annotations

import contextlib
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from office_kit import Office, Volunteer, feedback_for, set_up_office

from advocaat.app.opened_file import FileKind, OpenedFileError, import_for, recognise
from advocaat.app.workspace import Workspace
from advocaat.core.files import FileReadError
from advocaat.paths import AppPaths
from advocaat.sync.signed_zip import encrypt
from advocaat.sync.volunteer import feedback_identity


@pytest.fixture
def volunteer(tmp_path: Path, office: Office) -> Volunteer:
    volunteer = Volunteer(tmp_path / "volunteer", office, "Jan Proef")
    volunteer.add("De taxi kwam niet.")
    return volunteer


def test_each_kind_is_told_by_its_content(volunteer: Volunteer, office: Office) -> None:
    identity = feedback_identity(volunteer.paths.profile_dir)
    export = volunteer.export().read_bytes()
    assert recognise(office.profile) is FileKind.PROFILE
    assert recognise(export) is None  # sealed: nobody here opens it
    assert recognise(export, [office.keys.identity]) is FileKind.EXPORT
    assert recognise(feedback_for(volunteer, office), [identity]) is FileKind.FEEDBACK


def test_renamed_files_find_their_import(
    tmp_path: Path, volunteer: Volunteer, office: Office
) -> None:
    (tmp_path / "a.txt").write_bytes(office.profile)
    (tmp_path / "b.txt").write_bytes(feedback_for(volunteer, office))
    (tmp_path / "c.advocaat-profiel").write_bytes(volunteer.export().read_bytes())
    with volunteer.open() as workspace:
        assert import_for(workspace, tmp_path / "a.txt") is FileKind.PROFILE
        assert import_for(workspace, tmp_path / "b.txt") is FileKind.FEEDBACK
        with pytest.raises(OpenedFileError):
            import_for(workspace, tmp_path / "c.advocaat-profiel")


def test_the_office_opens_exports_only(
    tmp_path: Path, office_workspace: Workspace, volunteer: Volunteer, office: Office
) -> None:
    (tmp_path / "export").write_bytes(volunteer.export().read_bytes())
    (tmp_path / "profile").write_bytes(office.profile)
    assert import_for(office_workspace, tmp_path / "export") is FileKind.EXPORT
    with pytest.raises(OpenedFileError):
        import_for(office_workspace, tmp_path / "profile")


@pytest.fixture
def office_workspace(tmp_path: Path) -> Iterator[Workspace]:
    paths = set_up_office(AppPaths(tmp_path / "office"))
    with Workspace.open(paths) as workspace:
        yield workspace


def other_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.json", b"{}")
        archive.writestr("notes.json.minisig", b"x")
    return buffer.getvalue()


def sealed_other() -> tuple[bytes, pyrage.x25519.Identity]:
    identity = pyrage.x25519.Identity.generate()
    return encrypt(other_zip(), str(identity.to_public())), identity


def test_other_files_are_refused(office: Office) -> None:
    sealed, identity = sealed_other()
    passphrase_file = pyrage.passphrase.encrypt(b"a backup", "geheim")
    half = office.profile[: len(office.profile) // 2]
    broken_age = b"age-encryption.org/v1\n-> X25519 x\n"
    for data in (b"", b"hello", other_zip(), passphrase_file, half, broken_age, b"\0" * 1000):
        with pytest.raises(OpenedFileError):
            recognise(data)
    with pytest.raises(OpenedFileError):
        recognise(sealed, [identity])  # opened, but it holds no Advocaat document


def test_too_large_is_refused_before_reading(tmp_path: Path) -> None:
    with pytest.raises(OpenedFileError):
        recognise(b"PK\x03\x04" + b"\0" * 11_000_000)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_garbage_is_refused_in_one_sentence(data: bytes) -> None:
    with contextlib.suppress(OpenedFileError):  # anything else escaping fails the test
        recognise(data, [pyrage.x25519.Identity.generate()])


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_a_truncated_profile_is_refused(office: Office, data: st.DataObject) -> None:
    cut = data.draw(st.integers(0, len(office.profile) - 1))
    with pytest.raises(OpenedFileError):
        recognise(office.profile[:cut])


def test_a_missing_file_is_one_sentence(tmp_path: Path, volunteer: Volunteer) -> None:
    with (
        volunteer.open() as workspace,
        pytest.raises(FileReadError, match=r"missing\.advocaat-export"),
    ):
        import_for(workspace, tmp_path / "missing.advocaat-export")
