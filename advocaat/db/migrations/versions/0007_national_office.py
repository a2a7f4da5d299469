"""national office

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 08:39:58.657967
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "sender",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sender_uid", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("municipalities", sa.Text(), nullable=False),
        sa.Column("signing_key", sa.String(length=120), nullable=False),
        sa.Column("recipient", sa.String(length=120), nullable=False),
        sa.Column("accepted", sa.Boolean(), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(), nullable=False),
        sa.Column("accepted_at", sa.DateTime(), nullable=True),
        sa.Column("last_sequence", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sender")),
        sa.UniqueConstraint("sender_uid", name=op.f("uq_sender_sender_uid")),
    )
    op.create_table(
        "feedback_export",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sender_id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("record_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sender_id"], ["sender.id"], name=op.f("fk_feedback_export_sender_id_sender")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_export")),
        sa.UniqueConstraint("sender_id", "sequence", name="uq_feedback_export_sender_id_sequence"),
    )
    with op.batch_alter_table("feedback_export", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_feedback_export_sender_id"), ["sender_id"], unique=False
        )

    op.create_table(
        "imported_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("sender_id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("new_count", sa.Integer(), nullable=False),
        sa.Column("updated_count", sa.Integer(), nullable=False),
        sa.Column("unchanged_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sender_id"], ["sender.id"], name=op.f("fk_imported_file_sender_id_sender")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imported_file")),
        sa.UniqueConstraint("sha256", name=op.f("uq_imported_file_sha256")),
    )
    with op.batch_alter_table("imported_file", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_imported_file_sender_id"), ["sender_id"], unique=False)

    op.create_table(
        "received_signal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sender_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=64), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("municipality_code", sa.String(length=6), nullable=True),
        sa.Column("municipality_name", sa.String(length=120), nullable=False),
        sa.Column("law", sa.String(length=30), nullable=False),
        sa.Column("source", sa.String(length=30), nullable=False),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("people_count", sa.Integer(), nullable=False),
        sa.Column("urgency", sa.String(length=20), nullable=False),
        sa.Column("sender_status", sa.String(length=30), nullable=False),
        sa.Column("office_status", sa.String(length=30), nullable=False),
        sa.Column("office_comment", sa.Text(), nullable=False),
        sa.Column("office_updated_at", sa.DateTime(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipality.cbs_code"],
            name=op.f("fk_received_signal_municipality_code_municipality"),
        ),
        sa.ForeignKeyConstraint(
            ["sender_id"], ["sender.id"], name=op.f("fk_received_signal_sender_id_sender")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_signal")),
        sa.UniqueConstraint("sender_id", "uid", name="uq_received_signal_sender_id_uid"),
    )
    with op.batch_alter_table("received_signal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_received_signal_happened_on"), ["happened_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_received_signal_law"), ["law"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_received_signal_municipality_code"), ["municipality_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_received_signal_office_status"), ["office_status"], unique=False
        )
        batch_op.create_index(
            "ix_received_signal_period", ["withdrawn", "happened_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_received_signal_sender_id"), ["sender_id"], unique=False
        )

    op.create_table(
        "received_signal_theme",
        sa.Column("signal_id", sa.Integer(), nullable=False),
        sa.Column("theme", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["signal_id"],
            ["received_signal.id"],
            name=op.f("fk_received_signal_theme_signal_id_received_signal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("signal_id", "theme", name=op.f("pk_received_signal_theme")),
    )
    with op.batch_alter_table("received_signal_theme", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_received_signal_theme_theme"), ["theme"], unique=False)

    with op.batch_alter_table("signal", schema=None) as batch_op:
        batch_op.add_column(sa.Column("office_status", sa.String(length=30), nullable=True))
        batch_op.add_column(
            sa.Column("office_comment", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("office_updated_at", sa.DateTime(), nullable=True))


def downgrade() -> None:

    with op.batch_alter_table("signal", schema=None) as batch_op:
        batch_op.drop_column("office_updated_at")
        batch_op.drop_column("office_comment")
        batch_op.drop_column("office_status")

    with op.batch_alter_table("received_signal_theme", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_received_signal_theme_theme"))

    op.drop_table("received_signal_theme")
    with op.batch_alter_table("received_signal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_received_signal_sender_id"))
        batch_op.drop_index("ix_received_signal_period")
        batch_op.drop_index(batch_op.f("ix_received_signal_office_status"))
        batch_op.drop_index(batch_op.f("ix_received_signal_municipality_code"))
        batch_op.drop_index(batch_op.f("ix_received_signal_law"))
        batch_op.drop_index(batch_op.f("ix_received_signal_happened_on"))

    op.drop_table("received_signal")
    with op.batch_alter_table("imported_file", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_imported_file_sender_id"))

    op.drop_table("imported_file")
    with op.batch_alter_table("feedback_export", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feedback_export_sender_id"))

    op.drop_table("feedback_export")
    op.drop_table("sender")
