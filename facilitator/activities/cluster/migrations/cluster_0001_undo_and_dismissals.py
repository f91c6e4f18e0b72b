"""Clustering's tables: the undo history of moves and the dismissed suggestions (branch
"cluster"). Both are new: nothing to carry over from an earlier database."""
import sqlalchemy as sa
from alembic import op

revision = "cluster_0001"
down_revision = None
branch_labels = ("cluster",)
depends_on = "core_0001"


def _step_columns():
    return [sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("workshop_id", sa.Integer, sa.ForeignKey("workshops.id", ondelete="CASCADE"), nullable=False, index=True),
            sa.Column("step_id", sa.Integer, sa.ForeignKey("steps.id", ondelete="CASCADE"), nullable=False, index=True)]


def upgrade():
    op.create_table(
        "cluster_undo", *_step_columns(),
        sa.Column("move", sa.Integer, nullable=False),
        sa.Column("idea_id", sa.Integer, sa.ForeignKey("ideas.id", ondelete="CASCADE"), nullable=False),
        sa.Column("cluster_id", sa.Integer, sa.ForeignKey("clusters.id", ondelete="SET NULL"), nullable=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("unhide", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("made_cluster_id", sa.Integer, sa.ForeignKey("clusters.id", ondelete="SET NULL"), nullable=True),
    )
    op.create_table(
        "cluster_dismissed", *_step_columns(),
        sa.Column("dismissal", sa.Integer, nullable=False),
        sa.Column("idea_id", sa.Integer, sa.ForeignKey("ideas.id", ondelete="CASCADE"), nullable=False),
    )


def downgrade():
    op.drop_table("cluster_dismissed")
    op.drop_table("cluster_undo")
