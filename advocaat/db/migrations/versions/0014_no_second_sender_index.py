"""received signals drop their sender index: the unique (sender_id, uid) index serves it

Every imported signal updated both; a query by sender uses the unique index's first column.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 16:25:00.000000
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_received_signal_sender_id", table_name="received_signal")


def downgrade() -> None:
    op.create_index("ix_received_signal_sender_id", "received_signal", ["sender_id"])
