"""questionnaires of the office: received or defined, answer sets on the laptop and at the office

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 18:40:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "questionnaire",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("stored_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_questionnaire")),
        sa.UniqueConstraint("uid", name=op.f("uq_questionnaire_uid")),
    )
    op.create_table(
        "answer_set",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=64), nullable=False),
        sa.Column("questionnaire_id", sa.Integer(), nullable=False),
        sa.Column("municipality_code", sa.String(length=6), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("setting", sa.String(length=20), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipality.cbs_code"],
            name=op.f("fk_answer_set_municipality_code_municipality"),
        ),
        sa.ForeignKeyConstraint(
            ["questionnaire_id"],
            ["questionnaire.id"],
            name=op.f("fk_answer_set_questionnaire_id_questionnaire"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer_set")),
        sa.UniqueConstraint("uid", name=op.f("uq_answer_set_uid")),
    )
    op.create_index(op.f("ix_answer_set_exported_at"), "answer_set", ["exported_at"])
    op.create_index(op.f("ix_answer_set_questionnaire_id"), "answer_set", ["questionnaire_id"])
    op.create_table(
        "received_answer_set",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sender_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=64), nullable=False),
        sa.Column("questionnaire_uid", sa.String(length=64), nullable=False),
        sa.Column("municipality_code", sa.String(length=6), nullable=True),
        sa.Column("municipality_name", sa.String(length=120), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("setting", sa.String(length=20), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipality.cbs_code"],
            name=op.f("fk_received_answer_set_municipality_code_municipality"),
        ),
        sa.ForeignKeyConstraint(
            ["sender_id"], ["sender.id"], name=op.f("fk_received_answer_set_sender_id_sender")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_answer_set")),
        sa.UniqueConstraint("sender_id", "uid", name="uq_received_answer_set_sender_id_uid"),
    )
    op.create_index(
        "ix_received_answer_set_questionnaire",
        "received_answer_set",
        ["questionnaire_uid", "municipality_name"],
    )
    op.create_table(
        "received_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("answer_set_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(length=64), nullable=False),
        sa.Column("choice", sa.String(length=120), nullable=True),
        sa.Column("number", sa.Float(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["answer_set_id"],
            ["received_answer_set.id"],
            name=op.f("fk_received_answer_answer_set_id_received_answer_set"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_answer")),
    )
    op.create_index(op.f("ix_received_answer_answer_set_id"), "received_answer", ["answer_set_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_received_answer_answer_set_id"), table_name="received_answer")
    op.drop_table("received_answer")
    op.drop_index("ix_received_answer_set_questionnaire", table_name="received_answer_set")
    op.drop_table("received_answer_set")
    op.drop_index(op.f("ix_answer_set_questionnaire_id"), table_name="answer_set")
    op.drop_index(op.f("ix_answer_set_exported_at"), table_name="answer_set")
    op.drop_table("answer_set")
    op.drop_table("questionnaire")
