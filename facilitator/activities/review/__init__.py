"""The series review: a session of a series opens by going through what was agreed last time,
and the facilitator sets each carried-over action's status with the group."""
from .. import ActivityType
from .domain import carry_over

activity = ActivityType("review", __name__, carry_over=carry_over)
