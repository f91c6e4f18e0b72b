"""When the day runs late: concrete changes that win the time back, for the facilitator to accept
or ignore.

A change is one of two kinds, both within what the step's method allows: shorten a step's time
box down to its minimum (a shorter break is this too), or leave out a step marked optional (a
1-2-4-All without its fours is a 1-2-All). Only steps still ahead are touched. Pure: the agenda's
rows in, proposals out; applying one is one committed edit (live/day_events.py).
"""
import json

from .errors import require
from .text import identifier, whole_number

# Below this many minutes behind the console proposes nothing: a day breathes.
THRESHOLD = 5


def _ahead(agenda):
    current = next((s for s in agenda if s["state"] == "active"), None)
    after = current["position"] if current else -1
    return [s for s in agenda if s["state"] == "pending" and s["position"] > after]


def _dropped_means(step, language):
    content = json.loads(step["content"]) if step["content"] else {}
    return (content.get(language) or {}).get("if_dropped")


def candidates(agenda, behind, language="fi"):
    """Every change that wins back some of `behind` minutes, best first: the smallest one that wins
    it all back, then those winning back the most; among equals the soonest step."""
    found = []
    for step in _ahead(agenda):
        box = step["time_box_minutes"] or 0
        if step["min_minutes"] and step["min_minutes"] < box:
            new = max(step["min_minutes"], box - max(1, round(behind)))
            found.append({"kind": "shorten", "step_id": step["id"], "title": step["title"],
                          "from": box, "to": new, "saves": box - new, "position": step["position"]})
        if step["optional"] and box:
            found.append({"kind": "drop", "step_id": step["id"], "title": step["title"], "from": box,
                          "to": 0, "saves": box, "position": step["position"],
                          "means": _dropped_means(step, language)})

    def rank(change):
        enough = change["saves"] >= behind
        return (not enough, change["saves"] if enough else -change["saves"], change["kind"] != "shorten",
                change["position"])
    return sorted(found, key=rank)


def proposals(agenda, behind, language="fi"):
    """What the console offers: nothing while the day is on time."""
    return candidates(agenda, behind, language) if behind >= THRESHOLD else []


def check(agenda, kind, step_id, minutes):
    """The change the facilitator accepted, checked against the agenda as it is now: (step, new
    time box) for a shortening, (step, None) for leaving the step out."""
    require(kind in ("shorten", "drop"), "bad_payload", field="kind")
    step_id = identifier(step_id, "step_id")
    step = next((s for s in _ahead(agenda) if s["id"] == step_id), None)
    require(step is not None, "wrong_step")
    if kind == "drop":
        require(step["optional"], "bad_payload", field="kind")
        return step, None
    box = step["time_box_minutes"] or 0
    require(step["min_minutes"] is not None and step["min_minutes"] < box, "bad_payload", field="kind")
    return step, whole_number(minutes, "minutes", step["min_minutes"], box - 1)
