"""Development work as a series: the next session opens by reviewing what was promised last time.

A new workshop carries over an earlier one's goals (from this server or from its JSON export),
and each activity type with a `carry_over` hook carries its part (the series review opens the
agenda with the earlier actions). The earlier sessions are kept, as they were, for the report's
progress table.
"""
import json

from sqlalchemy import update

from .. import activities
from ..db import workshops
from .dates import date_text


def session_label(workshop):
    if not workshop.get("date"):
        return workshop["title"]
    return f"{workshop['title']} · {date_text(workshop['date'], workshop.get('language', 'fi'))}"


def carry_over(conn, workshop, earlier):
    """Continues `earlier` (a dump, see report/dump.py) in the new `workshop`."""
    before = earlier["workshop"]
    label = session_label(before)
    session = {"title": before["title"], "date": before["date"], "goals": before["goals"], "label": label,
               "actions": [{"what": a["what"], "who": a["who"], "due": a["due"], "status": a["status"]}
                           for a in earlier.get("actions", [])]}
    conn.execute(update(workshops).where(workshops.c.id == workshop["id"]).values(
        series=json.dumps(list(before.get("series") or []) + [session], ensure_ascii=False),
        goals=workshop["goals"] or before["goals"] or ""))
    for kind in activities.all_types():
        if kind.carry_over:
            kind.carry_over(conn, workshop, earlier, label)
