"""Questions with upvotes: the questions of a step, and each participant's upvotes on them."""
from sqlalchemy import Boolean, Column, Float, ForeignKey, Index, String, Table, Text, UniqueConstraint

from ...db import metadata, step_columns

questions = Table(
    "questions", metadata,
    *step_columns(step_index=True),
    # Who asked: the phone finds its own questions by it; never sent to anyone else, and unlinked
    # in an anonymous export (report/dump.py).
    Column("participant_id", ForeignKey("participants.id", ondelete="SET NULL"), nullable=True),
    Column("client_id", String(64), nullable=False),
    Column("text", Text, nullable=False),
    # pending (waiting for the facilitator's approval), shown, or hidden (moderated away).
    Column("status", String(10), nullable=False),
    Column("answered", Boolean, nullable=False, default=False),
    # The one question the projector shows big, if any.
    Column("highlighted", Boolean, nullable=False, default=False),
    Column("created_at", Float, nullable=False),
    UniqueConstraint("participant_id", "client_id"),
    # A participant's own questions in a step: counted for every question asked, and in every snapshot.
    Index("ix_questions_step_participant", "step_id", "participant_id"),
)

# Each upvote is a row named by the phone's client id; withdrawing marks it withdrawn rather than
# deleting it, so that a late retry of the same upvote finds it and changes nothing.
question_votes = Table(
    "question_votes", metadata,
    *step_columns(step_index=True),
    Column("question_id", ForeignKey("questions.id", ondelete="CASCADE"), nullable=False),
    Column("participant_id", ForeignKey("participants.id", ondelete="CASCADE"), nullable=False),
    Column("client_id", String(64), nullable=False),
    Column("withdrawn", Boolean, nullable=False, default=False),
    Column("created_at", Float, nullable=False),
    UniqueConstraint("participant_id", "client_id"),
    Index("ix_question_votes_question_participant", "question_id", "participant_id"),
    # A participant's own upvotes in a step: read for every upvote (without it SQLite searched by
    # the step and read every phone's upvotes, once per upvote in a storm).
    Index("ix_question_votes_step_participant", "step_id", "participant_id"),
)
