"""The one place that decides where Advocaat keeps its files.

Everything the app writes lives below one data folder: the platform's user-data folder by
default, or the folder given with ``--data-dir`` or the ``ADVOCAAT_DATA_DIR`` environment
variable, so tests never touch the real profile. The demo database lives in a folder of its own
inside it and never shares a file with the user's own data.

Portable mode (for a USB stick): a frozen build (the packaged executable) with the marker file
``advocaat-portable.txt`` beside it keeps its data folder in ``data`` beside the executable.
``--data-dir`` and ``ADVOCAAT_DATA_DIR`` still win. A Python install is never portable.

The national office may keep its database on a PostgreSQL server instead (``database_url``); the
data folder then still holds the lock, the keys and the preferences of this computer.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

APP_NAME = "Advocaat"
DATA_DIR_ENV = "ADVOCAAT_DATA_DIR"
DATABASE_URL_ENV = "ADVOCAAT_DATABASE_URL"
DATABASE_NAME = "advocaat.sqlite3"
PORTABLE_MARKER = "advocaat-portable.txt"
PORTABLE_DATA_FOLDER = "data"


def default_data_dir() -> Path:
    """The platform's per-user data folder (roaming on Windows, so it follows the user)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def executable_folder() -> Path | None:
    """The folder of the packaged executable, or ``None`` when Python runs the app."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def portable_data_dir(executable_dir: Path | None) -> Path | None:
    """The ``data`` folder beside the executable when the portable marker lies beside it."""
    if executable_dir is None or not (executable_dir / PORTABLE_MARKER).is_file():
        return None
    return executable_dir / PORTABLE_DATA_FOLDER


@dataclass(frozen=True)
class DataFolder:
    path: Path
    portable: bool = False
    """Whether the folder is the portable one beside the executable."""


def resolve_data_dir(
    cli_value: str | os.PathLike[str] | None = None,
    executable_dir: Callable[[], Path | None] = executable_folder,
) -> DataFolder:
    """The data folder: the command line wins, then the environment, then the portable folder,
    then the platform default."""
    if cli_value:
        return DataFolder(Path(cli_value).expanduser().resolve())
    env_value = os.environ.get(DATA_DIR_ENV, "").strip()
    if env_value:
        return DataFolder(Path(env_value).expanduser().resolve())
    portable = portable_data_dir(executable_dir())
    if portable is not None:
        return DataFolder(portable, portable=True)
    return DataFolder(default_data_dir())


@dataclass(frozen=True)
class AppPaths:
    """Where one profile (the user's own, or the demo) keeps its files."""

    root: Path
    """The data folder chosen by the user (shared by the own profile and the demo)."""
    demo: bool = False
    database_url: str | None = field(default=None, repr=False)  # it may hold a password
    """A server database (``postgresql+psycopg://…``) used instead of the SQLite file."""
    portable: bool = False
    """Whether :attr:`root` is the portable folder beside the executable (see the module)."""

    @classmethod
    def of(
        cls, folder: DataFolder, *, demo: bool = False, database_url: str | None = None
    ) -> AppPaths:
        return cls(folder.path, demo=demo, database_url=database_url, portable=folder.portable)

    @property
    def uses_sqlite(self) -> bool:
        """Whether the data lives in the SQLite file :attr:`database` (no server database)."""
        return self.database_url is None

    @property
    def profile_dir(self) -> Path:
        return self.root / "demo" if self.demo else self.root

    @property
    def database(self) -> Path:
        return self.profile_dir / DATABASE_NAME

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @property
    def preferences_file(self) -> Path:
        """Preferences that hold for the whole data folder, such as the language."""
        return self.root / "preferences.ini"

    @property
    def window_state_file(self) -> Path:
        """Window size, position and last view (written by the GUI layer)."""
        return self.profile_dir / "window-state.ini"

    @property
    def qt_settings_dir(self) -> Path:
        """Where Qt keeps its own settings in portable mode (the file dialog's last folder)."""
        return self.root / "qt"

    @property
    def lock_file(self) -> Path:
        return self.profile_dir / "advocaat.lock"

    def ensure(self) -> None:
        """Create the folders this profile writes to."""
        for folder in (self.profile_dir, self.logs_dir):
            folder.mkdir(parents=True, exist_ok=True)
