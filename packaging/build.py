"""Build the app for this platform with PyInstaller, then smoke-test what was built.

    python packaging/build.py               build into dist/, then smoke-test it
    python packaging/build.py --smoke-only  smoke-test the bundle already in dist/

The bundle is built in its own virtual environment (build/venv) from a regular install of the
project, so it holds exactly what the package declares and nothing a developer's environment
happens to have. On Linux the desktop files are laid beside the executables and the folder is
packed as a .tar.gz. See docs/building.md.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import venv
from pathlib import Path

import smoke_test

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
WINDOWS = sys.platform == "win32"
MACOS = sys.platform == "darwin"


def _venv_python(folder: Path) -> Path:
    return folder / ("Scripts/python.exe" if WINDOWS else "bin/python")


def build_environment() -> Path:
    """A virtual environment with the project (a regular install) and PyInstaller."""
    folder = BUILD / "venv"
    if not _venv_python(folder).exists():
        venv.create(folder, with_pip=True)
    python = _venv_python(folder)
    subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "--upgrade", f"{ROOT}[package]"], check=True
    )
    return python


def run_pyinstaller(python: Path) -> None:
    subprocess.run(
        [python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", DIST, "--workpath", BUILD / "pyinstaller", PACKAGING / "advocaat.spec"],
        check=True, cwd=BUILD,  # not the source tree: the installed package is analysed
    )  # fmt: skip


def bundle_folder() -> Path:
    """The folder that holds the executables."""
    return DIST / "Advocaat.app" / "Contents" / "MacOS" if MACOS else DIST / "advocaat"


def lay_out_linux_files(folder: Path) -> None:
    """The desktop entry, metainfo, file types, icons and install.sh, for linux/install.sh."""
    target = folder / "linux"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(PACKAGING / "linux", target, ignore=shutil.ignore_patterns("validate.sh"))
    shutil.copytree(PACKAGING / "icons" / "hicolor", target / "icons" / "hicolor")


def pack_linux(folder: Path, version: str) -> Path:
    archive = DIST / f"advocaat-{version}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(folder, arcname="advocaat")
    return archive


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as pyproject:
        return str(tomllib.load(pyproject)["project"]["version"])


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files under ``folder``."""
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return sum(path.stat().st_size for path in files), len(files)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--smoke-only", action="store_true", help="smoke-test the bundle already in dist/"
    )
    parser.add_argument(
        "--print-version", action="store_true", help="print the version a build gets, and stop"
    )
    arguments = parser.parse_args()
    if arguments.print_version:
        print(project_version())
        return 0
    started = time.perf_counter()
    if not arguments.smoke_only:
        python = build_environment()
        print(f"== environment ready ({time.perf_counter() - started:.0f} s)", flush=True)
        run_pyinstaller(python)
        print(f"== PyInstaller done ({time.perf_counter() - started:.0f} s)", flush=True)
    folder = bundle_folder()
    version = smoke_test.version_of(folder)
    if version != project_version():
        print(f"The frozen app says it is version {version}, not {project_version()}.")
        return 1
    if sys.platform.startswith("linux") and not arguments.smoke_only:
        lay_out_linux_files(folder)
        archive = pack_linux(folder, version)
        print(f"== packed {archive.relative_to(ROOT)} ({archive.stat().st_size / 2**20:.1f} MiB)")
    size, count = folder_size(DIST / "Advocaat.app" if MACOS else folder)
    print(f"== bundle: {size / 2**20:.1f} MiB in {count} files")
    try:
        smoke_test.run(folder, venv_command=_venv_command())
    except smoke_test.SmokeTestError as failure:
        print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
        return 1
    print(f"== build and smoke test passed ({time.perf_counter() - started:.0f} s)")
    return 0


def _venv_command() -> Path | None:
    """The build environment's own ``advocaat``, to time the frozen start against."""
    command = BUILD / "venv" / ("Scripts/advocaat.exe" if WINDOWS else "bin/advocaat")
    return command if command.exists() else None


if __name__ == "__main__":
    sys.exit(main())
