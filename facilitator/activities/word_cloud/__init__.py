"""The word cloud (sanapilvi): everyone sends one to three words or short phrases; the projector
shows a live cloud of their base forms (inflected forms are one word), each person counted once
per word, filler words left out; the facilitator can take a word out, and keep the cloud hidden
until revealing it."""
from .. import SWITCH, ActivityType, Table
from . import domain
from .tables import word_cloud_answers, word_cloud_hidden

activity = ActivityType(
    "word_cloud", __name__, opens_on_start=True, submissions="answers", reveal="results",
    # With `hidden` on, the cloud stays off the projector and the phones until revealed.
    options={"hidden": SWITCH},
    result=domain.result, on_start=domain.on_start, snapshot=domain.snapshot, mine=domain.mine,
    tables=(Table("word_cloud_answers", word_cloud_answers, ("step_id", "participant_id", "words", "updated_at"),
                  links={"step_id": "steps", "participant_id": "participants"}, json_fields=("words",)),
            Table("word_cloud_hidden", word_cloud_hidden, ("step_id", "word"), links={"step_id": "steps"})))
