"""a signal's estimated extra cost per person affected, at the volunteer and at the office

Whole euro cents and the period (month, year or once); both empty when there is no estimate.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 18:40:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

TABLES = ("signal", "received_signal")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("cost_cents", sa.Integer(), nullable=True))
            batch_op.add_column(sa.Column("cost_period", sa.String(length=10), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("cost_period")
            batch_op.drop_column("cost_cents")
