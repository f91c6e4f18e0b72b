"""Schema migrations with Alembic: upgrading keeps every workshop.

The core's revisions are in versions/ (branch "core"); an activity type brings its own in its
folder's migrations/ (branch named after the type, its first revision depending on the core's
baseline), found through the registry, so a plugin's tables migrate like the core's. A type with
tables but no migrations gets its tables created once (never altered).

`upgrade(engine)` runs at every start: a new database is made from the metadata and stamped at
the heads; one made before migrations (tables, no alembic_version) is stamped at the baseline and
upgraded; any other is upgraded, after a backup of the SQLite file when there is anything to do.
"""
import datetime
import logging
import re
import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, text

from .. import activities
from ..db import metadata

log = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
BASELINE = "core_0001"  # the schema create_all made before migrations


class UpgradeError(Exception):
    """The database could not be upgraded; it is as it was (and backed up)."""


def version_locations():
    folders = [HERE / "versions"]
    folders += [kind.folder / "migrations" for kind in activities.all_types()
                if (kind.folder / "migrations").is_dir()]
    return [str(folder) for folder in folders]


def config(connection=None):
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.set_main_option("path_separator", "os")
    cfg.set_main_option("version_locations", ":".join(version_locations()))
    cfg.attributes["connection"] = connection
    return cfg


_REVISION = re.compile(r"""^(down_revision|revision)\s*=\s*(.*)$""", re.M)


def heads():
    """The revisions no other revision follows, read from the migration files themselves: at
    every start the server compares them with the database's, and only a database that is behind
    needs Alembic (whose import alone costs a fifth of a second)."""
    revisions, parents = set(), set()
    for folder in version_locations():
        for path in Path(folder).glob("*.py"):
            for field, value in _REVISION.findall(path.read_text(encoding="utf-8")):
                # A merge names several parents: ("a", "b").
                (revisions if field == "revision" else parents).update(re.findall(r"""["']([\w-]+)["']""", value))
    return revisions - parents


def current(connection):
    return {row[0] for row in connection.execute(text("SELECT version_num FROM alembic_version"))}


def backup(engine, target):
    """Copies a SQLite database to `target` with SQLite's online backup (consistent while the
    server runs); returns the path."""
    if engine.dialect.name != "sqlite":
        raise UpgradeError("backups are made with PostgreSQL's own tools (pg_dump)")
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(engine.url.database)
    try:
        with sqlite3.connect(target) as copy:
            source.backup(copy)
    finally:
        source.close()
    return target


def _backup_before_upgrade(engine):
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup(engine, Path(engine.url.database).parent / "backups" / f"facilitator-{stamp}.db")


def _transactional(engine):
    """An engine whose transactions hold DDL too. Python's sqlite3 commits a CREATE or ALTER on its
    own, so a failed upgrade would leave half a schema; this engine, used only to migrate, begins
    every transaction itself (SQLAlchemy's recipe for SQLite)."""
    if engine.dialect.name != "sqlite":
        return engine
    own = create_engine(engine.url)

    @event.listens_for(own, "connect")
    def _no_implicit_transactions(dbapi_connection, _record):
        dbapi_connection.isolation_level = None

    @event.listens_for(own, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN")
    return own


def upgrade(engine):
    """Brings the database's schema to the heads of every installed migration branch."""
    activities.load()  # every type's tables join the metadata, and its migrations the locations
    with engine.connect() as probe:
        tables = set(inspect(probe).get_table_names())
        state = current(probe) if "alembic_version" in tables else None
    target = heads()
    if state == target:
        _create_unmigrated(engine)
        return None
    made = None
    if tables and engine.dialect.name == "sqlite":
        made = _backup_before_upgrade(engine)
        log.warning("upgrading the database schema; a backup is in %s", made)
    migrating = _transactional(engine)
    try:
        with migrating.begin() as conn:
            if engine.dialect.name == "postgresql":
                # Several server processes may start at once: one upgrades, the others wait.
                conn.exec_driver_sql("SELECT pg_advisory_xact_lock(4242001)")
            from alembic import command
            cfg = config(conn)
            if not tables - {"alembic_version"}:
                metadata.create_all(conn)
                command.stamp(cfg, "heads")
            else:
                if state is None:
                    command.stamp(cfg, BASELINE)
                command.upgrade(cfg, "heads")
            metadata.create_all(conn)  # the tables of types that bring no migrations
    except Exception as error:
        where = f" The database is as it was; a copy is in {made}." if made else ""
        raise UpgradeError(f"The database could not be upgraded: {error}.{where}") from error
    finally:
        if migrating is not engine:
            migrating.dispose()
    return made


def _create_unmigrated(engine):
    with engine.begin() as conn:
        metadata.create_all(conn)
