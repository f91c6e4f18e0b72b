"""The built-in activity types. Each is a declaration; what is particular to one lives in its
own module and is named here as a hook."""
import json

from . import actions, consent, pairing, responses, votes
from .activities import ActivityType, Answer, NumberOption, register

SWITCH = NumberOption(0, 1, 0)


def _seed_consent(conn, workshop, step):
    """The first round's proposal: the top-voted items of the vote before (the ground rules the
    group chose), else the step's prompt."""
    if consent.latest_round(conn, step["id"]) is not None:
        return []
    top = votes.top_before(conn, step, json.loads(step["options"]).get("seed_count", 5))
    proposal = "\n".join(t["text"] for t in top) or step["prompt"] or step["title"]
    consent.open_round(conn, workshop["id"], step, proposal)
    return [consent.round_change(conn, workshop["id"], step)]


def _start_pairing(conn, workshop, step):
    change = pairing.start(conn, workshop, step)
    return [change] if change else []


BRAINSTORM = register(ActivityType(
    "brainstorm", takes_ideas=True, opens_on_start=True,
    # Private writing: ideas stay hidden from the others until the facilitator reveals them.
    options={"private": SWITCH}))
CLUSTER = register(ActivityType("cluster", uses_source=True))
DOT_VOTE = register(ActivityType(
    "dot_vote", takes_votes=True, uses_source=True, opens_on_start=True, summary=votes.tally,
    options={"dots_per_person": NumberOption(1, 20, 3), "max_dots_per_item": NumberOption(1, 20, 2)}))
SCALE = register(ActivityType(
    "scale", answer=Answer(lambda options: range(0, 11)), opens_on_start=True,
    summary=responses.distribution))
CONSENT = register(ActivityType(
    "consent", opens_on_start=True, summary=consent.summary, on_start=_seed_consent,
    answer=Answer(lambda options: range(0, 3) if options.get("thumbs") else range(0, 6), text_limit=280),
    options={"thumbs": SWITCH, "seed_count": NumberOption(0, 10, 5)}))
PAIRING = register(ActivityType(
    "pairing", takes_ideas=True, opens_on_start=True, on_start=_start_pairing,
    idea_group=pairing.group_of,
    options={"group_size": NumberOption(2, 6, 2), "merge_previous": SWITCH}))
ACTION_PLAN = register(ActivityType(
    "action_plan", opens_on_start=True, on_start=actions.seed,
    options={"seed_count": NumberOption(0, 10, 3)}))
# The series review: the facilitator sets the status of each action carried over from last time.
REVIEW = register(ActivityType("review"))
FEEDBACK = register(ActivityType(
    "feedback", answer=Answer(lambda options: range(1, 6), text_limit=500), opens_on_start=True,
    summary=responses.distribution))
