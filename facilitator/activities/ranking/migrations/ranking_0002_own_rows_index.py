"""An index on ranking_places (step_id, participant_id): a phone's own rows in a step are read for
everything it sends, and searched by the step alone SQLite read every phone's rows each time."""
from alembic import op

revision = "ranking_0002"
down_revision = "ranking_0001"
branch_labels = None
depends_on = None


def upgrade():
    op.create_index("ix_ranking_places_step_participant", "ranking_places", ["step_id", "participant_id"])


def downgrade():
    op.drop_index("ix_ranking_places_step_participant", "ranking_places")
