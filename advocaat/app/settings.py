"""Settings of this computer that the GUI and the command line change."""

from __future__ import annotations

from pathlib import Path

from advocaat.app.workspace import storage_errors_explained
from advocaat.core.preferences import (
    read_language_preference,
    save_database_url,
    write_language_preference,
)
from advocaat.db.engine import server_url
from advocaat.db.migrate import head_revision
from advocaat.i18n import _, set_language
from advocaat.paths import AppPaths


def remember_database(preferences_file: Path, url: str | None) -> None:
    """Remember the server database for the next start, or forget it with ``None``.

    An address Advocaat cannot use is refused in one sentence before it is remembered.
    """
    if url:
        server_url(url)
    save_database_url(preferences_file, url)


def data_folder_line(paths: AppPaths) -> str:
    """Where the data is kept, saying so when it is the portable folder beside the app."""
    if paths.portable:
        return _("Data folder: {path} (portable)").format(path=paths.root)
    return _("Data folder: {path}").format(path=paths.root)


def schema_revision() -> str:
    """The database schema version this build writes, shown with where the data is kept."""
    return head_revision()


def remember_language(preferences_file: Path, language: str) -> bool:
    """Switch to ``language`` now and for the next start; ``False`` when it was already chosen."""
    if language == read_language_preference(preferences_file):
        return False
    with storage_errors_explained(preferences_file):
        write_language_preference(preferences_file, language)
    set_language(language)
    return True
