"""Database engine, models, migrations and the errors a user can act on."""
