"""Brainstorm: everyone writes ideas on their phone; they go up on the wall, or, in private
writing, stay hidden from the room until the facilitator reveals them."""
import json

from ...domain.ideas import reveal_change
from .. import SWITCH, ActivityType


def _private(step):
    return bool(json.loads(step["options"]).get("private")) and not step["results_revealed"]


def _reveal(conn, workshop, step):
    return [reveal_change(conn, workshop, step)]


activity = ActivityType(
    "brainstorm", __name__, takes_ideas=True, opens_on_start=True, submissions="ideas",
    reveal="ideas", reveal_option="private",
    # Silent writing: ideas stay hidden from the others until the facilitator reveals them.
    # Named: in an anonymous workshop, this step's ideas show their writers' nicknames
    # (domain/privacy.shows_names); the phone says so.
    options={"private": SWITCH, "named": SWITCH}, ideas_private=_private, on_reveal=_reveal)
