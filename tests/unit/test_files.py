"""Files the user asked for are written whole, or not at all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from advocaat.core.files import FileReadError, FileWriteError, read_file_safely, write_file_safely
from advocaat.i18n import set_language


def test_written_whole_and_replaces_an_older_file(tmp_path: Path) -> None:
    target = tmp_path / "export.ics"
    target.write_bytes(b"old")
    write_file_safely(target, b"new contents")
    assert target.read_bytes() == b"new contents"
    assert [p.name for p in tmp_path.iterdir()] == ["export.ics"]


def test_missing_folder_is_one_sentence_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "gone" / "export.ics"
    with pytest.raises(FileWriteError, match=r"kon .* niet opslaan"):
        write_file_safely(target, b"data")
    assert not (tmp_path / "gone").exists()


def test_failure_halfway_removes_the_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(_self: Path, _target: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", refuse)
    with pytest.raises(FileWriteError, match="ruimte"):
        write_file_safely(tmp_path / "export.ics", b"data")
    assert list(tmp_path.iterdir()) == []


def _refuse(path: Path, limit: int = 100) -> str:
    with pytest.raises(FileReadError) as refused:
        read_file_safely(path, limit, "{file} is te groot.")
    return refused.value.message


def test_reader_stops_at_the_limit_on_an_endless_device() -> None:
    assert _refuse(Path("/dev/zero"), 10_000_000) == "/dev/zero is te groot."


def test_reader_refuses_a_large_file_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "groot.vcf"
    big.write_bytes(b"x" * 101)
    assert _refuse(big) == f"{big} is te groot."
    big.write_bytes(b"x" * 100)
    assert read_file_safely(big, 100, "{file}") == b"x" * 100


def test_reader_refuses_a_folder_and_a_missing_file_in_a_sentence(tmp_path: Path) -> None:
    set_language("en")
    assert _refuse(tmp_path) == f"{tmp_path} is a folder, not a file."
    assert "cannot be read" in _refuse(tmp_path / "weg.vcf")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_reader_does_not_wait_for_a_named_pipe_without_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "pijp"
    os.mkfifo(pipe)
    assert read_file_safely(pipe, 100, "{file}") == b""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_writer_never_replaces_a_folder_or_a_pipe(tmp_path: Path) -> None:
    pipe = tmp_path / "pijp"
    os.mkfifo(pipe)
    folder = tmp_path / "map"
    folder.mkdir()
    set_language("en")
    for target in (pipe, folder):
        with pytest.raises(FileWriteError, match="is not a file"):
            write_file_safely(target, b"data")
    assert pipe.is_fifo()
    assert folder.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map", "pijp"]
