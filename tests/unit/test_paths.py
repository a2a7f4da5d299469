"""Where the data lives: command line, then environment, then the platform's folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocaat.paths import DATA_DIR_ENV, AppPaths, default_data_dir, resolve_data_dir


def test_command_line_wins_over_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env"))
    assert resolve_data_dir(tmp_path / "cli") == tmp_path / "cli"
    assert resolve_data_dir(None) == tmp_path / "env"


def test_platform_folder_is_the_default() -> None:
    assert resolve_data_dir(None) == default_data_dir()
    assert default_data_dir().name == "Advocaat"


def test_demo_lives_in_its_own_folder(tmp_path: Path) -> None:
    own, demo = AppPaths(tmp_path), AppPaths(tmp_path, demo=True)
    assert own.database.parent == tmp_path
    assert demo.database.parent == tmp_path / "demo"
    assert own.preferences_file == demo.preferences_file  # the language holds for both
    assert own.lock_file != demo.lock_file  # the demo can be open beside the own data
