"""Clustering: the facilitator groups an earlier step's ideas into named clusters (themes) on the
console while the room watches the wall, helped by suggested themes (suggestions.py); several
ideas move at once and every move can be undone (domain.py)."""
from .. import ActivityType
# The undo history and the dismissed suggestions join the metadata with the type, so a new
# database has their tables (they are not exported: see tables.py).
from . import tables  # noqa: F401

activity = ActivityType("cluster", __name__, uses_source=True)
