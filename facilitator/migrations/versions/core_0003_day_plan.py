"""The day in clock time: the workshop's start time and next meeting, each step's facilitator
notes, the shortest its time box may become and whether it may be left out (issue 9)."""
import sqlalchemy as sa
from alembic import op

revision = "core_0003_day_plan"
down_revision = "core_0003"  # after the pause screen (core_0003_blank_screen.py)
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("workshops") as table:
        table.add_column(sa.Column("start_minutes", sa.Integer, nullable=False, server_default="510"))
        table.add_column(sa.Column("next_meeting", sa.String(10), nullable=True))
    with op.batch_alter_table("steps") as table:
        table.add_column(sa.Column("notes", sa.Text, nullable=False, server_default=""))
        table.add_column(sa.Column("min_minutes", sa.Integer, nullable=True))
        table.add_column(sa.Column("optional", sa.Boolean, nullable=False, server_default=sa.false()))


def downgrade():
    with op.batch_alter_table("steps") as table:
        table.drop_column("optional")
        table.drop_column("min_minutes")
        table.drop_column("notes")
    with op.batch_alter_table("workshops") as table:
        table.drop_column("next_meeting")
        table.drop_column("start_minutes")
