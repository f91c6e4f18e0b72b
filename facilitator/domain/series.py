"""Development work as a series: the next session opens by reviewing what was promised last time.

A new workshop carries over an earlier one's goals and actions (from this server or from its JSON
export) and gets a first `review` step in which the facilitator sets each action's status with the
group. The earlier sessions are kept, as they were, for the report's progress table.
"""
import json
import time

from sqlalchemy import insert, update

from ..db import actions, workshops
from .steps import add


def session_label(workshop):
    return f"{workshop['title']} · {workshop['date']}" if workshop.get("date") else workshop["title"]


def carry_over(conn, workshop, earlier, review_title, review_prompt):
    """Continues `earlier` (a dump, see report/dump.py) in the new `workshop`, opening its agenda
    with a review step titled and worded in the workshop's language by the caller."""
    before = earlier["workshop"]
    label = session_label(before)
    session = {"title": before["title"], "date": before["date"], "goals": before["goals"], "label": label,
               "actions": [{"what": a["what"], "who": a["who"], "due": a["due"], "status": a["status"]}
                           for a in earlier["actions"]]}
    conn.execute(update(workshops).where(workshops.c.id == workshop["id"]).values(
        series=json.dumps(list(before.get("series") or []) + [session], ensure_ascii=False),
        goals=workshop["goals"] or before["goals"] or ""))
    step_id, _change = add(conn, workshop["id"], activity="review", time_box_minutes=15,
                           title=review_title, prompt=review_prompt)
    for position, action in enumerate(earlier["actions"]):
        conn.execute(insert(actions).values(
            workshop_id=workshop["id"], step_id=step_id, client_id=f"carried-{position}",
            what=action["what"], who=action["who"], due=action["due"], status=action["status"],
            position=position, origin=label, created_at=time.time()))
    return step_id
