"""Clusters: the facilitator's groups of a brainstorm's ideas."""
from sqlalchemy import func, insert, select, update

from .. import activities
from ..db import clusters, ideas
from .changes import bump
from .errors import require
from .steps import current, get as get_step, rows as agenda_rows, source_of
from .text import CLUSTER_TITLE_MAX, clean_text, client_id as check_client_id, identifier


def serialize(row):
    return {"id": row["id"], "step_id": row["step_id"], "title": row["title"], "position": row["position"]}


def listed(conn, workshop_id):
    rows = conn.execute(select(clusters).where(clusters.c.workshop_id == workshop_id)
                        .order_by(clusters.c.position, clusters.c.id)).mappings().all()
    return [serialize(r) for r in rows]


def _get(conn, workshop_id, cluster_id):
    identifier(cluster_id, "cluster_id")
    row = conn.execute(select(clusters).where(clusters.c.workshop_id == workshop_id,
                                              clusters.c.id == cluster_id)).mappings().first()
    require(row is not None, "not_found")
    return row


def _brainstorm_for(conn, workshop, step_id):
    """The step whose ideas a new cluster groups: the one named, else the current step's source."""
    if step_id is not None:
        step = get_step(conn, workshop["id"], step_id)
        require(activities.get(step["activity"]).takes_ideas, "wrong_step")
        return step["id"]
    step = current(conn, workshop)
    require(step is not None, "wrong_step")
    source = source_of(agenda_rows(conn, workshop["id"]), step)
    require(source is not None, "wrong_step")
    return source


def create(conn, workshop, client_id, title, step_id=None):
    """Returns (cluster, change); a retry with the same client_id returns the first and no change."""
    client_id = check_client_id(client_id)
    title = clean_text(title, CLUSTER_TITLE_MAX)
    earlier = conn.execute(select(clusters).where(clusters.c.workshop_id == workshop["id"],
                                                  clusters.c.client_id == client_id)).mappings().first()
    if earlier is not None:
        return serialize(earlier), None
    source = _brainstorm_for(conn, workshop, step_id)
    position = conn.execute(select(func.count()).select_from(clusters)
                            .where(clusters.c.step_id == source)).scalar_one()
    cluster_id = conn.execute(insert(clusters).values(
        workshop_id=workshop["id"], step_id=source, client_id=client_id, title=title,
        position=position)).inserted_primary_key[0]
    cluster = serialize(_get(conn, workshop["id"], cluster_id))
    return cluster, bump(conn, workshop["id"], "cluster.added", {"cluster": cluster})


def rename(conn, workshop, cluster_id, title):
    title = clean_text(title, CLUSTER_TITLE_MAX)
    _get(conn, workshop["id"], cluster_id)
    conn.execute(update(clusters).where(clusters.c.id == cluster_id).values(title=title))
    cluster = serialize(_get(conn, workshop["id"], cluster_id))
    return cluster, bump(conn, workshop["id"], "cluster.updated", {"cluster": cluster})


def delete(conn, workshop, cluster_id):
    """Removes the cluster; its ideas go back to unsorted."""
    _get(conn, workshop["id"], cluster_id)
    conn.execute(update(ideas).where(ideas.c.cluster_id == cluster_id).values(cluster_id=None))
    conn.execute(clusters.delete().where(clusters.c.id == cluster_id))
    return bump(conn, workshop["id"], "cluster.removed", {"cluster_id": cluster_id})
