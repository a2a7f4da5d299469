"""a visit keeps its escalation: the ingebrekestelling and the bezwaar track

The dwangsom (Awb 4:17) runs from the day the municipality received the ingebrekestelling; the
decision on bezwaar (Awb 7:10) is due six or twelve weeks after the bezwaar term, plus six when
extended. Every existing visit has none of it yet: the dates are empty, the flags false.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03 18:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

DATES = ("notice_sent_on", "notice_received_on", "objection_on", "objection_decided_on")
FLAGS = ("objection_committee", "objection_extended")


def upgrade() -> None:
    # Plain ADD COLUMN on both databases: a batch copy of the visit table would re-check every
    # foreign key of rows written before SQLite enforced them.
    for name in DATES:
        op.add_column("visit", sa.Column(name, sa.Date(), nullable=True))
    for name in FLAGS:
        op.add_column(
            "visit", sa.Column(name, sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    for name in (*DATES, *FLAGS):
        op.drop_column("visit", name)
