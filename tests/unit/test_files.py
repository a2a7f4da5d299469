"""Files the user asked for are written whole, or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocaat.core.files import FileWriteError, write_file_safely


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
