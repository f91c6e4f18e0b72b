"""What the console does to clusters beyond the core's one-idea moves (pure; no Flask): several
ideas moved at once, a suggested theme accepted, two near-duplicates merged, the last of these
undone, a suggestion dismissed, and the suggestions themselves.

Every move records where each idea was (tables.cluster_undo), so undo is the inverse move: the
ideas go back to their clusters and places, a cluster the move made is removed, an idea a merge
hid is shown again. All of a move is one transaction: the runner commits it before anyone hears.
"""
from sqlalchemy import delete, func, insert, select

from ...db import clusters as cluster_rows, ideas as idea_rows
from ...domain import clusters, ideas
from ...domain.errors import require
from ...domain.steps import get as get_step
from ...domain.text import identifier
from ... import activities
from . import suggestions
from .tables import cluster_dismissed, cluster_undo

MOVE_MAX = 500       # ideas in one move (a step holds at most a few hundred)
HISTORY = 50         # moves per step that can still be undone


def _source(conn, workshop, step_id):
    """The step (that takes ideas) whose ideas are grouped: `step_id` must name one."""
    step = get_step(conn, workshop["id"], identifier(step_id, "step_id"))
    require(activities.get(step["activity"]).takes_ideas, "wrong_step")
    return step


def _idea_ids(value, step):
    require(isinstance(value, list) and 0 < len(value) <= MOVE_MAX, "bad_payload", field="idea_ids")
    found = [identifier(v, "idea_ids") for v in value]
    require(len(set(found)) == len(found), "bad_payload", field="idea_ids")
    return found


def _placed(conn, step, idea_ids):
    """{idea id: row} for the ideas of `step`; an idea of another step or workshop: not_found."""
    rows = conn.execute(select(idea_rows).where(idea_rows.c.step_id == step["id"],
                                                idea_rows.c.id.in_(idea_ids))).mappings().all()
    require(len(rows) == len(idea_ids), "not_found")
    return {row["id"]: row for row in rows}


def _record(conn, workshop, step, rows, made_cluster=None, unhide=()):
    move = (conn.execute(select(func.max(cluster_undo.c.move)).where(cluster_undo.c.step_id == step["id"]))
            .scalar_one() or 0) + 1
    conn.execute(insert(cluster_undo), [
        {"workshop_id": workshop["id"], "step_id": step["id"], "move": move, "idea_id": row["id"],
         "cluster_id": row["cluster_id"], "position": row["position"], "unhide": row["id"] in unhide,
         "made_cluster_id": made_cluster} for row in rows])
    conn.execute(delete(cluster_undo).where(cluster_undo.c.step_id == step["id"],
                                            cluster_undo.c.move <= move - HISTORY))


def move(conn, workshop, step_id, idea_ids, cluster_id, position=None):
    """Puts the ideas, in the order given, into `cluster_id` (None: unsorted) from `position`
    on (None: at the end). Returns the changes."""
    step = _source(conn, workshop, step_id)
    idea_ids = _idea_ids(idea_ids, step)
    rows = _placed(conn, step, idea_ids)
    _record(conn, workshop, step, [rows[i] for i in idea_ids])
    return _move_all(conn, workshop, idea_ids, cluster_id, position)


def _move_all(conn, workshop, idea_ids, cluster_id, position=None):
    return [ideas.move(conn, workshop, idea_id, cluster_id, None if position is None else position + offset)
            for offset, idea_id in enumerate(idea_ids)]


def accept(conn, workshop, step_id, client_id, title, idea_ids):
    """A suggested theme accepted (its title maybe edited): a new cluster with the ideas in it.
    A retry with the same client_id returns the first cluster and changes nothing."""
    step = _source(conn, workshop, step_id)
    idea_ids = _idea_ids(idea_ids, step)
    rows = _placed(conn, step, idea_ids)
    cluster, change = clusters.create(conn, workshop, client_id, title, step["id"])
    if change is None:
        return cluster, []
    _record(conn, workshop, step, [rows[i] for i in idea_ids], made_cluster=cluster["id"])
    return cluster, [change] + _move_all(conn, workshop, idea_ids, cluster["id"])


