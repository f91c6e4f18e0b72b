"""Questions with upvotes: the questions and the upvotes (the type's own branch, "questions")."""
import sqlalchemy as sa
from alembic import op

revision = "questions_0001"
down_revision = None
branch_labels = ("questions",)
depends_on = "core_0001"


def _step_columns():
    return [sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("workshop_id", sa.Integer, sa.ForeignKey("workshops.id", ondelete="CASCADE"), nullable=False,
                      index=True),
            sa.Column("step_id", sa.Integer, sa.ForeignKey("steps.id", ondelete="CASCADE"), nullable=False, index=True)]


def upgrade():
    op.create_table(
        "questions", *_step_columns(),
        sa.Column("participant_id", sa.Integer, sa.ForeignKey("participants.id", ondelete="SET NULL"), nullable=True),
        sa.Column("client_id", sa.String(64), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("answered", sa.Boolean, nullable=False),
        sa.Column("highlighted", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.UniqueConstraint("participant_id", "client_id"),
    )
    op.create_table(
        "question_votes", *_step_columns(),
        sa.Column("question_id", sa.Integer, sa.ForeignKey("questions.id", ondelete="CASCADE"), nullable=False),
        sa.Column("participant_id", sa.Integer, sa.ForeignKey("participants.id", ondelete="CASCADE"), nullable=False),
        sa.Column("client_id", sa.String(64), nullable=False),
        sa.Column("withdrawn", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.UniqueConstraint("participant_id", "client_id"),
    )
    op.create_index("ix_question_votes_question_participant", "question_votes", ["question_id", "participant_id"])


def downgrade():
    op.drop_table("question_votes")
    op.drop_table("questions")
