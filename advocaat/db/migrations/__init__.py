"""Alembic migrations, run programmatically at start-up."""
