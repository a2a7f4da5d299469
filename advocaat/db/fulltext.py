"""The SQLite full-text index of the contact book, kept in step with ``contact_index``.

``contact_search`` is a contentless FTS5 table over ``contact_index.search_text`` (already folded
by :func:`advocaat.core.text.fold`, so "sudwest" finds "Súdwest"). Triggers on ``contact_index``
keep it in step in the same transaction, whatever writes the row: a service, a bulk import or a
merge. Its rowid is derived from the contact (:data:`ROWID`), so it survives a ``VACUUM``, which may
renumber the hidden rowids of ``contact_index`` itself.

PostgreSQL has no such table; search there reads ``contact_index`` directly.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

SEARCH_TABLE = "contact_search"

ROWID = "({row}.id * 2 + ({row}.kind = 'organisation'))"
"""A contact's rowid in ``contact_search``: its id, doubled, plus one for an organisation."""

_NEW, _OLD = ROWID.format(row="new"), ROWID.format(row="old")

_SCHEMA = (
    f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5("
    "search_text, content='', prefix='1 2', tokenize='unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER {SEARCH_TABLE}_insert AFTER INSERT ON contact_index BEGIN"
    f" INSERT INTO {SEARCH_TABLE}(rowid, search_text) VALUES ({_NEW}, new.search_text); END",
    f"CREATE TRIGGER {SEARCH_TABLE}_delete AFTER DELETE ON contact_index BEGIN"
    f" INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}, rowid, search_text)"
    f" VALUES ('delete', {_OLD}, old.search_text); END",
    f"CREATE TRIGGER {SEARCH_TABLE}_update AFTER UPDATE OF kind, id, search_text ON contact_index"
    f" BEGIN INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}, rowid, search_text)"
    f" VALUES ('delete', {_OLD}, old.search_text);"
    f" INSERT INTO {SEARCH_TABLE}(rowid, search_text) VALUES ({_NEW}, new.search_text); END",
)


def create(connection: Connection) -> None:
    """Add the index and its triggers to a SQLite database, filled from ``contact_index``."""
    for statement in _SCHEMA:
        connection.execute(text(statement))
    rebuild(connection)


def rebuild(connection: Connection) -> None:
    """Fill the index again from ``contact_index`` (after a bulk change made without triggers)."""
    connection.execute(text(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('delete-all')"))
    connection.execute(
        text(
            f"INSERT INTO {SEARCH_TABLE}(rowid, search_text)"
            f" SELECT {ROWID.format(row='contact_index')}, search_text FROM contact_index"
        )
    )


def drop(connection: Connection) -> None:
    for name in ("insert", "delete", "update"):
        connection.execute(text(f"DROP TRIGGER {SEARCH_TABLE}_{name}"))
    connection.execute(text(f"DROP TABLE {SEARCH_TABLE}"))


def is_model_table(name: str | None, type_: str, _parent: object) -> bool:
    """Whether Alembic compares ``name`` with the models: not the index nor its shadow tables."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLE))
