"""Dot voting: each dot is a row named by the phone's client id, so adding or removing the same
dot twice changes nothing."""
import json
import time

from sqlalchemy import bindparam, func, insert, select

from ...db import clusters, ideas
from ...domain.errors import require
from ...domain.steps import current, require_meant, rows as agenda_rows, source_of
from ...domain.text import client_id as check_client_id, identifier
from .result import counts, ranking
from .tables import votes

TARGET_TYPES = ("idea", "cluster")


def _source(conn, step):
    source = step["source_step_id"]  # fixed when the step became current (steps._make_current)
    return source if source is not None else source_of(agenda_rows(conn, step["workshop_id"]), step)


# Asked for every dot of a vote storm: built once (building one cost more than running it).
_TARGET = {
    "cluster": select(clusters.c.id).where(clusters.c.id == bindparam("id"), clusters.c.step_id == bindparam("source")),
    "idea": select(ideas.c.id).where(ideas.c.id == bindparam("id"), ideas.c.step_id == bindparam("source"),
                                     ideas.c.hidden.is_(False), ideas.c.cluster_id.is_(None)),
}
_ADD = insert(votes)


def is_target(conn, step, target_type, target_id):
    """Whether the dot may go to (target_type, target_id): a cluster of the vote's source, or one of
    its visible ideas in no cluster (the targets `ranked()` lists). One indexed look-up, not the
    whole list: a vote storm asks this for every dot."""
    source = _source(conn, step)
    if source is None:
        return False
    return conn.execute(_TARGET[target_type], {"id": target_id, "source": source}).first() is not None


# Read for every dot and in every phone's snapshot: built once.
_MINE = select(votes.c.client_id, votes.c.target_type, votes.c.target_id).where(
    votes.c.step_id == bindparam("step_id"), votes.c.participant_id == bindparam("participant_id")).order_by(votes.c.id)


def mine(conn, step_id, participant_id):
    rows = conn.execute(_MINE, {"step_id": step_id, "participant_id": participant_id})
    return [{"client_id": client_id, "target_type": kind, "target_id": target_id} for client_id, kind, target_id in rows]


def _open_vote_step(conn, workshop):
    step = current(conn, workshop)
    require(step is not None and step["activity"] == "dot_vote", "wrong_step")
    require(step["submissions_open"], "closed")
    return step


def add(conn, workshop, participant, client_id, target_type, target_id, step_id=None):
    """Spends one dot; returns (the participant's dots, step id, whether anything changed)."""
    client_id = check_client_id(client_id)
    require(target_type in TARGET_TYPES, "bad_payload", field="target_type")
    identifier(target_id, "target_id")
    step = _open_vote_step(conn, workshop)
    dots = mine(conn, step["id"], participant["id"])
    if any(d["client_id"] == client_id for d in dots):
        return dots, step["id"], False
    require_meant(step, step_id)
    require(is_target(conn, step, target_type, target_id), "not_found")
    options = json.loads(step["options"])
    require(len(dots) < options["dots_per_person"], "over_budget")
    on_item = sum(1 for d in dots if (d["target_type"], d["target_id"]) == (target_type, target_id))
    require(on_item < options["max_dots_per_item"], "over_item_limit")
    conn.execute(_ADD, {"workshop_id": workshop["id"], "step_id": step["id"], "participant_id": participant["id"],
                        "client_id": client_id, "target_type": target_type, "target_id": target_id,
                        "created_at": time.time()})
    # The new dot has the highest id, so it comes last, as in mine(); no second query.
    dot = {"client_id": client_id, "target_type": target_type, "target_id": target_id}
    return dots + [dot], step["id"], True


def remove(conn, workshop, participant, client_id):
    """Takes back the dot named `client_id`; taking it back twice is harmless."""
    client_id = check_client_id(client_id)
    step = _open_vote_step(conn, workshop)
    removed = conn.execute(votes.delete().where(
        votes.c.step_id == step["id"], votes.c.participant_id == participant["id"],
        votes.c.client_id == client_id)).rowcount
    return mine(conn, step["id"], participant["id"]), step["id"], bool(removed)


def _dots(conn, step):
    """{(target type, target id): dots} of the step, hidden ideas left out."""
    counted = (select(votes.c.target_type, votes.c.target_id, func.count().label("dots"))
               .where(votes.c.step_id == step["id"]).group_by(votes.c.target_type, votes.c.target_id))
    hidden = set(conn.execute(select(ideas.c.id).where(
        ideas.c.workshop_id == step["workshop_id"], ideas.c.hidden.is_(True))).scalars())
    return {(r.target_type, r.target_id): r.dots for r in conn.execute(counted)
            if not (r.target_type == "idea" and r.target_id in hidden)}


def tally(conn, step):
    """The complete count of a step's dots (the results stream)."""
    dots = _dots(conn, step)
    voters = conn.execute(select(func.count(func.distinct(votes.c.participant_id)))
                          .where(votes.c.step_id == step["id"])).scalar_one()
    return {"step_id": step["id"], "activity": "dot_vote", "revealed": step["results_revealed"], "voters": voters,
            "dots_spent": sum(dots.values()), "counts": counts(dots)}


def targets(conn, source):
    """What the dots of a vote on `source` go to, in the wall's order: its clusters, then its
    visible ideas in no cluster."""
    found = [{"type": "cluster", "id": row.id, "text": row.title, "order": (0, row.position, row.id)}
             for row in conn.execute(select(clusters.c.id, clusters.c.title, clusters.c.position)
                                     .where(clusters.c.step_id == source))]
    found += [{"type": "idea", "id": row.id, "text": row.text, "order": (1, row.position, row.id)}
              for row in conn.execute(select(ideas.c.id, ideas.c.text, ideas.c.position).where(
                  ideas.c.step_id == source, ideas.c.hidden.is_(False), ideas.c.cluster_id.is_(None)))]
    return found


def ranked(conn, step):
    """The vote's targets with their texts, most dots first (ties in the wall's order)."""
    source = source_of(agenda_rows(conn, step["workshop_id"]), step)
    return ranking(targets(conn, source), _dots(conn, step)) if source is not None else []


def top(conn, step):
    """The targets that got dots, best first, as other steps are seeded from them."""
    return [{"type": t["type"], "id": t["id"], "text": t["text"], "points": t["dots"]}
            for t in ranked(conn, step) if t["dots"]]


def snapshot_mine(conn, workshop, step, participant):
    return {"votes": mine(conn, step["id"], participant["id"]) if step else []}
