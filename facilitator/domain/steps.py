"""The agenda and the step engine: an ordered list of steps and one current-step pointer.

A step's state is explicit: `pending` (not reached, or stepped back over), `active` (the current
one; at most one) or `done`. Before the first `next` the day has not started; after `next` on the
last step it has ended (started, with no current step).
"""
import json
import time

from sqlalchemy import bindparam, func, insert, select, update

from .. import activities
from ..db import steps, workshops
from . import clock
from .changes import bump
from .errors import require
from .text import PROMPT_MAX, STEP_TITLE_MAX, clean_text, identifier, whole_number
from .workshops import get as get_workshop

NOTES_MAX = 4000


def rows(conn, workshop_id):
    return conn.execute(select(steps).where(steps.c.workshop_id == workshop_id)
                        .order_by(steps.c.position)).mappings().all()


# Built once: the current step is read for every event a phone sends.
_BY_ID = select(steps).where(steps.c.workshop_id == bindparam("workshop_id"), steps.c.id == bindparam("id"))


def get(conn, workshop_id, step_id):
    identifier(step_id, "step_id")
    row = conn.execute(_BY_ID, {"workshop_id": workshop_id, "id": step_id}).mappings().first()
    require(row is not None, "not_found")
    return row


def require_meant(step, meant):
    """A phone's event may name the step it was made in (`step_id`): sent late, after the
    facilitator moved on, it is refused (`wrong_step`) rather than landing in another step."""
    if meant is not None:
        require(step["id"] == identifier(meant, "step_id"), "wrong_step")


def current(conn, workshop):
    """The current step's row, or None before the start and after the end."""
    if workshop["current_step_id"] is None:
        return None
    return get(conn, workshop["id"], workshop["current_step_id"])


def source_of(agenda, step):
    """The id of the step whose ideas `step` works on: its own if it takes ideas, else the one
    set on it, else the nearest earlier step that takes ideas (a brainstorm, pair work)."""
    if activities.get(step["activity"]).takes_ideas:
        return step["id"]
    if step["source_step_id"] is not None:
        return step["source_step_id"]
    earlier = [s for s in agenda if s["position"] < step["position"] and activities.get(s["activity"]).takes_ideas]
    return earlier[-1]["id"] if earlier else None


def _answer(kind, options):
    """The values a phone may answer with in this step, from the type's declaration."""
    if kind.answer is None:
        return None
    allowed = kind.answer.values(options)
    return {"low": allowed.start, "high": allowed.stop - 1, "text_limit": kind.answer.text_limit}


def serialize(agenda, start_minutes=clock.DEFAULT_START, notes=False):
    """The agenda for the pages, each step with its planned clock times; the facilitator's notes
    only for the console (`notes`): never in a participant's or the projector's data."""
    times = clock.serialize(agenda, start_minutes, time.time())
    return [{
        "id": s["id"], "position": s["position"], "activity": s["activity"], "title": s["title"],
        "prompt": s["prompt"], "time_box_minutes": s["time_box_minutes"], "state": s["state"],
        "submissions_open": s["submissions_open"], "results_revealed": s["results_revealed"],
        "options": json.loads(s["options"]),
        "answer": _answer(activities.get(s["activity"]), json.loads(s["options"])),
        "source_step_id": source_of(agenda, s) if activities.get(s["activity"]).uses_source else None,
        "method_id": s["method_id"], "block": s["block"], "edited": s["edited"],
        "content": json.loads(s["content"]) if s["content"] else None,
        "started_at": s["started_at"], "ended_at": s["ended_at"],
        "clock": times[s["id"]], "optional": s["optional"], "min_minutes": s["min_minutes"],
        **({"notes": s["notes"]} if notes else {}),
    } for s in agenda]


