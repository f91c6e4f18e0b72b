"""Clustering: the facilitator groups an earlier step's ideas into named clusters (themes) on the
console while the room watches the wall."""
from .. import ActivityType

activity = ActivityType("cluster", __name__, uses_source=True)
