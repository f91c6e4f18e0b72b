"""Feedback: a rating from 1 to 5 with an optional comment, anonymous; revealed at the end."""
from ...domain.responses import distribution
from .. import ActivityType, Answer

activity = ActivityType(
    "feedback", __name__, opens_on_start=True, submissions="answers", reveal="results",
    anonymous_answers=True, answer=Answer(lambda options: range(1, 6), text_limit=500), result=distribution)
