"""Upgrading keeps every workshop: a database made by the schema before migrations (main at
d4da464, tests/data/before-migrations.sql) is upgraded by `facilitator serve` and holds the same
day as before, exported byte for byte as the old code exported it; a backup is made first."""
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import requests
from sqlalchemy import create_engine

from facilitator.app import create_app
from facilitator.db import transaction
from facilitator.domain import workshops
from facilitator.migrations import UpgradeError, heads, upgrade
from facilitator.report.dump import dump
from server import Server, create_workshop

DATA = Path(__file__).parent / "data"


def old_database(folder):
    folder.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(folder / "facilitator.db") as db:
        db.executescript((DATA / "before-migrations.sql").read_text())
    return folder


def test_a_database_from_before_migrations_keeps_every_workshop(tmp_path):
    folder = old_database(tmp_path / "data")
    expected = json.loads((DATA / "before-migrations.json").read_text())
    with Server(folder) as running:  # the real server upgrades on start
        assert requests.get(f"{running.url}/{expected['code']}").ok
        create_workshop(requests.Session(), running.url)  # and works on the upgraded schema
    assert "backup is in" in running.output
    backups = list((folder / "backups").glob("facilitator-*.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:  # the copy is the database as it was
        assert copy.execute("SELECT count(*) FROM sqlite_master WHERE name='alembic_version'").fetchone() == (0,)
    app = create_app({"DATA_DIR": str(folder)})
    with app.app_context(), transaction(app.extensions["facilitator.engine"]) as conn:
        document = dump(conn, workshops.by_code(conn, expected["code"])["id"])
        versions = {row[0] for row in conn.exec_driver_sql("SELECT version_num FROM alembic_version")}
        indexes = {row[1] for row in conn.exec_driver_sql("PRAGMA index_list(ideas)")}
    export = expected["export"]
    # The columns core_0003_day_plan added, at their defaults.
    export["workshop"].update(start_minutes=510, next_meeting=None)
    for step in export["steps"]:
        step.update(notes="", min_minutes=None, optional=False)
    # The tables of activity types installed since are there, empty; the rest is as it was.
    assert all(document[name] == [] for name in document.keys() - export.keys())
    assert {name: document[name] for name in export} == export
    assert versions == heads() and "ix_ideas_step_id" in indexes
    # Starting again finds nothing to do: no second backup.
    create_app({"DATA_DIR": str(folder)}).extensions["facilitator.engine"].dispose()
    assert len(list((folder / "backups").glob("*.db"))) == 1


def test_a_failed_upgrade_leaves_the_database_as_it_was(tmp_path):
    folder = old_database(tmp_path / "data")
    with sqlite3.connect(folder / "facilitator.db") as db:  # something the migration will trip over
        db.execute("CREATE INDEX ix_ideas_step_id ON ideas (text)")
    engine = create_engine(f"sqlite:///{folder}/facilitator.db")
    try:
        upgrade(engine)
    except UpgradeError as error:
        assert "could not be upgraded" in str(error) and "a copy is in" in str(error)
    else:
        raise AssertionError("the upgrade should have failed")
    with sqlite3.connect(folder / "facilitator.db") as db:
        assert db.execute("SELECT count(*) FROM sqlite_master WHERE name='alembic_version'").fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM workshops").fetchone() == (1,)
    result = subprocess.run([sys.executable, "-m", "facilitator.cli", "serve", "--data-dir", str(folder),
                             "--port", "1", "--host", "127.0.0.1"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "could not be upgraded" in result.stderr
    assert "Traceback" not in result.stderr


def test_backup_command_copies_a_live_database(tmp_path):
    folder = old_database(tmp_path / "data")
    target = tmp_path / "copy.db"
    result = subprocess.run([sys.executable, "-m", "facilitator.cli", "backup", str(target), "--data-dir",
                             str(folder)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "To restore it" in result.stdout
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT count(*) FROM ideas").fetchone()[0] > 20


def test_a_current_database_starts_without_alembic(tmp_path):
    """Every start checks the schema; when it is current that costs no import of Alembic."""
    create_app({"DATA_DIR": str(tmp_path)}).extensions["facilitator.engine"].dispose()
    code = ("import sys; from facilitator.app import create_app; "
            f"create_app({{'DATA_DIR': {str(tmp_path)!r}}}); "
            "sys.exit(1 if any(m.split('.')[0] == 'alembic' for m in sys.modules) else 0)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60).returncode == 0
    assert any(head.startswith("core_") for head in heads())
