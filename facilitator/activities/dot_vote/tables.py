"""The dot vote's table: each dot is a row named by the phone's client id."""
from sqlalchemy import Column, Float, ForeignKey, Index, Integer, String, Table, UniqueConstraint

from ...db import metadata, step_columns

votes = Table(
    "votes", metadata,
    *step_columns(step_index=True),
    Column("participant_id", ForeignKey("participants.id", ondelete="CASCADE"), nullable=False),
    Column("client_id", String(64), nullable=False),
    Column("target_type", String(10), nullable=False),
    Column("target_id", Integer, nullable=False),
    Column("created_at", Float, nullable=False),
    UniqueConstraint("participant_id", "client_id"),
    # A participant's own dots in a step: read for every dot they spend.
    Index("ix_votes_step_participant", "step_id", "participant_id"),
)
