"""The full current state of a workshop as one audience may see it."""
import time

from .. import activities
from . import clusters, ideas, participants, responses, steps, workshops
from .privacy import withhold


PROGRESS_KEYS = ("step_id", "activity", "revealed", "dots_spent", "voters", "responses", "withheld", "min_answers")


def progress(results):
    """How far the room is (dots spent, answers given) without what they say: what the projector
    shows before the reveal, so that nobody is steered by the others' answers."""
    return {key: results[key] for key in PROGRESS_KEYS if key in results}


def results(conn, step):
    """The step's complete results (what its type counts), or None if its type has none."""
    result = activities.get(step["activity"]).result if step else None
    return result(conn, step) if result else None


def current_tally(conn, workshop, audience, step=None, known=None, min_answers=1):
    """The current step's results as this audience may see them now: all of them for the
    facilitator and, once revealed, for everyone; before that only progress, on the projector.
    `step`: the current step, if the caller has read it; `known`: the step's complete results
    if the caller knows them to be current (the live layer's last tally), else they are counted.
    With fewer than `min_answers` answers only their number, for every audience (privacy.py)."""
    step = step if step is not None else steps.current(conn, workshop)
    result = activities.get(step["activity"]).result if step else None
    if result is None:
        return None
    if audience != "facilitator" and not step["results_revealed"] and audience != "projector":
        return None
    results = known if known is not None and known["step_id"] == step["id"] else result(conn, step)
    if audience == "facilitator" or step["results_revealed"]:
        return withhold(results, min_answers)
    return progress(withhold(results, min_answers))


def shared(conn, workshop, audience, step):
    """What every client of an audience gets alike at this revision. Every change it depends on
    moves the revision, so it can be built once per revision and handed to everyone who asks
    (a reconnect storm of a thousand phones builds it once)."""
    part = {
        "rev": workshop["revision"],
        "role": audience,
        "workshop": workshops.public(workshop),
        "steps": steps.serialize(steps.rows(conn, workshop["id"]), workshop["start_minutes"],
                                 notes=audience == "facilitator"),
        "ideas": ideas.listed(conn, workshop, include_hidden=audience == "facilitator"),
        "clusters": clusters.listed(conn, workshop["id"]),
        "timer": workshops.timer(workshop),
        # Ideas written so far in private steps not yet revealed (the projector shows the count).
        "private_counts": ideas.private_counts(conn, workshop["id"]),
    }
    for kind in activities.all_types():
        if kind.snapshot:
            part.update(kind.snapshot(conn, workshop, step, audience))
    return part


def build(conn, workshop, audience, participant=None, cache=None, known_results=None, step=None, min_answers=1):
    """The envelope is the core's; each activity type adds its own keys (its pairs, its consent
    rounds, the day's actions...). `cache`, a dict the caller keeps, holds the shared part of
    each workshop and audience at its latest revision; what does not move the revision (the
    results, the participant count, the clock) and what is the participant's own is added fresh.
    `step` given: `workshop` and it were read in this transaction (else both are read again);
    `known_results`: see current_tally."""
    if step is None:
        workshop = workshops.get(conn, workshop["id"])
        step = steps.current(conn, workshop)
    key = (workshop["id"], audience)
    cached = cache.get(key) if cache is not None else None
    if cached is not None and cached["rev"] == workshop["revision"]:
        part = cached
    else:
        part = shared(conn, workshop, audience, step)
        if cache is not None:
            cache[key] = part
    snapshot = {**part, "server_time": int(time.time() * 1000),
                "participants": participants.count(conn, workshop["id"]),
                "tally": current_tally(conn, workshop, audience, step, known_results, min_answers)}
    if participant is not None:
        own = ideas.own_private(conn, workshop, participant["id"]) + ideas.own_hidden(conn, workshop, participant["id"])
        if own:
            snapshot["ideas"] = sorted(part["ideas"] + own, key=lambda i: (i["position"], i["id"]))
        me = {
            "id": participant["id"],
            "nickname": participant["nickname"],
            "idea_ids": ideas.ids_by(conn, participant["id"]),
            "answer": responses.mine(conn, step, participant["id"]),
        }
        for kind in activities.all_types():
            if kind.mine:
                me.update(kind.mine(conn, workshop, step, participant))
        snapshot["me"] = me
    return snapshot
