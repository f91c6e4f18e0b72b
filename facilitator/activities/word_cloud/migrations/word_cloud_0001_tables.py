"""The word cloud: the entries and the hidden words (the type's own branch, "word_cloud")."""
import sqlalchemy as sa
from alembic import op

revision = "word_cloud_0001"
down_revision = None
branch_labels = ("word_cloud",)
depends_on = "core_0001"


def _step_columns(step_index):
    return [sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("workshop_id", sa.Integer, sa.ForeignKey("workshops.id", ondelete="CASCADE"), nullable=False,
                      index=True),
            sa.Column("step_id", sa.Integer, sa.ForeignKey("steps.id", ondelete="CASCADE"), nullable=False,
                      index=step_index)]


def upgrade():
    op.create_table(
        "word_cloud_answers", *_step_columns(True),
        sa.Column("participant_id", sa.Integer, sa.ForeignKey("participants.id", ondelete="CASCADE"), nullable=False),
        sa.Column("words", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Float, nullable=False),
        sa.UniqueConstraint("step_id", "participant_id"),
    )
    op.create_table(
        "word_cloud_hidden", *_step_columns(False),
        sa.Column("word", sa.String(200), nullable=False),
        sa.UniqueConstraint("step_id", "word"),
    )


def downgrade():
    op.drop_table("word_cloud_hidden")
    op.drop_table("word_cloud_answers")