def agenda_change(conn, workshop_id):
    workshop = get_workshop(conn, workshop_id)
    agenda = rows(conn, workshop_id)

    def data(notes):
        return {"steps": serialize(agenda, workshop["start_minutes"], notes=notes),
                "current_step_id": workshop["current_step_id"], "started": workshop["started"]}
    return bump(conn, workshop_id, "steps", data(False), facilitator_kind="steps", facilitator_data=data(True))


def _clean_fields(activity, fields):
    clean = {}
    if "title" in fields:
        clean["title"] = clean_text(fields["title"], STEP_TITLE_MAX)
    if "prompt" in fields:
        clean["prompt"] = clean_text(fields["prompt"] or "", PROMPT_MAX, required=False)
    if fields.get("time_box_minutes") is not None:
        clean["time_box_minutes"] = whole_number(fields["time_box_minutes"], "time_box_minutes", 1, 480)
    if "options" in fields:
        clean["options"] = json.dumps(activity.clean_options(fields["options"] or {}))
    if "notes" in fields:
        clean["notes"] = clean_text(fields["notes"] or "", NOTES_MAX, required=False)
    if "optional" in fields:
        require(isinstance(fields["optional"], bool), "bad_payload", field="optional")
        clean["optional"] = fields["optional"]
    if fields.get("min_minutes") is not None:
        clean["min_minutes"] = whole_number(fields["min_minutes"], "min_minutes", 1, 480)
    return clean


def _check_minimum(step):
    """A time box may shrink to its minimum, so the minimum is never above the time box."""
    if step["min_minutes"] is not None:
        require(step["time_box_minutes"] is not None and step["min_minutes"] <= step["time_box_minutes"],
                "bad_minimum", field="min_minutes")


def add(conn, workshop_id, *, activity, title, prompt="", time_box_minutes=None, options=None, notes="",
        min_minutes=None, optional=False):
    kind = activities.get(activity)
    values = _clean_fields(kind, {"title": title, "prompt": prompt, "time_box_minutes": time_box_minutes,
                                  "options": options or {}, "notes": notes, "min_minutes": min_minutes,
                                  "optional": optional})
    _check_minimum({"time_box_minutes": values.get("time_box_minutes"), "min_minutes": values.get("min_minutes")})
    position = conn.execute(select(func.count()).select_from(steps)
                            .where(steps.c.workshop_id == workshop_id)).scalar_one()
    step_id = conn.execute(insert(steps).values(workshop_id=workshop_id, position=position,
                                                activity=activity, **values)).inserted_primary_key[0]
    return step_id, agenda_change(conn, workshop_id)


def edit(conn, workshop_id, step_id, fields):
    step = get(conn, workshop_id, step_id)
    values = _clean_fields(activities.get(step["activity"]), fields)
    for name in ("time_box_minutes", "min_minutes"):
        if name in fields and fields[name] is None:
            values[name] = None
    require(values, "bad_payload", field="step")
    _check_minimum({**step, **values})
    if "title" in values or "prompt" in values:
        values["edited"] = True  # the method's other-language text no longer matches
    conn.execute(update(steps).where(steps.c.id == step_id).values(**values))
    return agenda_change(conn, workshop_id)


def _renumber(conn, ordered_ids):
    for position, step_id in enumerate(ordered_ids):
        conn.execute(update(steps).where(steps.c.id == step_id).values(position=position))


def remove(conn, workshop_id, step_id):
    step = get(conn, workshop_id, step_id)
    require(step["state"] != "active", "wrong_step")
    conn.execute(steps.delete().where(steps.c.id == step_id))
    _renumber(conn, [s["id"] for s in rows(conn, workshop_id)])
    return agenda_change(conn, workshop_id)


def move(conn, workshop_id, step_id, position):
    get(conn, workshop_id, step_id)
    ordered = [s["id"] for s in rows(conn, workshop_id)]
    position = whole_number(position, "position", 0, len(ordered) - 1)
    ordered.remove(step_id)
    ordered.insert(position, step_id)
    _renumber(conn, ordered)
    return agenda_change(conn, workshop_id)


