"""Clustering's tables: what a move can be undone to, and the suggestions the facilitator
dismissed.

Both are the console's working memory, not the day's record: they are not declared as the
type's `tables`, so no export carries them (an imported day starts with nothing to undo). Their
rows go with the workshop, its steps and its ideas through the foreign keys (ON DELETE CASCADE;
the database enforces them, db.py), and they hold no text."""
from sqlalchemy import Boolean, Column, ForeignKey, Integer, Table

from ...db import metadata, step_columns

# One row per idea a move (or an accepted theme, or a merge) took: where it was before. The rows
# of one move share `move`, counting up per step; undo takes the step's last move back.
cluster_undo = Table(
    "cluster_undo", metadata,
    *step_columns(step_index=True),
    Column("move", Integer, nullable=False),
    Column("idea_id", ForeignKey("ideas.id", ondelete="CASCADE"), nullable=False),
    # Where the idea was: its cluster (null: unsorted; a cluster deleted since: unsorted too).
    Column("cluster_id", ForeignKey("clusters.id", ondelete="SET NULL"), nullable=True),
    Column("position", Integer, nullable=False),
    # The move hid the idea (a merge): undo shows it again.
    Column("unhide", Boolean, nullable=False, default=False),
    # The move made this cluster (an accepted theme): undo removes it.
    Column("made_cluster_id", ForeignKey("clusters.id", ondelete="SET NULL"), nullable=True),
)

# A dismissed suggestion: its ideas, one row each, sharing `dismissal`.
cluster_dismissed = Table(
    "cluster_dismissed", metadata,
    *step_columns(step_index=True),
    Column("dismissal", Integer, nullable=False),
    Column("idea_id", ForeignKey("ideas.id", ondelete="CASCADE"), nullable=False),
)
