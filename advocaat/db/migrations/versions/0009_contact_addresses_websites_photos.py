"""contact addresses, websites, photos and the department of a position

Contact files carry them; before this revision an import dropped them.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 05:49:31.695082
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person_address",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("postcode", sa.String(length=20), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("region", sa.String(length=100), nullable=False),
        sa.Column("country", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_address_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_address")),
    )
    with op.batch_alter_table("person_address", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_address_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "person_website",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_website_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_website")),
    )
    with op.batch_alter_table("person_website", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_website_person_id"), ["person_id"], unique=False
        )

    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("photo", sa.LargeBinary(), nullable=True))
        batch_op.add_column(
            sa.Column("photo_type", sa.String(length=40), server_default="", nullable=False)
        )

    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("photo", sa.LargeBinary(), nullable=True))
        batch_op.add_column(
            sa.Column("photo_type", sa.String(length=40), server_default="", nullable=False)
        )

    with op.batch_alter_table("position", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("department", sa.String(length=200), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("position", schema=None) as batch_op:
        batch_op.drop_column("department")

    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("photo_type")
        batch_op.drop_column("photo")

    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_column("photo_type")
        batch_op.drop_column("photo")

    with op.batch_alter_table("person_website", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_website_person_id"))

    op.drop_table("person_website")
    with op.batch_alter_table("person_address", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_address_person_id"))

    op.drop_table("person_address")
