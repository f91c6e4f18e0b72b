"""Ranking: each participant puts a handful of options in order; Borda points (result.py).

The options are seeded as the step first starts: the top items of the latest ranking step before
it (a dot vote's most dotted), else the themes and unsorted ideas of its source brainstorm; the
facilitator may type more in or take some out until the first ranking arrives. Each phone shows
the options in an order of its own (static/options.js), so that no option gains from being
listed first.
"""
import json
import time

from sqlalchemy import func, insert, select

from ...domain import clusters as cluster_rows, ideas as idea_rows
from ...domain.changes import bump
from ...domain.errors import require
from ...domain.steps import current, require_meant, rows as agenda_rows, source_of, top_before
from ...domain.text import clean_text, identifier
from .result import borda
from .tables import ranking_options, ranking_places

OPTION_MAX = 200
MOST_OPTIONS = 12


def options_of(conn, step_id):
    rows = conn.execute(select(ranking_options.c.id, ranking_options.c.text, ranking_options.c.position)
                        .where(ranking_options.c.step_id == step_id).order_by(ranking_options.c.position,
                                                                              ranking_options.c.id)).mappings()
    return [dict(r) for r in rows]


def options_change(conn, workshop_id, step):
    return bump(conn, workshop_id, "ranking.options", {"step_id": step["id"], "options": options_of(conn, step["id"])})


def _insert(conn, workshop_id, step, text):
    position = conn.execute(select(func.coalesce(func.max(ranking_options.c.position), -1) + 1)
                            .where(ranking_options.c.step_id == step["id"])).scalar_one()
    conn.execute(insert(ranking_options).values(workshop_id=workshop_id, step_id=step["id"], position=position,
                                                text=text[:OPTION_MAX]))


def _from_source(conn, workshop, step, count):
    """The source brainstorm's themes (clusters), then its visible ideas in no theme, in the
    wall's order."""
    source = step["source_step_id"] or source_of(agenda_rows(conn, workshop["id"]), step)
    if source is None:
        return []
    themes = [c["title"] for c in cluster_rows.listed(conn, workshop["id"]) if c["step_id"] == source]
    loose = [i["text"] for i in idea_rows.listed(conn, workshop, include_hidden=False)
             if i["step_id"] == source and i["cluster_id"] is None]
    return (themes + loose)[:count]


def seed(conn, workshop, step):
    """On the step's first start: the options from the step before (see the module's text)."""
    if options_of(conn, step["id"]):
        return []
    count = json.loads(step["options"]).get("option_count", 5)
    texts = [t["text"] for t in top_before(conn, step, count)] or _from_source(conn, workshop, step, count)
    for text in texts:
        _insert(conn, workshop["id"], step, text)
    return [options_change(conn, workshop["id"], step)] if texts else []


def _ranking_step(conn, workshop):
    step = current(conn, workshop)
    require(step is not None and step["activity"] == "ranking", "wrong_step")
    return step


def _editable(conn, workshop):
    """The options change only before anyone has ranked them (a ranking is of all of them)."""
    step = _ranking_step(conn, workshop)
    ranked = conn.execute(select(ranking_places.c.id).where(ranking_places.c.step_id == step["id"]).limit(1)).first()
    require(ranked is None, "wrong_step")
    return step


def add_option(conn, workshop, text):
    step = _editable(conn, workshop)
    text = clean_text(text, OPTION_MAX)
    require(len(options_of(conn, step["id"])) < MOST_OPTIONS, "quota", what="ranking_options", limit=MOST_OPTIONS)
    _insert(conn, workshop["id"], step, text)
    return options_change(conn, workshop["id"], step)


def remove_option(conn, workshop, option_id):
    step = _editable(conn, workshop)
    identifier(option_id, "option_id")
    gone = conn.execute(ranking_options.delete().where(ranking_options.c.id == option_id,
                                                       ranking_options.c.step_id == step["id"])).rowcount
    require(gone, "not_found")
    return options_change(conn, workshop["id"], step)


def my_ranking(conn, step_id, participant_id):
    """The option ids in the participant's order, or None before they ranked."""
    rows = conn.execute(select(ranking_places.c.option_id).where(
        ranking_places.c.step_id == step_id, ranking_places.c.participant_id == participant_id)
        .order_by(ranking_places.c.place)).scalars().all()
    return list(rows) or None


def submit(conn, workshop, participant, order, step_id=None):
    """Records the participant's order of every option (first = best); ranking again replaces
    it. Returns the order."""
    step = _ranking_step(conn, workshop)
    require(step["submissions_open"], "closed")
    require_meant(step, step_id)
    require(isinstance(order, list) and len(order) <= MOST_OPTIONS, "bad_payload", field="order")
    order = [identifier(option_id, "order") for option_id in order]
    ids = {o["id"] for o in options_of(conn, step["id"])}
    require(len(order) == len(set(order)) and set(order) == ids and ids, "bad_payload", field="order")
    conn.execute(ranking_places.delete().where(ranking_places.c.step_id == step["id"],
                                               ranking_places.c.participant_id == participant["id"]))
    now = time.time()
    conn.execute(insert(ranking_places), [
        {"workshop_id": workshop["id"], "step_id": step["id"], "participant_id": participant["id"],
         "option_id": option_id, "place": place, "updated_at": now} for place, option_id in enumerate(order)])
    return order


def result(conn, step):
    places = conn.execute(select(ranking_places.c.option_id, ranking_places.c.place)
                          .where(ranking_places.c.step_id == step["id"])).all()
    rankers = conn.execute(select(func.count(func.distinct(ranking_places.c.participant_id)))
                           .where(ranking_places.c.step_id == step["id"])).scalar_one()
    return {"step_id": step["id"], "activity": "ranking", "revealed": step["results_revealed"],
            "responses": rankers, "ranking": borda(options_of(conn, step["id"]), [tuple(p) for p in places])}


def top(conn, step):
    """The options by points, best first, as a consent round or an action plan is seeded from."""
    return [{"type": "ranking_option", "id": o["id"], "text": o["text"], "points": o["points"]}
            for o in result(conn, step)["ranking"] if o["points"]]


def snapshot(conn, workshop, step, audience):
    here = step is not None and step["activity"] == "ranking"
    return {"ranking_options": {"step_id": step["id"], "options": options_of(conn, step["id"])} if here else None}


def mine(conn, workshop, step, participant):
    if step is None or step["activity"] != "ranking":
        return {"ranking": None}
    return {"ranking": {"step_id": step["id"], "saved": my_ranking(conn, step["id"], participant["id"])}}
