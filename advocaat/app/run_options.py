"""What the global options of the ``advocaat`` command decided, for the GUI and every subcommand."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from advocaat.paths import AppPaths


@dataclass(frozen=True)
class RunOptions:
    paths: AppPaths
    language: str
    quit_after: float | None = None
    """For CI and the screenshot script: close the window after this many seconds."""
    open_file: Path | None = None
    """A file the app was started with (``advocaat FILE``): the window starts its import."""
