"""The database: table definitions and the engine.

SQLAlchemy Core keeps one schema for SQLite (the embedded default) and PostgreSQL (several server
processes). Every change runs in `transaction()`, which commits before the caller acknowledges or
broadcasts anything.
"""
from contextlib import contextmanager

from sqlalchemy import (
    Boolean, Column, Float, ForeignKey, Integer, MetaData, String, Table, Text, UniqueConstraint,
    create_engine, event,
)

metadata = MetaData()

workshops = Table(
    "workshops", metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(12), nullable=False, unique=True),
    Column("secret", String(64), nullable=False),
    Column("title", String(120), nullable=False),
    Column("organisation", String(120), nullable=False, default=""),
    Column("date", String(10), nullable=True),
    Column("language", String(5), nullable=False, default="fi"),
    Column("anonymous", Boolean, nullable=False, default=True),
    Column("locked", Boolean, nullable=False, default=False),
    Column("revision", Integer, nullable=False, default=0),
    Column("started", Boolean, nullable=False, default=False),
    Column("current_step_id", Integer, nullable=True),
    Column("timer_ends_at", Float, nullable=True),
    Column("timer_seconds", Integer, nullable=False, default=0),
    Column("created_at", Float, nullable=False),
)

steps = Table(
    "steps", metadata,
    Column("id", Integer, primary_key=True),
    Column("workshop_id", ForeignKey("workshops.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("activity", String(40), nullable=False),
    Column("title", String(120), nullable=False),
    Column("prompt", Text, nullable=False, default=""),
    Column("time_box_minutes", Integer, nullable=True),
    Column("options", Text, nullable=False, default="{}"),
    Column("source_step_id", Integer, nullable=True),
    Column("state", String(10), nullable=False, default="pending"),
    Column("submissions_open", Boolean, nullable=False, default=False),
    Column("results_revealed", Boolean, nullable=False, default=False),
    Column("started_at", Float, nullable=True),
    Column("ended_at", Float, nullable=True),
)

participants = Table(
    "participants", metadata,
    Column("id", Integer, primary_key=True),
    Column("workshop_id", ForeignKey("workshops.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("token", String(64), nullable=False, unique=True),
    Column("nickname", String(40), nullable=True),
    Column("joined_at", Float, nullable=False),
)

clusters = Table(
    "clusters", metadata,
    Column("id", Integer, primary_key=True),
    Column("workshop_id", ForeignKey("workshops.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("step_id", ForeignKey("steps.id", ondelete="CASCADE"), nullable=False),
    Column("client_id", String(64), nullable=False),
    Column("title", String(80), nullable=False),
    Column("position", Integer, nullable=False, default=0),
    UniqueConstraint("workshop_id", "client_id"),
)

ideas = Table(
    "ideas", metadata,
    Column("id", Integer, primary_key=True),
    Column("workshop_id", ForeignKey("workshops.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("step_id", ForeignKey("steps.id", ondelete="CASCADE"), nullable=False),
    Column("participant_id", ForeignKey("participants.id", ondelete="SET NULL"), nullable=True),
    # Who may retry with this client_id: a participant's id, or 0 for the facilitator.
    Column("author_key", Integer, nullable=False),
    Column("client_id", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("cluster_id", ForeignKey("clusters.id", ondelete="SET NULL"), nullable=True),
    Column("position", Integer, nullable=False, default=0),
    Column("hidden", Boolean, nullable=False, default=False),
    Column("created_at", Float, nullable=False),
    UniqueConstraint("workshop_id", "author_key", "client_id"),
)

votes = Table(
    "votes", metadata,
    Column("id", Integer, primary_key=True),
    Column("workshop_id", ForeignKey("workshops.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("step_id", ForeignKey("steps.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("participant_id", ForeignKey("participants.id", ondelete="CASCADE"), nullable=False),
    Column("client_id", String(64), nullable=False),
    Column("target_type", String(10), nullable=False),
    Column("target_id", Integer, nullable=False),
    Column("created_at", Float, nullable=False),
    UniqueConstraint("participant_id", "client_id"),
)


def _sqlite_pragmas(dbapi_connection, _record):
    cursor = dbapi_connection.cursor()
    # WAL lets readers (snapshots) run beside the writer; FULL makes a commit durable before we
    # acknowledge it, even if the laptop's battery dies right after.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url):
    """An engine for `url`, with the schema created if it is missing."""
    is_sqlite = url.startswith("sqlite")
    kwargs = {"connect_args": {"check_same_thread": False}} if is_sqlite else {}
    engine = create_engine(url, **kwargs)
    if is_sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
    metadata.create_all(engine)
    return engine


@contextmanager
def transaction(engine):
    """A connection in a transaction that commits when the block ends without an exception."""
    with engine.begin() as conn:
        yield conn
