"""The action plan's tables: what, who, by when; and who volunteered."""
from sqlalchemy import Column, Float, ForeignKey, Integer, String, Table, Text, UniqueConstraint

from ...db import metadata, step_columns

actions = Table(
    "actions", metadata,
    *step_columns(),
    Column("client_id", String(64), nullable=False),
    Column("what", Text, nullable=False),
    Column("who", String(200), nullable=False, default=""),
    Column("due", String(40), nullable=False, default=""),
    Column("position", Integer, nullable=False, default=0),
    # Follow-up across a series of sessions: done / in_progress / not_started / dropped.
    Column("status", String(20), nullable=False, default="not_started"),
    # Carried over from an earlier session of the series: that session's title and date.
    Column("origin", String(200), nullable=True),
    Column("created_at", Float, nullable=False),
    UniqueConstraint("workshop_id", "client_id"),
)

action_volunteers = Table(
    "action_volunteers", metadata,
    Column("action_id", ForeignKey("actions.id", ondelete="CASCADE"), primary_key=True),
    Column("participant_id", ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True),
)
