"""The weather check-in's table: one weather (and maybe a word) per participant and step.

The package's own migration branch ("weather"): Facilitator finds it in this folder and runs it
when the package is installed beside an existing database.
"""
import sqlalchemy as sa
from alembic import op

revision = "weather_0001"
down_revision = None
branch_labels = ("weather",)
depends_on = "core_0001"


def upgrade():
    op.create_table(
        "weather_answers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("workshop_id", sa.Integer, sa.ForeignKey("workshops.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("step_id", sa.Integer, sa.ForeignKey("steps.id", ondelete="CASCADE"), nullable=False),
        sa.Column("participant_id", sa.Integer, sa.ForeignKey("participants.id", ondelete="CASCADE"), nullable=False),
        sa.Column("weather", sa.Integer, nullable=False),
        sa.Column("word", sa.String(40), nullable=False, server_default=""),
        sa.Column("updated_at", sa.Float, nullable=False),
        sa.UniqueConstraint("step_id", "participant_id"),
    )


def downgrade():
    op.drop_table("weather_answers")
