"""Alembic environment: migrations always run on a connection handed in by Advocaat itself."""

from alembic import context

from advocaat.db.fulltext import is_model_table
from advocaat.db.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Advocaat runs its migrations itself (advocaat.db.migrate); "
        "to write a new one, use scripts/new_migration.py"
    )

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite alters tables by copying them; PostgreSQL runs ALTER TABLE
    compare_type=True,
    include_name=is_model_table,
)
with context.begin_transaction():
    context.run_migrations()
