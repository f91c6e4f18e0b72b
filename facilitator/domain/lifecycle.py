"""Deleting workshops for good, by hand or after the retention time.

What was said in the room is confidential: deleting removes every row of the workshop, and on
SQLite the freed pages are overwritten (secure_delete) and the write-ahead log is emptied, so the
text does not linger in the file.
"""
import time

from sqlalchemy import delete as delete_rows, select, text

from .. import activities, db

# The core's tables, children first, so that it works with or without foreign-key enforcement.
CORE_TABLES = (db.responses, db.ideas, db.clusters, db.participants, db.steps)


def delete(engine, workshop_id):
    with engine.begin() as conn:
        # The activity types' own tables first, each type's in reverse (children before parents);
        # a table without a workshop_id goes through its parent's rows.
        for spec in reversed(activities.tables()):
            if spec.parent is None:
                conn.execute(delete_rows(spec.table).where(spec.table.c.workshop_id == workshop_id))
                continue
            field, parent_name = spec.parent
            parent = next(t.table for t in activities.tables() if t.name == parent_name)
            owned = select(parent.c.id).where(parent.c.workshop_id == workshop_id)
            conn.execute(delete_rows(spec.table).where(spec.table.c[field].in_(owned)))
        for table in CORE_TABLES:
            conn.execute(delete_rows(table).where(table.c.workshop_id == workshop_id))
        conn.execute(delete_rows(db.workshops).where(db.workshops.c.id == workshop_id))
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            # Old versions of the pages live on in the write-ahead log until it is checkpointed.
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))


def expired(engine, days, now=None):
    """Ids of workshops whose day ended more than `days` days ago."""
    limit = (now or time.time()) - days * 86400
    with engine.connect() as conn:
        return conn.execute(select(db.workshops.c.id).where(
            db.workshops.c.closed_at.is_not(None), db.workshops.c.closed_at < limit)).scalars().all()


def purge(engine, days, now=None):
    """Deletes every workshop past the retention time; returns how many."""
    ids = expired(engine, days, now)
    for workshop_id in ids:
        delete(engine, workshop_id)
    return len(ids)
