"""good examples: a volunteer's own, and those the national office received and selected

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03 18:45:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "good_example",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=64), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("exported_revision", sa.Integer(), nullable=False),
        sa.Column("municipality_code", sa.String(length=6), nullable=True),
        sa.Column("strategy", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("story", sa.Text(), nullable=False),
        sa.Column("partners", sa.Text(), nullable=False),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("confirmations", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipality.cbs_code"],
            name=op.f("fk_good_example_municipality_code_municipality"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_good_example")),
        sa.UniqueConstraint("uid", name=op.f("uq_good_example_uid")),
    )
    with op.batch_alter_table("good_example", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_good_example_exported_revision"), ["exported_revision"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_good_example_happened_on"), ["happened_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_good_example_municipality_code"), ["municipality_code"], unique=False
        )
    op.create_table(
        "received_example",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sender_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=64), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("municipality_code", sa.String(length=6), nullable=True),
        sa.Column("municipality_name", sa.String(length=120), nullable=False),
        sa.Column("strategy", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("story", sa.Text(), nullable=False),
        sa.Column("partners", sa.Text(), nullable=False),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("selected", sa.Boolean(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipality.cbs_code"],
            name=op.f("fk_received_example_municipality_code_municipality"),
        ),
        sa.ForeignKeyConstraint(
            ["sender_id"], ["sender.id"], name=op.f("fk_received_example_sender_id_sender")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_example")),
        sa.UniqueConstraint("sender_id", "uid", name="uq_received_example_sender_id_uid"),
    )
    with op.batch_alter_table("received_example", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_received_example_happened_on"), ["happened_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_received_example_municipality_code"),
            ["municipality_code"],
            unique=False,
        )
        batch_op.create_index(
            "ix_received_example_selected", ["selected", "happened_on"], unique=False
        )


def downgrade() -> None:
    op.drop_table("received_example")
    op.drop_table("good_example")
