"""Indexes on questions and question_votes (step_id, participant_id): a phone's own rows in a
step are read for everything it sends, and searched by the step alone SQLite read every phone's
rows each time (in an upvote storm, every upvote read all the others)."""
from alembic import op

revision = "questions_0002"
down_revision = "questions_0001"
branch_labels = None
depends_on = None

INDEXES = {"ix_questions_step_participant": "questions", "ix_question_votes_step_participant": "question_votes"}


def upgrade():
    for name, table in INDEXES.items():
        op.create_index(name, table, ["step_id", "participant_id"])


def downgrade():
    for name, table in INDEXES.items():
        op.drop_index(name, table)
