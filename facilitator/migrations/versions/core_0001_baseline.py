"""The whole schema as it was before migrations (made by create_all up to main d4da464): the core's
tables and the built-in activity types' (the dot vote's votes, the consent rounds, the pairings,
the actions and their volunteers), which were core tables then.

A database from then is stamped here (facilitator/migrations/__init__.py); a new database is made
from the metadata and stamped at the heads, so this revision never runs on an empty database.
"""
revision = "core_0001"
down_revision = None
branch_labels = ("core",)
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
