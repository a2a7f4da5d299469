"""Every table of the app, imported in one place so the metadata (and Alembic) sees them all."""

from advocaat.db import (
    contact_tables,
    example_tables,
    models,
    network_tables,
    office_tables,
    questionnaire_tables,
    signal_tables,
    visit_tables,
)

metadata = models.Base.metadata

__all__ = [
    "contact_tables",
    "example_tables",
    "metadata",
    "models",
    "network_tables",
    "office_tables",
    "questionnaire_tables",
    "signal_tables",
    "visit_tables",
]
