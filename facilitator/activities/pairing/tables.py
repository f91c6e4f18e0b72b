"""Pair work's table: who was in which group of which round."""
from sqlalchemy import Column, ForeignKey, Integer, Table, UniqueConstraint

from ...db import metadata, step_columns

pairings = Table(
    "pairings", metadata,
    *step_columns(),
    Column("round", Integer, nullable=False),
    Column("group_number", Integer, nullable=False),
    Column("participant_id", ForeignKey("participants.id", ondelete="CASCADE"), nullable=False),
    UniqueConstraint("step_id", "round", "participant_id"),
)
