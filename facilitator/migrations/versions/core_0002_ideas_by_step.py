"""An index on ideas.step_id: a step's ideas are read for every dot (is it a target?), every new
idea (its position) and every wall."""
from alembic import op

revision = "core_0002"
down_revision = "core_0001"
branch_labels = None
depends_on = None


def upgrade():
    op.create_index("ix_ideas_step_id", "ideas", ["step_id"])


def downgrade():
    op.drop_index("ix_ideas_step_id", "ideas")
