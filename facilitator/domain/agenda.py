"""Building the day's agenda from the method library.

A method added to the agenda becomes a block of ordinary steps in the workshop's language. Each
step keeps the method's texts in both languages, so a phone switched to the other language can
show them, until the facilitator edits the step.
"""
import json

from sqlalchemy import func, select, update

from ..db import steps as steps_table
from .changes import bump
from .errors import require
from .steps import add, agenda_change


def add_method(conn, workshop, method):
    """Appends the method's steps as one block; returns the change."""
    require(method is not None, "not_found")
    language = workshop["language"]
    block = (conn.execute(select(func.max(steps_table.c.block))
                          .where(steps_table.c.workshop_id == workshop["id"])).scalar() or 0) + 1
    for step in method.steps:
        step_id, _ = add(conn, workshop["id"], activity=step.activity, title=step.title[language],
                         prompt=step.prompt[language], time_box_minutes=step.minutes, options=step.options)
        content = {lang: {"title": step.title[lang], "prompt": step.prompt[lang], "method": method.title[lang]}
                   for lang in step.title}
        conn.execute(update(steps_table).where(steps_table.c.id == step_id).values(
            method_id=method.id, block=block, content=json.dumps(content, ensure_ascii=False)))
    return agenda_change(conn, workshop["id"])


def apply_day(conn, workshop, day, library):
    """Adds every method of a day template."""
    require(day is not None, "not_found")
    for method_id in day.methods:
        add_method(conn, workshop, library.method(method_id))
    return agenda_change(conn, workshop["id"])


def clear(conn, workshop):
    """Removes every step before the day has started (to start over from a template)."""
    require(not workshop["started"], "wrong_step")
    conn.execute(steps_table.delete().where(steps_table.c.workshop_id == workshop["id"]))
    return bump(conn, workshop["id"], "steps", {"steps": [], "current_step_id": None, "started": False})
