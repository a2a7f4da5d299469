"""contact search by word prefix, with a full-text index on SQLite

The search text of every contact becomes its folded words separated by single spaces, so a typed
word matches the start of a word the same way on both backends; SQLite gets the FTS5 index
``contact_search`` (see advocaat.db.fulltext), filled from the existing contacts.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-08 10:00:00.000000
"""

import re

import sqlalchemy as sa
from alembic import op

from advocaat.db import fulltext

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_WORD = re.compile(r"[^\W_]+")  # as advocaat.core.text.words on text that is already folded


def upgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT kind, id, search_text FROM contact_index")).all()
    changed = [
        {"kind": kind, "id": identifier, "text": " ".join(_WORD.findall(text))}
        for kind, identifier, text in rows
        if " ".join(_WORD.findall(text)) != text
    ]
    if changed:
        connection.execute(
            sa.text("UPDATE contact_index SET search_text = :text WHERE kind = :kind AND id = :id"),
            changed,
        )
    if connection.dialect.name == "sqlite":
        fulltext.create(connection)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        fulltext.drop(connection)
