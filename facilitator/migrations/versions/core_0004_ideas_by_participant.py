"""An index on ideas.participant_id: every snapshot of a phone (each connect and reconnect) reads
its own ideas, and without it SQLite read every idea of every workshop in the database, once per
phone of a reconnect storm."""
from alembic import op

revision = "core_0004"
down_revision = "core_0003_day_plan"
branch_labels = None
depends_on = None


def upgrade():
    op.create_index("ix_ideas_participant_id", "ideas", ["participant_id"])


def downgrade():
    op.drop_index("ix_ideas_participant_id", "ideas")
