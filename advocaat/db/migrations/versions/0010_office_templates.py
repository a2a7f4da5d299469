"""checklist templates the national office sent, told apart from the user's own

A profile import replaced a template the volunteer had changed. Now a template is the office's
only while the user has not changed it; rows from before are taken as the user's own, so no
import can overwrite them.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 09:50:46
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("checklist_template", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("from_office", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("checklist_template", schema=None) as batch_op:
        batch_op.drop_column("from_office")