def merge(conn, workshop, step_id, keep_id, drop_id):
    """Two near-duplicates become one: `drop_id` goes right after `keep_id`, in its group, and
    is hidden from the room (the console still shows it, greyed, with its text)."""
    step = _source(conn, workshop, step_id)
    keep_id, drop_id = identifier(keep_id, "keep_id"), identifier(drop_id, "drop_id")
    require(keep_id != drop_id, "bad_payload", field="drop_id")
    rows = _placed(conn, step, [keep_id, drop_id])
    keep, drop = rows[keep_id], rows[drop_id]
    _record(conn, workshop, step, [drop], unhide={drop_id} if not drop["hidden"] else set())
    siblings = conn.execute(select(idea_rows.c.id).where(
        idea_rows.c.step_id == step["id"], idea_rows.c.id != drop_id,
        idea_rows.c.cluster_id.is_(None) if keep["cluster_id"] is None else idea_rows.c.cluster_id == keep["cluster_id"],
    ).order_by(idea_rows.c.position, idea_rows.c.id)).scalars().all()
    changes = [ideas.move(conn, workshop, drop_id, keep["cluster_id"], siblings.index(keep_id) + 1)]
    if not drop["hidden"]:
        changes.append(ideas.set_hidden(conn, workshop, drop_id, True))
    return changes


def undo(conn, workshop, step_id):
    """Takes the step's last move back; `nothing_to_undo` if there is none."""
    step = _source(conn, workshop, step_id)
    last = conn.execute(select(func.max(cluster_undo.c.move)).where(cluster_undo.c.step_id == step["id"])).scalar_one()
    require(last is not None, "nothing_to_undo")
    rows = conn.execute(select(cluster_undo).where(cluster_undo.c.step_id == step["id"], cluster_undo.c.move == last)
                        .order_by(cluster_undo.c.position, cluster_undo.c.id)).mappings().all()
    conn.execute(delete(cluster_undo).where(cluster_undo.c.step_id == step["id"], cluster_undo.c.move == last))
    existing = set(conn.execute(select(cluster_rows.c.id).where(cluster_rows.c.step_id == step["id"])).scalars())
    changes = []
    # Back in the order they stood, each to its old place: the places of those before it are
    # taken again first, so every idea lands where it was.
    for row in rows:
        back_to = row["cluster_id"] if row["cluster_id"] in existing else None
        changes.append(ideas.move(conn, workshop, row["idea_id"], back_to, row["position"]))
        if row["unhide"]:
            changes.append(ideas.set_hidden(conn, workshop, row["idea_id"], False))
    made = rows[0]["made_cluster_id"] if rows else None
    if made is not None and made in existing:
        changes.append(clusters.delete(conn, workshop, made))
    return changes


def dismiss(conn, workshop, step_id, idea_ids):
    """The facilitator does not want this suggestion (a theme or a merge): not offered again."""
    step = _source(conn, workshop, step_id)
    idea_ids = _idea_ids(idea_ids, step)
    _placed(conn, step, idea_ids)
    number = (conn.execute(select(func.max(cluster_dismissed.c.dismissal))
                           .where(cluster_dismissed.c.step_id == step["id"])).scalar_one() or 0) + 1
    conn.execute(insert(cluster_dismissed), [{"workshop_id": workshop["id"], "step_id": step["id"],
                                              "dismissal": number, "idea_id": i} for i in idea_ids])


def suggested(conn, workshop, step_id):
    """The suggestions for the step's unsorted ideas that the room can see."""
    step = _source(conn, workshop, step_id)
    rows = conn.execute(select(idea_rows.c.id, idea_rows.c.text).where(
        idea_rows.c.step_id == step["id"], idea_rows.c.cluster_id.is_(None), idea_rows.c.hidden.is_(False))
        .order_by(idea_rows.c.position, idea_rows.c.id)).all()
    dismissed = {}
    for number, idea_id in conn.execute(select(cluster_dismissed.c.dismissal, cluster_dismissed.c.idea_id)
                                        .where(cluster_dismissed.c.step_id == step["id"])):
        dismissed.setdefault(number, set()).add(idea_id)
    return suggestions.suggest([(r.id, r.text) for r in rows], workshop["language"], dismissed.values())
