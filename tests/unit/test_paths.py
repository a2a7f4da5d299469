"""Where the data lives: command line, then environment, then the portable folder beside a
packaged executable, then the platform's folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from advocaat.paths import (
    DATA_DIR_ENV,
    PORTABLE_MARKER,
    AppPaths,
    DataFolder,
    default_data_dir,
    executable_folder,
    resolve_data_dir,
)


def portable_app(folder: Path) -> Path:
    """A packaged app's folder with the portable marker beside the executable."""
    folder.mkdir()
    (folder / PORTABLE_MARKER).write_text("", encoding="utf-8")
    return folder


def test_command_line_wins_over_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env"))
    assert resolve_data_dir(tmp_path / "cli") == DataFolder(tmp_path / "cli")
    assert resolve_data_dir(None) == DataFolder(tmp_path / "env")


def test_platform_folder_is_the_default() -> None:
    assert resolve_data_dir(None) == DataFolder(default_data_dir())
    assert default_data_dir().name == "Advocaat"


def test_the_marker_beside_the_executable_keeps_the_data_beside_it(tmp_path: Path) -> None:
    app = portable_app(tmp_path / "usb")
    assert resolve_data_dir(None, lambda: app) == DataFolder(app / "data", portable=True)


def test_without_the_marker_the_platform_folder_is_used(tmp_path: Path) -> None:
    (tmp_path / "usb").mkdir()
    (tmp_path / "usb" / PORTABLE_MARKER).mkdir()  # a folder of that name is no marker
    assert resolve_data_dir(None, lambda: tmp_path / "usb") == DataFolder(default_data_dir())
    assert resolve_data_dir(None, lambda: tmp_path) == DataFolder(default_data_dir())


def test_an_explicit_choice_wins_over_the_marker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = portable_app(tmp_path / "usb")
    assert resolve_data_dir(tmp_path / "cli", lambda: app) == DataFolder(tmp_path / "cli")
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env"))
    assert resolve_data_dir(None, lambda: app) == DataFolder(tmp_path / "env")


def test_only_a_packaged_executable_is_portable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = portable_app(tmp_path / "usb")
    monkeypatch.setattr(sys, "executable", str(app / "python"))  # a marker beside Python
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert executable_folder() is None
    assert resolve_data_dir(None) == DataFolder(default_data_dir())
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert executable_folder() == app.resolve()
    assert resolve_data_dir(None) == DataFolder(app.resolve() / "data", portable=True)


def test_every_file_of_a_portable_profile_lies_in_its_folder(tmp_path: Path) -> None:
    folder = resolve_data_dir(None, lambda: portable_app(tmp_path / "usb"))
    for demo in (False, True):
        paths = AppPaths.of(folder, demo=demo)
        assert paths.portable
        for name in dir(AppPaths):
            value = getattr(paths, name)
            if isinstance(value, Path):
                assert value.is_relative_to(folder.path), name


def test_demo_lives_in_its_own_folder(tmp_path: Path) -> None:
    own, demo = AppPaths(tmp_path), AppPaths(tmp_path, demo=True)
    assert own.database.parent == tmp_path
    assert demo.database.parent == tmp_path / "demo"
    assert own.preferences_file == demo.preferences_file  # the language holds for both
    assert own.lock_file != demo.lock_file  # the demo can be open beside the own data
