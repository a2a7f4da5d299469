"""Municipalities reference list and profile settings.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "municipality",
        sa.Column("cbs_code", sa.String(length=6), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("province", sa.String(length=40), nullable=False),
        sa.Column("safety_region", sa.String(length=4), nullable=False),
        sa.Column("aliases", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("merged_into", sa.String(length=6), nullable=True),
        sa.ForeignKeyConstraint(
            ["merged_into"],
            ["municipality.cbs_code"],
            name=op.f("fk_municipality_merged_into_municipality"),
        ),
        sa.PrimaryKeyConstraint("cbs_code", name=op.f("pk_municipality")),
    )
    op.create_index(op.f("ix_municipality_name"), "municipality", ["name"], unique=False)
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )


def downgrade() -> None:
    op.drop_table("setting")
    op.drop_index(op.f("ix_municipality_name"), table_name="municipality")
    op.drop_table("municipality")
