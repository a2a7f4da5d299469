"""Which database a profile uses: the SQLite file of the data folder, or a PostgreSQL server.

The national office can point Advocaat at a server database once, in Settings; that address is
remembered in the preferences file of the data folder, beside the language. ``--database-url`` or
``ADVOCAAT_DATABASE_URL`` wins over the remembered address, for scripts and a one-off run. Keep the
password out of the address (see :func:`advocaat.db.engine.create_server_engine`): the preferences
file is plain text.
"""

from __future__ import annotations

import configparser
import os
from pathlib import Path

from advocaat.db.engine import server_url
from advocaat.paths import DATABASE_URL_ENV

_SECTION = "advocaat"
_KEY = "database_url"


def _read(preferences_file: Path) -> configparser.ConfigParser:
    # No interpolation: a URL may hold %-escapes, which would otherwise be read as references.
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(preferences_file, encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return configparser.ConfigParser(interpolation=None)
    return parser


def saved_database_url(preferences_file: Path) -> str | None:
    """The server database chosen earlier in Settings, or ``None`` for the SQLite file."""
    return _read(preferences_file).get(_SECTION, _KEY, fallback="").strip() or None


def save_database_url(preferences_file: Path, url: str | None) -> None:
    """Remember ``url`` for the next start (checked first), or forget it with ``None``."""
    parser = _read(preferences_file)
    if url:
        server_url(url)  # an address Advocaat cannot use is refused before it is remembered
        if not parser.has_section(_SECTION):
            parser.add_section(_SECTION)
        parser.set(_SECTION, _KEY, url)
    elif parser.has_section(_SECTION):
        parser.remove_option(_SECTION, _KEY)
    preferences_file.parent.mkdir(parents=True, exist_ok=True)
    temporary = preferences_file.with_suffix(".tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        parser.write(handle)
    temporary.replace(preferences_file)


def chosen_database_url(cli_value: str | None, preferences_file: Path, *, demo: bool) -> str | None:
    """The server database to use, or ``None`` for the SQLite file.

    The command line wins, then the environment, then Settings; the demo skips Settings, so it
    never opens the office's own database unless told to explicitly.
    """
    explicit = (cli_value or os.environ.get(DATABASE_URL_ENV, "")).strip()
    if explicit:
        return explicit
    return None if demo else saved_database_url(preferences_file)
