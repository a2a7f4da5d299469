"""A double-click runs ``advocaat-gui``, which has no console to read (on Windows no standard
output or error at all): what stops the start is shown in a message box, and nothing crashes on
the missing streams."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import advocaat.ui.app
from advocaat.cli import main


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(advocaat.ui.app, "tell_in_window", messages.append)
    return messages


@pytest.mark.parametrize("windowed", ["no streams", "advocaat-gui"])
def test_a_refused_file_is_told_in_a_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, told: list[str], windowed: str,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    if windowed == "no streams":
        monkeypatch.setattr(sys, "stdout", None)
        monkeypatch.setattr(sys, "stderr", None)
    else:
        monkeypatch.setattr(sys, "argv", [str(tmp_path / "bin" / "advocaat-gui")])
    notes = tmp_path / "boodschappen.advocaat-export"
    notes.write_text("melk, brood\n", encoding="utf-8")
    code = main(["--lang", "en", "--data-dir", str(tmp_path / "data"), str(notes)])
    assert code == 2
    assert told == [
        "This is not an export file, organisation profile or feedback file of Advocaat;"
        " nothing was changed."
    ]
    assert not (tmp_path / "data" / "advocaat.sqlite3").exists()
    if windowed == "advocaat-gui":
        assert capsys.readouterr().err == ""


def test_from_a_console_the_refusal_stays_on_standard_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, told: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    monkeypatch.setattr(sys, "argv", ["advocaat"])
    notes = tmp_path / "notes.txt"
    notes.write_text("melk\n", encoding="utf-8")
    assert main(["--lang", "en", "--data-dir", str(tmp_path / "data"), str(notes)]) == 2
    assert told == []
    assert capsys.readouterr().err.startswith("advocaat: This is not an export file")


def test_a_command_runs_without_standard_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert main(["--data-dir", str(tmp_path / "data"), "info"]) == 0


def test_the_message_box_says_the_sentence(qtbot: object, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        advocaat.ui.app.QMessageBox, "warning",
        lambda _parent, title, text: shown.append((title, text)),
    )  # fmt: skip
    advocaat.ui.app.tell_in_window("Dit is geen bestand van Advocaat.")
    assert len(shown) == 1
    assert shown[0][1] == "Dit is geen bestand van Advocaat."
    assert shown[0][0]
