"""Building the day's agenda from the method library.

A method added to the agenda becomes a block of ordinary steps in the workshop's language. Each
step keeps the method's texts in both languages, so a phone switched to the other language can
show them, until the facilitator edits the step.
"""
import json

from sqlalchemy import func, select, update

from ..db import steps as steps_table
from ..methods import LANGUAGES, fill
from .changes import bump
from .errors import require
from .steps import add, agenda_change


def chosen_words(method, choices, language):
    """The words the facilitator picked for the method's choices ({name: key}), in `language`."""
    require(choices is None or isinstance(choices, dict), "bad_payload", field="choices")
    words = {}
    for choice in method.choices:
        key = (choices or {}).get(choice.name, choice.default)
        require(key in choice.options, "bad_payload", field="choices")
        words.update(choice.words(key, language))
    return words


def add_method(conn, workshop, method, choices=None):
    """Appends the method's steps as one block, with the words picked for its choices (who the
    customer is...); returns the change."""
    require(method is not None, "not_found")
    language = workshop["language"]
    words = {lang: chosen_words(method, choices, lang) for lang in LANGUAGES}
    block = (conn.execute(select(func.max(steps_table.c.block))
                          .where(steps_table.c.workshop_id == workshop["id"])).scalar() or 0) + 1
    for step in method.steps:
        step_id, _ = add(conn, workshop["id"], activity=step.activity, title=fill(step.title[language], words[language]),
                         prompt=fill(step.prompt[language], words[language]), time_box_minutes=step.minutes,
                         options=step.options, notes=fill((step.notes or {}).get(language, ""), words[language]),
                         min_minutes=step.min_minutes, optional=step.optional)
        content = {lang: {"title": fill(step.title[lang], words[lang]), "prompt": fill(step.prompt[lang], words[lang]),
                          "method": method.title[lang],
                          **({"if_dropped": step.if_dropped[lang]} if step.if_dropped else {})}
                   for lang in LANGUAGES}
        conn.execute(update(steps_table).where(steps_table.c.id == step_id).values(
            method_id=method.id, block=block, content=json.dumps(content, ensure_ascii=False)))
    return agenda_change(conn, workshop["id"])


def apply_day(conn, workshop, day, library, choices=None):
    """Adds every method of a day template, each with the words picked for its choices."""
    require(day is not None, "not_found")
    for method_id in day.methods:
        add_method(conn, workshop, library.method(method_id), choices)
    return agenda_change(conn, workshop["id"])


def clear(conn, workshop):
    """Removes every step before the day has started (to start over from a template)."""
    require(not workshop["started"], "wrong_step")
    conn.execute(steps_table.delete().where(steps_table.c.workshop_id == workshop["id"]))
    return bump(conn, workshop["id"], "steps", {"steps": [], "current_step_id": None, "started": False})
