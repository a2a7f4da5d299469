"""Write a new Alembic migration from the difference between the models and the latest schema.

    python scripts/new_migration.py "add contacts"

A throw-away database is migrated to the newest revision, compared with advocaat/db/models.py,
and the difference is written as the next numbered file in advocaat/db/migrations/versions/.
Read and adjust the result before committing it.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from alembic import command

from advocaat.db import migrate
from advocaat.db.engine import create_sqlite_engine

VERSIONS = Path(__file__).resolve().parent.parent / "advocaat" / "db" / "migrations" / "versions"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("message", help="what the migration does, in a few words")
    arguments = parser.parse_args()
    next_id = f"{int(migrate.head_revision()) + 1:04d}"
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "head.sqlite3"
        engine = create_sqlite_engine(database)
        migrate.upgrade(engine, database)
        config = migrate.alembic_config()
        config.set_main_option("file_template", "%%(rev)s_%%(slug)s")
        config.set_main_option("version_locations", str(VERSIONS))
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.revision(config, arguments.message, autogenerate=True, rev_id=next_id)
        engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
