"""a known sender's new signing key, pending until the office accepts it

A volunteer who lost their key makes a new one; the office keeps it aside until it accepts it,
and then refuses files signed by the replaced key.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 09:51:36.028874
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sender", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pending_signing_key", sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column("pending_key_seen_at", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("replaced_signing_keys", sa.Text(), server_default="[]", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("sender", schema=None) as batch_op:
        batch_op.drop_column("replaced_signing_keys")
        batch_op.drop_column("pending_key_seen_at")
        batch_op.drop_column("pending_signing_key")
