"""The weather check-in (sääkartta), an activity type of this package's own: everyone picks the
weather that fits how they arrive (sun to thunder) and may add a word; the projector shows the
room's weather map once the facilitator reveals it.

Everything it needs is in this folder: its declaration here, its table, domain and result,
its socket event, its report section and its front end for the phone, the projector and the
console, with texts in Finnish and English.
"""
from facilitator.activities import ActivityType, NumberOption, Table

from . import domain
from .tables import weather_answers

activity = ActivityType(
    "weather", __name__, opens_on_start=True, submissions="answers", reveal="results",
    # With words on, a phone may add one word or a short phrase to its weather.
    options={"words": NumberOption(0, 1, 1)},
    result=domain.result, mine=domain.mine,
    tables=(Table("weather_answers", weather_answers, ("step_id", "participant_id", "weather", "word",
                                                      "updated_at"),
                  links={"step_id": "steps", "participant_id": "participants"}),))
