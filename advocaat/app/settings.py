"""Settings of this computer that the GUI and the command line change."""

from __future__ import annotations

from pathlib import Path

from advocaat.core.preferences import save_database_url
from advocaat.db.engine import server_url
from advocaat.db.migrate import head_revision


def remember_database(preferences_file: Path, url: str | None) -> None:
    """Remember the server database for the next start, or forget it with ``None``.

    An address Advocaat cannot use is refused in one sentence before it is remembered.
    """
    if url:
        server_url(url)
    save_database_url(preferences_file, url)


def schema_revision() -> str:
    """The database schema version this build writes, shown with where the data is kept."""
    return head_revision()
