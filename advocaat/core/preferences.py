"""The preferences of this computer (language, server database, backups kept), in one INI file.

The file lives in the data folder (``preferences.ini``), beside the keys. Every preference is read
and written here, so two writers never drop each other's keys. A damaged file counts as no choice.
``--database-url`` or ``ADVOCAAT_DATABASE_URL`` wins over the remembered address, for scripts and a
one-off run. Keep the password out of the address (see
:func:`advocaat.db.engine.create_server_engine`): the preferences file is plain text.
"""

from __future__ import annotations

import configparser
import os
from pathlib import Path

from advocaat.i18n import DEFAULT_LANGUAGE, LANGUAGES
from advocaat.paths import DATABASE_URL_ENV

_SECTION = "advocaat"
_LANGUAGE = "language"
_DATABASE_URL = "database_url"
_BACKUPS_KEPT = "backups_kept"
DEFAULT_BACKUPS_KEPT = 10


def _read(preferences_file: Path) -> configparser.ConfigParser:
    # No interpolation: a URL may hold %-escapes, which would otherwise be read as references.
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(preferences_file, encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return configparser.ConfigParser(interpolation=None)
    return parser


def _write(preferences_file: Path, key: str, value: str | None) -> None:
    """Set or (with ``None``) forget one key; written to a temporary file first, then swapped."""
    parser = _read(preferences_file)
    if value:
        if not parser.has_section(_SECTION):
            parser.add_section(_SECTION)
        parser.set(_SECTION, key, value)
    elif parser.has_section(_SECTION):
        parser.remove_option(_SECTION, key)
    preferences_file.parent.mkdir(parents=True, exist_ok=True)
    temporary = preferences_file.with_suffix(".tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        parser.write(handle)
    temporary.replace(preferences_file)


def read_language_preference(preferences_file: Path) -> str | None:
    """The language chosen earlier in Settings, if any."""
    code = _read(preferences_file).get(_SECTION, _LANGUAGE, fallback=None)
    return code if code in LANGUAGES else None


def write_language_preference(preferences_file: Path, code: str) -> None:
    """Remember the language for the next start."""
    if code not in LANGUAGES:
        raise ValueError(f"unsupported language {code!r}")
    _write(preferences_file, _LANGUAGE, code)


def choose_language(cli_value: str | None, preferences_file: Path) -> str:
    """The command line wins, then the choice made in Settings, then Dutch."""
    if cli_value:
        return cli_value
    return read_language_preference(preferences_file) or DEFAULT_LANGUAGE


def saved_database_url(preferences_file: Path) -> str | None:
    """The server database chosen earlier in Settings, or ``None`` for the SQLite file."""
    return _read(preferences_file).get(_SECTION, _DATABASE_URL, fallback="").strip() or None


def save_database_url(preferences_file: Path, url: str | None) -> None:
    """Remember ``url`` for the next start, or forget it with ``None``.

    Check the address first (:func:`advocaat.db.engine.server_url`): this only stores it.
    """
    _write(preferences_file, _DATABASE_URL, url)


def chosen_database_url(cli_value: str | None, preferences_file: Path, *, demo: bool) -> str | None:
    """The server database to use, or ``None`` for the SQLite file.

    The command line wins, then the environment, then Settings; the demo skips Settings, so it
    never opens the office's own database unless told to explicitly.
    """
    explicit = (cli_value or os.environ.get(DATABASE_URL_ENV, "")).strip()
    if explicit:
        return explicit
    return None if demo else saved_database_url(preferences_file)


def read_backups_kept(preferences_file: Path) -> int:
    """How many backups to keep (at least one); a missing or unreadable value keeps the default."""
    value = _read(preferences_file).get(_SECTION, _BACKUPS_KEPT, fallback="").strip()
    return int(value) if value.isdigit() and int(value) >= 1 else DEFAULT_BACKUPS_KEPT


def write_backups_kept(preferences_file: Path, kept: int) -> None:
    if kept < 1:
        raise ValueError(f"at least one backup is kept, not {kept}")
    _write(preferences_file, _BACKUPS_KEPT, str(kept))
