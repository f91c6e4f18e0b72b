"""The command line's offline commands (export, import, purge, backup): they work on the database
without a server, so nothing here is monkey-patched or imports the live layer (cli.py serves)."""
import os
import sys


def env_int(name):
    value = os.environ.get(name)
    return int(value) if value else None


def _offline_app(args):
    """The app without a server, for commands that work on the database."""
    from .app import create_app
    return create_app({"DATA_DIR": args.data_dir, "DATABASE_URL": args.database, **privacy(None)})


def privacy(given):
    """MIN_ANSWERS_SHOWN from the option or FACILITATOR_MIN_ANSWERS_SHOWN, if either is set."""
    value = given if given is not None else env_int("FACILITATOR_MIN_ANSWERS_SHOWN")
    return {} if value is None else {"MIN_ANSWERS_SHOWN": max(1, value)}


def export(args):
    from .db import transaction
    from .domain.workshops import by_code
    from .report.dump import dump
    from .report.formats import WRITERS
    from .report.runsheet import WRITERS as SHEETS
    app = _offline_app(args)
    with app.app_context(), transaction(app.extensions["facilitator.engine"]) as conn:
        workshop = by_code(conn, args.workshop)
        if workshop is None:
            print(f"No workshop with the code {args.workshop!r}.", file=sys.stderr)
            return 1
        body = {**WRITERS, **SHEETS}[args.format](dump(conn, workshop["id"]))
    if args.output == "-":
        sys.stdout.buffer.write(body if isinstance(body, bytes) else body.encode())
    else:
        with open(args.output, "wb") as handle:
            handle.write(body if isinstance(body, bytes) else body.encode())
    return 0


def import_(args):
    import json
    from .db import transaction
    from .report.dump import load
    app = _offline_app(args)
    try:
        with open(args.file, encoding="utf-8") as handle:
            document = json.load(handle)
        with transaction(app.extensions["facilitator.engine"]) as conn:
            workshop = load(conn, document)
    except (OSError, ValueError, KeyError, TypeError) as error:
        print(f"Could not import {args.file}: {error}", file=sys.stderr)
        return 1
    print(f"Imported {workshop['title']!r} as workshop {workshop['code']}.")
    print(f"Facilitator link: /w/{workshop['code']}/facilitate/{workshop['secret']}")
    return 0


def purge_(args):
    from .domain.lifecycle import purge
    app = _offline_app(args)
    count = purge(app.extensions["facilitator.engine"], args.older_than)
    print(f"Deleted {count} workshop(s) whose day ended more than {args.older_than} days ago.")
    return 0


def backup_(args):
    import sqlite3
    from sqlalchemy import create_engine
    from .app import DEFAULTS, database_url
    from .migrations import UpgradeError, backup
    engine = create_engine(database_url({**DEFAULTS, "DATA_DIR": args.data_dir, "DATABASE_URL": args.database}))
    try:
        path = backup(engine, args.path)
    except (UpgradeError, OSError, sqlite3.Error) as error:
        print(f"Could not back up the database: {error}", file=sys.stderr)
        return 1
    print(f"Backed up the database to {path}. To restore it, stop the server and copy it back in "
          f"place of {engine.url.database}.")
    return 0
