"""Ranking: the options and the places participants gave them (the type's own branch, "ranking")."""
import sqlalchemy as sa
from alembic import op

revision = "ranking_0001"
down_revision = None
branch_labels = ("ranking",)
depends_on = "core_0001"


def _step_columns(step_index):
    return [sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("workshop_id", sa.Integer, sa.ForeignKey("workshops.id", ondelete="CASCADE"), nullable=False,
                      index=True),
            sa.Column("step_id", sa.Integer, sa.ForeignKey("steps.id", ondelete="CASCADE"), nullable=False,
                      index=step_index)]


def upgrade():
    op.create_table(
        "ranking_options", *_step_columns(False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_table(
        "ranking_places", *_step_columns(True),
        sa.Column("participant_id", sa.Integer, sa.ForeignKey("participants.id", ondelete="CASCADE"), nullable=False),
        sa.Column("option_id", sa.Integer, sa.ForeignKey("ranking_options.id", ondelete="CASCADE"), nullable=False),
        sa.Column("place", sa.Integer, nullable=False),
        sa.Column("updated_at", sa.Float, nullable=False),
        sa.UniqueConstraint("participant_id", "option_id"),
    )


def downgrade():
    op.drop_table("ranking_places")
    op.drop_table("ranking_options")
