"""A passphrase file opens the keys whatever editor saved it: UTF-8, with a BOM, or "ANSI"."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from advocaat.cli.passphrase import MAX_PASSPHRASE_FILE_BYTES, PASSPHRASE_ENV, passphrase
from advocaat.core.files import FileReadError
from advocaat.errors import UserFacingError
from advocaat.i18n import set_language
from advocaat.sync.office_keys import init_office, load_office

SECRET = "geheim-café-€5-2026"


def _from_file(path: Path) -> str:
    return passphrase(argparse.Namespace(passphrase_file=path))


@pytest.mark.parametrize(
    "data",
    [
        SECRET.encode("utf-8"),
        b"\xef\xbb\xbf" + SECRET.encode("utf-8") + b"\r\n",  # Notepad's "UTF-8 with BOM"
        SECRET.encode("cp1252") + b"\n",  # an older Notepad's "ANSI"
    ],
    ids=["utf-8", "utf-8-bom", "windows-1252"],
)
def test_every_encoding_an_editor_writes_gives_the_same_passphrase(
    tmp_path: Path, data: bytes
) -> None:
    file = tmp_path / "wachtzin.txt"
    file.write_bytes(data)
    assert _from_file(file) == SECRET


@pytest.mark.slow  # scrypt: the keys are made and unlocked
def test_latin1_file_opens_keys_made_with_the_typed_passphrase(tmp_path: Path) -> None:
    folder = tmp_path / "office"
    init_office(folder, "wachtzin-déjà-vu")
    file = tmp_path / "latin1.txt"
    file.write_bytes("wachtzin-déjà-vu".encode("latin-1"))
    assert load_office(folder, _from_file(file)).public.recipient.startswith("age1")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x81\x8d\x8f\x90\x9d", "cannot be read; save it as UTF-8 text."),
        (b" \n", "holds no passphrase."),
        (b"x" * (MAX_PASSPHRASE_FILE_BYTES + 1), "is too large to hold a passphrase."),
    ],
    ids=["not-text", "empty", "too-large"],
)
def test_unusable_file_is_one_sentence(tmp_path: Path, data: bytes, message: str) -> None:
    set_language("en")
    file = tmp_path / "wachtzin.txt"
    file.write_bytes(data)
    with pytest.raises(UserFacingError) as refused:
        _from_file(file)
    assert refused.value.message.endswith(message)


@pytest.mark.parametrize("path", ["/dev/zero", "."])
def test_device_or_folder_is_refused_before_reading_it_all(path: str) -> None:
    with pytest.raises(FileReadError):
        _from_file(Path(path))


def test_environment_value_with_bytes_that_are_not_utf8(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "wachtzin-caf\udce9")  # é in Latin-1, as a shell passes it
    assert passphrase(argparse.Namespace(passphrase_file=None)) == "wachtzin-café"
