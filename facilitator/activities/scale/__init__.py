"""A scale: everyone answers 0–10 on their phone; the distribution is revealed."""
from ...domain.responses import distribution
from .. import ActivityType, Answer

activity = ActivityType(
    "scale", __name__, opens_on_start=True, submissions="answers", reveal="results",
    answer=Answer(lambda options: range(0, 11)), result=distribution)
