"""A passphrase file opens the keys whatever editor saved it: UTF-8, with a BOM, or "ANSI"."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from advocaat.cli.passphrase import (
    MAX_PASSPHRASE_FILE_BYTES,
    PASSPHRASE_ENV,
    asked_passphrase,
    passphrase,
)
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


class _Terminal:
    def __init__(self, tty: bool) -> None:
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(
    ("typed", "choosing", "expected"),
    [
        (["lang genoeg"], False, "lang genoeg"),
        (["lang genoeg", "lang genoeg"], True, "lang genoeg"),
        (["lang genoeg", "lang genoek"], True, "differ"),
        ([""], False, "No passphrase"),
    ],
    ids=["opening", "chosen-twice", "typed-differently", "nothing-typed"],
)
def test_at_a_terminal_the_passphrase_is_asked(
    monkeypatch: pytest.MonkeyPatch, typed: list[str], choosing: bool, expected: str
) -> None:
    set_language("en")
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    monkeypatch.setattr("sys.stdin", _Terminal(tty=True))
    answers = iter(typed)
    monkeypatch.setattr("getpass.getpass", lambda _prompt: next(answers))
    arguments = argparse.Namespace(passphrase_file=None)
    try:
        got = asked_passphrase(arguments, choosing=choosing)
    except UserFacingError as error:
        got = error.message
    assert expected in got
    assert next(answers, None) is None  # asked exactly as often as it should be


def test_without_a_terminal_the_passphrase_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    set_language("en")
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    monkeypatch.setattr("sys.stdin", _Terminal(tty=False))
    monkeypatch.setattr("getpass.getpass", lambda _prompt: pytest.fail("no terminal to ask at"))
    with pytest.raises(UserFacingError, match="ADVOCAAT_PASSPHRASE"):
        asked_passphrase(argparse.Namespace(passphrase_file=None), choosing=True)
    monkeypatch.setenv(PASSPHRASE_ENV, "uit de omgeving")
    assert asked_passphrase(argparse.Namespace(passphrase_file=None), choosing=True) == (
        "uit de omgeving"
    )
