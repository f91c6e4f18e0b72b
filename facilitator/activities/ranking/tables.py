"""Ranking: the options of a step, and each participant's place for each option."""
from sqlalchemy import Column, Float, ForeignKey, Index, Integer, Table, Text, UniqueConstraint

from ...db import metadata, step_columns

ranking_options = Table(
    "ranking_options", metadata,
    *step_columns(),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

# One row per participant and option: the place (0 = first) the participant gave it. Ranking
# again replaces the rows, so a retry never doubles. A row stands on its own (its points are
# its place's), so an anonymous export may unlink the rows from one another.
ranking_places = Table(
    "ranking_places", metadata,
    *step_columns(step_index=True),
    Column("participant_id", ForeignKey("participants.id", ondelete="CASCADE"), nullable=False),
    Column("option_id", ForeignKey("ranking_options.id", ondelete="CASCADE"), nullable=False),
    Column("place", Integer, nullable=False),
    Column("updated_at", Float, nullable=False),
    UniqueConstraint("participant_id", "option_id"),
    # A participant's own places in a step: read and replaced for every ranking sent (without it
    # SQLite searched by the step and read every phone's rows, once per phone in a storm).
    Index("ix_ranking_places_step_participant", "step_id", "participant_id"),
)
