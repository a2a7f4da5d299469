"""netwerkanalyse

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 09:36:22.247852
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "relation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("from_person_id", sa.Integer(), nullable=True),
        sa.Column("from_organisation_id", sa.Integer(), nullable=True),
        sa.Column("to_person_id", sa.Integer(), nullable=True),
        sa.Column("to_organisation_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "(from_person_id IS NULL) <> (from_organisation_id IS NULL)"
            " AND (to_person_id IS NULL) <> (to_organisation_id IS NULL)",
            name=op.f("ck_relation_one_party_each_end"),
        ),
        sa.ForeignKeyConstraint(
            ["from_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_relation_from_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["from_person_id"],
            ["person.id"],
            name=op.f("fk_relation_from_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_relation_to_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_person_id"],
            ["person.id"],
            name=op.f("fk_relation_to_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relation")),
    )
    with op.batch_alter_table("relation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_relation_from_organisation_id"), ["from_organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_relation_from_person_id"), ["from_person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_relation_to_organisation_id"), ["to_organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_relation_to_person_id"), ["to_person_id"], unique=False
        )

    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("influence", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("attitude", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("strategy", sa.Text(), server_default="", nullable=False))

    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("strategy", sa.Text(), server_default="", nullable=False))


def downgrade() -> None:

    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("strategy")

    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_column("strategy")
        batch_op.drop_column("attitude")
        batch_op.drop_column("influence")

    with op.batch_alter_table("relation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_relation_to_person_id"))
        batch_op.drop_index(batch_op.f("ix_relation_to_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_relation_from_person_id"))
        batch_op.drop_index(batch_op.f("ix_relation_from_organisation_id"))

    op.drop_table("relation")
