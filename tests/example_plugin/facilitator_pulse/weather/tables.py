"""One weather (and maybe a word) per participant and step."""
from sqlalchemy import Column, Float, ForeignKey, Integer, String, Table, UniqueConstraint

from facilitator.db import metadata, step_columns

weather_answers = Table(
    "weather_answers", metadata,
    *step_columns(),
    Column("participant_id", ForeignKey("participants.id", ondelete="CASCADE"), nullable=False),
    Column("weather", Integer, nullable=False),
    Column("word", String(40), nullable=False, default=""),
    Column("updated_at", Float, nullable=False),
    UniqueConstraint("step_id", "participant_id"),
)
