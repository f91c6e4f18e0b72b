"""Consent rounds: each round keeps its proposal; the answers are the workshop's answers
(responses) of that round."""
from sqlalchemy import Column, Float, Integer, String, Table, Text, UniqueConstraint

from ...db import metadata, step_columns

consent_rounds = Table(
    "consent_rounds", metadata,
    *step_columns(),
    Column("round", Integer, nullable=False),
    Column("proposal", Text, nullable=False),
    Column("outcome", String(20), nullable=True),  # agreed / not_agreed, once decided
    Column("started_at", Float, nullable=False),
    UniqueConstraint("step_id", "round"),
)
