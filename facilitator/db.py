"""The database: table definitions and the engine.

SQLAlchemy Core keeps one schema for SQLite (the embedded default) and PostgreSQL (several server
processes). These are the core's tables; each activity type defines its own in its folder, on the
same metadata. Every change runs in `transaction()`, which commits before the caller acknowledges or
broadcasts anything.
"""
from contextlib import contextmanager

from sqlalchemy import (
    Boolean, Column, Float, ForeignKey, Integer, MetaData, String, Table, Text, UniqueConstraint,
    create_engine, event,
)

metadata = MetaData()


def step_columns(step_index=False):
    """The columns every table of a step's rows starts with: its id, its workshop (deleting the
    workshop deletes the row) and its step. Activity types' tables use them too."""
    return [Column("id", Integer, primary_key=True),
            Column("workshop_id", ForeignKey("workshops.id", ondelete="CASCADE"), nullable=False, index=True),
            Column("step_id", ForeignKey("steps.id", ondelete="CASCADE"), nullable=False, index=step_index)]

workshops = Table(
    "workshops", metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(12), nullable=False, unique=True),
    Column("secret", String(64), nullable=False),
    Column("title", String(120), nullable=False),
    Column("organisation", String(120), nullable=False, default=""),
    Column("facilitator_name", String(120), nullable=False, default=""),
    Column("date", String(10), nullable=True),
    Column("language", String(5), nullable=False, default="fi"),
    Column("anonymous", Boolean, nullable=False, default=True),
    Column("locked", Boolean, nullable=False, default=False),
    Column("revision", Integer, nullable=False, default=0),
    Column("started", Boolean, nullable=False, default=False),
    Column("current_step_id", Integer, nullable=True),
    Column("timer_ends_at", Float, nullable=True),
    Column("timer_seconds", Integer, nullable=False, default=0),
    Column("goals", Text, nullable=False, default=""),
    Column("created_at", Float, nullable=False),
    # When the day ended (the retention setting counts from here).
    Column("closed_at", Float, nullable=True),
    # Earlier sessions of a series, as JSON: their titles, dates, goals and actions.
    Column("series", Text, nullable=False, default="[]"),
    # The projector shows a calm pause screen instead of the step (the phones go on as they are).
    Column("blanked", Boolean, nullable=False, default=False),
    # The clock plan: when the day starts (minutes after midnight, local time; 510 = klo 8.30)
    # and the date of the next meeting agreed at the closing (d.m.yyyy is the pages' business).
    Column("start_minutes", Integer, nullable=False, default=510, server_default="510"),
    Column("next_meeting", String(10), nullable=True),
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
    # Steps added from a library method: which method, which addition of it (a block in the
    # agenda), the method's texts in both languages, and whether the facilitator edited them.
    Column("method_id", String(80), nullable=True),
    Column("block", Integer, nullable=True),
    Column("content", Text, nullable=True),
    Column("edited", Boolean, nullable=False, default=False),
    # The facilitator's own notes (what to say, debrief questions, materials): console and
    # run-sheet only, never in a participant's or the projector's snapshot.
    Column("notes", Text, nullable=False, default="", server_default=""),
    # How far the time box may shrink when the day runs late, and whether the step may be
    # left out then (domain/replan.py).
    Column("min_minutes", Integer, nullable=True),
    Column("optional", Boolean, nullable=False, default=False, server_default="0"),
)

participants = Table(
    "participants", metadata,
    Column("id", Integer, primary_key=True),
    Column("workshop_id", ForeignKey("workshops.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("token", String(64), nullable=False, unique=True),
    Column("nickname", String(40), nullable=True),
    Column("joined_at", Float, nullable=False),
    # Open connections of this phone; "present" for pairing means at least one.
    Column("connections", Integer, nullable=False, default=0),
)

clusters = Table(
    "clusters", metadata,
    *step_columns(),
    Column("client_id", String(64), nullable=False),
    Column("title", String(80), nullable=False),
    Column("position", Integer, nullable=False, default=0),
    UniqueConstraint("workshop_id", "client_id"),
)

ideas = Table(
    "ideas", metadata,
    *step_columns(step_index=True),
    # Indexed: every snapshot of a phone reads its own ideas (migrations/versions/core_0004...).
    Column("participant_id", ForeignKey("participants.id", ondelete="SET NULL"), nullable=True, index=True),
    # Who may retry with this client_id: a participant's id, or 0 for the facilitator.
    Column("author_key", Integer, nullable=False),
    Column("client_id", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("cluster_id", ForeignKey("clusters.id", ondelete="SET NULL"), nullable=True),
    Column("position", Integer, nullable=False, default=0),
    Column("hidden", Boolean, nullable=False, default=False),
    # Written together in a pairing step: the pair's (or group's) number in that round.
    Column("group_number", Integer, nullable=True),
    Column("created_at", Float, nullable=False),
    UniqueConstraint("workshop_id", "author_key", "client_id"),
)

# One answer per participant, step and round: a scale value, a consent score (with an optional
# objection) or a feedback rating (with a comment). Answering again replaces it, so a retry never
# doubles.
responses = Table(
    "responses", metadata,
    *step_columns(step_index=True),
    Column("participant_id", ForeignKey("participants.id", ondelete="CASCADE"), nullable=False),
    Column("round", Integer, nullable=False, default=1),
    Column("value", Integer, nullable=False),
    Column("text", Text, nullable=False, default=""),
    Column("updated_at", Float, nullable=False),
    UniqueConstraint("step_id", "participant_id", "round"),
)

def _sqlite_pragmas(dbapi_connection, _record):
    cursor = dbapi_connection.cursor()
    # WAL lets readers (snapshots) run beside the writer; FULL makes a commit durable before we
    # acknowledge it, even if the laptop's battery dies right after.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # Deleted text is overwritten, not left in free pages (see domain/lifecycle.py).
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def engine_url(url):
    """PostgreSQL goes through pg8000 unless the URL names a driver: pg8000 is pure Python, so
    under eventlet or gevent its sockets are the monkey-patched, cooperative ones and a slow query
    waits alone; a C driver such as psycopg would stall every connection of the process."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+pg8000://" + url[len(prefix):]
    return url


def make_engine(url):
    """An engine for `url`, with the schema created or upgraded (migrations/)."""
    url = engine_url(url)
    is_sqlite = url.startswith("sqlite")
    if is_sqlite:
        kwargs = {"connect_args": {"check_same_thread": False}}
    else:
        # A server process serves many sockets at once; pre-ping survives a database restart.
        kwargs = {"pool_size": 10, "max_overflow": 20, "pool_pre_ping": True}
    engine = create_engine(url, **kwargs)
    if is_sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
    from .migrations import upgrade
    upgrade(engine)
    return engine


@contextmanager
def transaction(engine):
    """A connection in a transaction that commits when the block ends without an exception."""
    with engine.begin() as conn:
        yield conn
