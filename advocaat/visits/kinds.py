"""The fixed lists of a visit, apart from the service so the command line can offer them without
loading the database layer."""

from __future__ import annotations

DATE_COLUMNS = (
    "melding_on",
    "conversation_on",
    "report_received_on",
    "application_on",
    "decision_on",
)
"""The procedure dates a visit keeps, by column name."""

SHEETS = ("preparation", "conversation", "followup")
"""The sheets printed for a visit: before, during and after the conversation."""