def _make_current(conn, workshop, step, leaving_state):
    """Moves the current-step pointer; returns the changes: the agenda's, then those of the new
    step type's start hook (pairs form, a consent round opens, actions are seeded...), so that
    every caller of the step engine gets them."""
    now = time.time()
    old = current(conn, workshop)
    if old is not None:
        conn.execute(update(steps).where(steps.c.id == old["id"])
                     .values(state=leaving_state, submissions_open=False, ended_at=now))
    values = {"started": True, "current_step_id": step["id"] if step else None, "timer_ends_at": None,
              "closed_at": None if step else now}
    conn.execute(update(workshops).where(workshops.c.id == workshop["id"]).values(**values))
    if step is not None:
        kind = activities.get(step["activity"])
        values = {"state": "active", "submissions_open": kind.opens_on_start,
                  "started_at": step["started_at"] or now}
        if kind.uses_source and step["source_step_id"] is None:
            # Once a step has run on some ideas, moving steps around must not change which.
            values["source_step_id"] = source_of(rows(conn, workshop["id"]), step)
        conn.execute(update(steps).where(steps.c.id == step["id"]).values(**values))
    changes = [agenda_change(conn, workshop["id"])]
    if step is not None and kind.on_start:
        workshop = get_workshop(conn, workshop["id"])
        changes += kind.on_start(conn, workshop, current(conn, workshop))
    return changes


def advance(conn, workshop_id, direction):
    """`direction` +1 (next; the first one starts the day, the one after the last ends it) or -1."""
    workshop = get_workshop(conn, workshop_id)
    agenda = rows(conn, workshop_id)
    require(agenda, "wrong_step")
    now = current(conn, workshop)
    if now is None:
        if direction > 0:
            require(not workshop["started"], "wrong_step")
            return _make_current(conn, workshop, agenda[0], "done")
        require(workshop["started"], "wrong_step")
        return _make_current(conn, workshop, agenda[-1], "done")
    index = now["position"] + direction
    require(index >= 0, "wrong_step")
    target = agenda[index] if index < len(agenda) else None
    return _make_current(conn, workshop, target, "done" if direction > 0 else "pending")


def goto(conn, workshop_id, step_id):
    workshop = get_workshop(conn, workshop_id)
    step = get(conn, workshop_id, step_id)
    now = current(conn, workshop)
    leaving = "done" if now is None or now["position"] < step["position"] else "pending"
    return _make_current(conn, workshop, step, leaving)


def set_current_flag(conn, workshop_id, flag, value):
    """Opens/closes submissions or reveals/hides results of the current step; returns the change."""
    assert flag in ("submissions_open", "results_revealed")
    step = current(conn, get_workshop(conn, workshop_id))
    require(step is not None, "wrong_step")
    conn.execute(update(steps).where(steps.c.id == step["id"]).values({flag: value}))
    return agenda_change(conn, workshop_id)


def reveal(conn, workshop_id):
    """Shows the current step's results; returns the changes, the type's reveal hook's too (a
    private brainstorm's ideas go up on the wall)."""
    changes = [set_current_flag(conn, workshop_id, "results_revealed", True)]
    workshop = get_workshop(conn, workshop_id)
    step = current(conn, workshop)
    hook = activities.get(step["activity"]).on_reveal
    return changes + (hook(conn, workshop, step) if hook else [])


def top_before(conn, step, count):
    """Up to `count` items of the latest step before `step` that has some to give (a dot vote's
    highest ranked, a consent round's agreed wording), best first: what a consent round or an
    action plan is seeded from. A plan after a consent round starts from the words the group
    agreed, not from the vote before them."""
    earlier = [s for s in rows(conn, step["workshop_id"])
               if activities.get(s["activity"]).ranked and s["position"] < step["position"]]
    if not count:
        return []
    for source in reversed(earlier):
        items = activities.get(source["activity"]).ranked(conn, source)
        if items:
            return items[:count]
    return []
