"""The full current state of a workshop as one audience may see it."""
import time

from . import actions, activities, clusters, consent, ideas, pairing, participants, responses, steps
from . import votes, workshops


PROGRESS_KEYS = ("step_id", "activity", "revealed", "dots_spent", "voters", "responses")


def progress(results):
    """How far the room is (dots spent, answers given) without what they say: what the projector
    shows before the reveal, so that nobody is steered by the others' answers."""
    return {key: results[key] for key in PROGRESS_KEYS if key in results}


def current_tally(conn, workshop, audience):
    """The current step's results as this audience may see them now: all of them for the
    facilitator and, once revealed, for everyone; before that only progress, on the projector."""
    step = steps.current(conn, workshop)
    summary = activities.get(step["activity"]).summary if step else None
    if summary is None:
        return None
    if audience == "facilitator" or step["results_revealed"]:
        return summary(conn, step)
    return progress(summary(conn, step)) if audience == "projector" else None


def _current_step_state(conn, step):
    """What the current step adds to the snapshot: its pairs or its consent rounds."""
    if step is None:
        return {}
    if step["activity"] == "pairing":
        return {"pairs": pairing.serialize(conn, step)}
    if step["activity"] == "consent":
        return {"consent": {"step_id": step["id"], "rounds": [
            {k: r[k] for k in ("round", "proposal", "outcome")} for r in consent.rounds(conn, step)]}}
    return {}


def build(conn, workshop, audience, join_url, participant=None):
    workshop = workshops.get(conn, workshop["id"])
    step = steps.current(conn, workshop)
    viewer = participant["id"] if participant else None
    snapshot = {
        "rev": workshop["revision"],
        "server_time": int(time.time() * 1000),
        "role": audience,
        "workshop": workshops.public(workshop, join_url),
        "steps": steps.serialize(steps.rows(conn, workshop["id"])),
        "ideas": ideas.listed(conn, workshop, include_hidden=audience == "facilitator", viewer=viewer),
        "clusters": clusters.listed(conn, workshop["id"]),
        "actions": actions.listed(conn, workshop),
        "timer": workshops.timer(workshop),
        "participants": participants.count(conn, workshop["id"]),
        "tally": current_tally(conn, workshop, audience),
        "pairs": None,
        "consent": None,
        # Ideas written so far in private steps not yet revealed (the projector shows the count).
        "private_counts": ideas.private_counts(conn, workshop["id"]),
        **_current_step_state(conn, step),
    }
    if participant is not None:
        snapshot["me"] = {
            "id": participant["id"],
            "nickname": participant["nickname"],
            "idea_ids": ideas.ids_by(conn, participant["id"]),
            "votes": votes.mine(conn, step["id"], participant["id"]) if step else [],
            "answer": responses.mine(conn, step, participant["id"]),
            "volunteered": actions.volunteered(conn, participant["id"]),
        }
    return snapshot
