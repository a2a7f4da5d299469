"""packaging/linux/install.sh installs a bundle for the current user and removes it again.

Run against a stand-in bundle laid out as packaging/build.py lays out dist/advocaat/ (two small
scripts for the executables), with HOME and XDG_DATA_HOME in a temporary folder. The freedesktop
tools are required, not skipped: CI installs them (desktop-file-utils, shared-mime-info).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from packaging_kit import PACKAGING, load

APP_ID = load("file_types.py").APP_ID
COMMANDS = ("advocaat", "advocaat-gui")


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """dist/advocaat/ as build.py makes it: the executables, _internal/, linux/ with its icons."""
    folder = tmp_path / "unpacked" / "advocaat"
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "library.txt").write_text("part of the app\n", encoding="utf-8")
    for command in COMMANDS:
        script = folder / command
        script.write_text(f'#!/bin/sh\necho "{command} $*"\n', encoding="utf-8")
        script.chmod(0o755)
    shutil.copytree(PACKAGING / "linux", folder / "linux")
    shutil.copytree(PACKAGING / "icons" / "hicolor", folder / "linux" / "icons" / "hicolor")
    return folder


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def _run(script: Path, home: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    environment = {
        "PATH": os.environ["PATH"],
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "LANG": "C.UTF-8",
    }
    return subprocess.run(
        [str(script), *arguments],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def _installed(home: Path) -> list[Path]:
    """Every file install.sh puts outside the app folder (the links, the desktop files)."""
    data = home / "data"
    icons = sorted((PACKAGING / "icons" / "hicolor").rglob(f"{APP_ID}.*"))
    return [
        *(home / ".local" / "bin" / command for command in COMMANDS),
        data / "applications" / f"{APP_ID}.desktop",
        data / "mime" / "packages" / f"{APP_ID}.xml",
        data / "metainfo" / f"{APP_ID}.metainfo.xml",
        *(
            data / "icons" / "hicolor" / icon.relative_to(PACKAGING / "icons" / "hicolor")
            for icon in icons
        ),
    ]


def test_install_puts_every_file_in_place_and_the_commands_run(bundle: Path, home: Path) -> None:
    result = _run(bundle / "linux" / "install.sh", home)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    app = home / "data" / "advocaat" / "app"
    assert (app / "_internal" / "library.txt").is_file()
    assert (app / "linux" / "install.sh").is_file()
    missing = [path for path in _installed(home) if not path.is_file()]
    assert missing == []
    for command in COMMANDS:
        link = home / ".local" / "bin" / command
        assert link.resolve() == app / command
        ran = subprocess.run(
            [str(link), "x.advocaat-export"], capture_output=True, text=True, check=True
        )
        assert ran.stdout == f"{command} x.advocaat-export\n"
    desktop = home / "data" / "applications" / f"{APP_ID}.desktop"
    text = desktop.read_text(encoding="utf-8")
    assert f'Exec="{app}/advocaat-gui" %f\n' in text
    assert f"TryExec={app}/advocaat-gui\n" in text
    # desktop-file-validate must be installed: a missing tool fails here, it is never skipped.
    validated = subprocess.run(
        ["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False
    )
    assert validated.returncode == 0, validated.stdout + validated.stderr
    # update-mime-database ran: the three types are in the user's MIME database.
    for kind in ("export", "profile", "feedback"):
        assert (home / "data" / "mime" / "application" / f"x-advocaat-{kind}.xml").is_file()


def test_install_replaces_an_older_copy(bundle: Path, home: Path) -> None:
    assert _run(bundle / "linux" / "install.sh", home).returncode == 0
    stale = home / "data" / "advocaat" / "app" / "_internal" / "old-library.txt"
    stale.write_text("from the previous version\n", encoding="utf-8")
    assert _run(bundle / "linux" / "install.sh", home).returncode == 0
    assert not stale.exists()
    assert (home / "data" / "advocaat" / "app" / "_internal" / "library.txt").is_file()
    assert not list((home / "data" / "advocaat").glob("app.new.*"))


def test_uninstall_removes_the_app_and_keeps_the_users_data(bundle: Path, home: Path) -> None:
    assert _run(bundle / "linux" / "install.sh", home).returncode == 0
    data = home / "data" / "Advocaat"
    data.mkdir()
    (data / "advocaat.db").write_text("the user's work\n", encoding="utf-8")
    elsewhere = home / ".local" / "bin" / "other-tool"
    elsewhere.write_text("#!/bin/sh\n", encoding="utf-8")

    installed = home / "data" / "advocaat" / "app" / "linux" / "install.sh"
    result = _run(installed, home, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert [path for path in _installed(home) if path.exists() or path.is_symlink()] == []
    assert not (home / "data" / "advocaat").exists()
    assert (data / "advocaat.db").read_text(encoding="utf-8") == "the user's work\n"
    assert elsewhere.is_file()
    assert str(data) in result.stdout


def test_uninstall_with_remove_data_removes_the_users_data_too(bundle: Path, home: Path) -> None:
    assert _run(bundle / "linux" / "install.sh", home).returncode == 0
    data = home / "data" / "Advocaat"
    data.mkdir()
    (data / "advocaat.db").write_text("the user's work\n", encoding="utf-8")
    result = _run(bundle / "linux" / "install.sh", home, "--uninstall", "--remove-data")
    assert result.returncode == 0, result.stderr
    assert not data.exists()
    assert [path for path in _installed(home) if path.exists() or path.is_symlink()] == []


def test_uninstall_leaves_a_command_of_the_same_name_from_elsewhere(
    bundle: Path, home: Path
) -> None:
    bin_dir = home / ".local" / "bin"
    bin_dir.mkdir(parents=True)
    own = bin_dir / "advocaat"
    own.symlink_to("/usr/bin/true")
    assert _run(bundle / "linux" / "install.sh", home, "--uninstall").returncode == 0
    assert own.is_symlink()


@pytest.mark.parametrize(
    "arguments", [("--remove-data",), ("--bogus",), ("--uninstall", "--everything")]
)
def test_a_wrong_option_changes_nothing(
    bundle: Path, home: Path, arguments: tuple[str, ...]
) -> None:
    result = _run(bundle / "linux" / "install.sh", home, *arguments)
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1
    assert list(home.iterdir()) == []


def test_a_portable_copy_is_neither_installed_nor_replaced(bundle: Path, home: Path) -> None:
    """A portable copy keeps the user's data in data/ beside it: swapping the folder loses it."""
    (bundle / "advocaat-portable.txt").write_text("", encoding="utf-8")
    result = _run(bundle / "linux" / "install.sh", home)
    assert result.returncode != 0
    assert "advocaat-portable.txt" in result.stderr
    assert list(home.iterdir()) == []


@pytest.mark.parametrize("arguments", [(), ("--uninstall",)])
def test_an_installed_copy_made_portable_is_kept(
    bundle: Path, home: Path, arguments: tuple[str, ...]
) -> None:
    assert _run(bundle / "linux" / "install.sh", home).returncode == 0
    app = home / "data" / "advocaat" / "app"
    (app / "advocaat-portable.txt").write_text("", encoding="utf-8")
    (app / "data").mkdir()
    result = _run(bundle / "linux" / "install.sh", home, *arguments)
    assert result.returncode != 0
    assert (app / "data").is_dir()
