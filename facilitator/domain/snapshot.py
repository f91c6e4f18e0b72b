"""The full current state of a workshop as one audience may see it."""
import time

from . import activities, clusters, ideas, participants, steps, votes, workshops


def current_tally(conn, workshop, audience):
    """The current step's tally, if it is a vote and this audience may see it now."""
    step = steps.current(conn, workshop)
    if step is None or not activities.get(step["activity"]).takes_votes:
        return None
    if audience != "facilitator" and not step["results_revealed"]:
        return None
    return votes.tally(conn, step)


def build(conn, workshop, audience, join_url, participant=None):
    workshop = workshops.get(conn, workshop["id"])
    snapshot = {
        "rev": workshop["revision"],
        "server_time": int(time.time() * 1000),
        "role": audience,
        "workshop": workshops.public(workshop, join_url),
        "steps": steps.serialize(steps.rows(conn, workshop["id"])),
        "ideas": ideas.listed(conn, workshop, include_hidden=audience == "facilitator"),
        "clusters": clusters.listed(conn, workshop["id"]),
        "timer": workshops.timer(workshop),
        "participants": participants.count(conn, workshop["id"]),
        "tally": current_tally(conn, workshop, audience),
    }
    if participant is not None:
        step = steps.current(conn, workshop)
        snapshot["me"] = {
            "nickname": participant["nickname"],
            "idea_ids": ideas.ids_by(conn, participant["id"]),
            "votes": votes.mine(conn, step["id"], participant["id"]) if step else [],
        }
    return snapshot

