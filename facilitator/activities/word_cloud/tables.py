"""The word cloud: each participant's entries in a step, and the words the facilitator hid."""
from sqlalchemy import Column, Float, ForeignKey, String, Table, Text, UniqueConstraint

from ...db import metadata, step_columns

# One row per participant and step, holding all their entries (JSON, at most three): sending
# again replaces it, so a retry never doubles, and an anonymous export that unlinks rows from
# one another still counts each person once per word (their entries stay together).
word_cloud_answers = Table(
    "word_cloud_answers", metadata,
    *step_columns(step_index=True),
    Column("participant_id", ForeignKey("participants.id", ondelete="CASCADE"), nullable=False),
    Column("words", Text, nullable=False),
    Column("updated_at", Float, nullable=False),
    UniqueConstraint("step_id", "participant_id"),
)

# A word (as the cloud shows it: its base form) the facilitator took out of the cloud.
word_cloud_hidden = Table(
    "word_cloud_hidden", metadata,
    *step_columns(),
    Column("word", String(200), nullable=False),
    UniqueConstraint("step_id", "word"),
)
