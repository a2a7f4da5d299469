"""The database engines: the SQLite file of a profile, or a PostgreSQL server of the office.

SQLite: foreign keys on, WAL, a busy timeout, and real transactions. Python's sqlite3 module opens
transactions late and commits DDL implicitly; the listeners below hand transaction control to
SQLAlchemy (the recipe in SQLAlchemy's SQLite dialect documentation), so a unit of work, a
migration included, lands whole or not at all. PostgreSQL does all that by itself.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

import sqlalchemy.dialects.sqlite  # noqa: F401  # with the app layer, before Qt (cli.BEFORE_QT)
from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session

from advocaat.db.errors import UnsupportedDatabaseUrlError
from advocaat.i18n import _

BUSY_TIMEOUT_MS = 5000
SERVER_DRIVER = "postgresql+psycopg"
CONNECT_TIMEOUT_S = 10


Sessions = Callable[[], AbstractContextManager[Session]]
"""Opens one unit of work (``Workspace.session``), for long work that commits piece by piece."""


def create_sqlite_engine(database: Path) -> Engine:
    engine = create_engine(
        f"sqlite+pysqlite:///{database}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None  # let SQLAlchemy emit BEGIN itself
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def server_url(url: str) -> URL:
    """``url`` parsed, or :class:`UnsupportedDatabaseUrlError` when it is not PostgreSQL's."""
    try:
        url.encode("utf-8")  # bytes that are not UTF-8 (say, from the environment) are no address
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # no scheme, a port that is not a number, not UTF-8
        parsed = None
    if parsed is None or parsed.drivername != SERVER_DRIVER:
        raise UnsupportedDatabaseUrlError(
            _(
                "Only PostgreSQL database addresses are supported"
                " (postgresql+psycopg://user@server/database)."
            )
        )
    return parsed


def masked_url(url: str) -> str:
    """``url`` fit to show or log: its password, if any, replaced by ``***``."""
    return server_url(url).render_as_string(hide_password=True)


def create_server_engine(url: str) -> Engine:
    """An engine on the PostgreSQL database at ``url`` (psycopg 3).

    Leave the password out of ``url``: libpq reads it from ``~/.pgpass`` (``pgpass.conf`` in
    ``%APPDATA%\\postgresql`` on Windows) or the ``PGPASSWORD`` environment variable, so it is not
    stored in the preferences file or seen in a process list. Connections are checked before use,
    because a server restart or a dropped network link would otherwise surface in the middle of a
    unit of work.
    """
    return create_engine(
        server_url(url),
        pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "advocaat"},
    )
