"""Alembic's environment: migrations run on the connection `facilitator.migrations` hands over."""
from alembic import context

from facilitator.db import metadata

connection = context.config.attributes["connection"]
# SQLite alters a table by copying it ("batch" mode); PostgreSQL alters it in place.
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
