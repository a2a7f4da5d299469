"""The fixed lists of a visit, apart from the service so the command line can offer them without
loading the database layer."""

from __future__ import annotations

DATE_COLUMNS = (
    "melding_on",
    "conversation_on",
    "report_received_on",
    "application_on",
    "decision_on",
    "notice_sent_on",
    "notice_received_on",
    "objection_on",
    "objection_decided_on",
)
"""The procedure dates a visit keeps, by column name."""

SHEETS = ("preparation", "conversation", "followup")
"""The sheets printed for a visit: before, during and after the conversation."""

FLAGS = ("objection_committee", "objection_extended")
"""The yes/no facts of a visit's bezwaar, by column name."""
