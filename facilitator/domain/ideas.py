"""Ideas: written on a phone (or typed in by the facilitator), edited, moderated, clustered."""
import time

from sqlalchemy import func, insert, select, update

from ..db import clusters, ideas, participants
from . import activities
from .changes import bump
from .errors import require
from .steps import current, get as get_step
from .text import IDEA_MAX, clean_text, client_id as check_client_id, whole_number

FACILITATOR = 0  # author_key of ideas the facilitator typed in


def _query():
    return (select(ideas, participants.c.nickname)
            .select_from(ideas.outerjoin(participants, ideas.c.participant_id == participants.c.id)))


def serialize(row, anonymous):
    return {"id": row["id"], "step_id": row["step_id"], "text": row["text"],
            "cluster_id": row["cluster_id"], "position": row["position"], "hidden": row["hidden"],
            "author": None if anonymous else row["nickname"]}


def listed(conn, workshop, *, include_hidden):
    query = _query().where(ideas.c.workshop_id == workshop["id"])
    if not include_hidden:
        query = query.where(ideas.c.hidden.is_(False))
    rows = conn.execute(query.order_by(ideas.c.position, ideas.c.id)).mappings().all()
    return [serialize(r, workshop["anonymous"]) for r in rows]


def ids_by(conn, participant_id):
    """The ids of the ideas this participant wrote (hidden ones too: they are still theirs)."""
    return conn.execute(select(ideas.c.id).where(ideas.c.participant_id == participant_id)
                        .order_by(ideas.c.id)).scalars().all()


def _get(conn, workshop, idea_id):
    require(isinstance(idea_id, int) and not isinstance(idea_id, bool), "bad_payload", field="idea_id")
    row = conn.execute(_query().where(ideas.c.workshop_id == workshop["id"], ideas.c.id == idea_id)
                       ).mappings().first()
    require(row is not None, "not_found")
    return row


def _change(conn, workshop, idea_id, public_kind):
    """`idea.added`/`idea.updated` for everybody, unless the idea is hidden: then the facilitator
    still sees it, and the others hear only that the revision moved on."""
    idea = serialize(_get(conn, workshop, idea_id), workshop["anonymous"])
    if idea["hidden"]:
        return bump(conn, workshop["id"], "rev", {},
                    facilitator_kind="idea.updated", facilitator_data={"idea": idea}), idea
    return bump(conn, workshop["id"], public_kind, {"idea": idea}), idea


def _open_step_for(conn, workshop):
    """The current step, if a participant may write ideas in it now."""
    step = current(conn, workshop)
    require(step is not None and activities.get(step["activity"]).takes_ideas, "wrong_step")
    require(step["submissions_open"], "closed")
    return step


def submit(conn, workshop, participant, client_id, text, step_id=None):
    """Adds an idea; `participant` None means the facilitator. Returns (idea, change); a retry
    with the same client_id returns the first idea and no change."""
    client_id = check_client_id(client_id)
    text = clean_text(text, IDEA_MAX)
    author_key = participant["id"] if participant else FACILITATOR
    earlier = conn.execute(_query().where(
        ideas.c.workshop_id == workshop["id"], ideas.c.author_key == author_key,
        ideas.c.client_id == client_id)).mappings().first()
    if earlier is not None:
        return serialize(earlier, workshop["anonymous"]), None
    if participant is not None:
        step = _open_step_for(conn, workshop)
    elif step_id is not None:
        step = get_step(conn, workshop["id"], step_id)
        require(activities.get(step["activity"]).takes_ideas, "wrong_step")
    else:
        step = current(conn, workshop)
        require(step is not None and activities.get(step["activity"]).takes_ideas, "wrong_step")
    position = conn.execute(select(func.coalesce(func.max(ideas.c.position), -1) + 1)
                            .where(ideas.c.step_id == step["id"])).scalar_one()
    idea_id = conn.execute(insert(ideas).values(
        workshop_id=workshop["id"], step_id=step["id"], author_key=author_key,
        participant_id=participant["id"] if participant else None, client_id=client_id,
        text=text, position=position, created_at=time.time())).inserted_primary_key[0]
    change, idea = _change(conn, workshop, idea_id, "idea.added")
    return idea, change


def _editable(conn, workshop, participant, idea_id):
    row = _get(conn, workshop, idea_id)
    if participant is not None:
        require(row["participant_id"] == participant["id"], "forbidden")
        step = _open_step_for(conn, workshop)
        require(step["id"] == row["step_id"], "wrong_step")
    return row


def edit(conn, workshop, participant, idea_id, text):
    text = clean_text(text, IDEA_MAX)
    _editable(conn, workshop, participant, idea_id)
    conn.execute(update(ideas).where(ideas.c.id == idea_id).values(text=text))
    change, idea = _change(conn, workshop, idea_id, "idea.updated")
    return idea, change


def delete(conn, workshop, participant, idea_id):
    _editable(conn, workshop, participant, idea_id)
    conn.execute(ideas.delete().where(ideas.c.id == idea_id))
    return bump(conn, workshop["id"], "idea.removed", {"idea_id": idea_id})


def set_hidden(conn, workshop, idea_id, hidden):
    _get(conn, workshop, idea_id)
    conn.execute(update(ideas).where(ideas.c.id == idea_id).values(hidden=hidden))
    idea = serialize(_get(conn, workshop, idea_id), workshop["anonymous"])
    if hidden:
        return bump(conn, workshop["id"], "idea.removed", {"idea_id": idea_id},
                    facilitator_kind="idea.updated", facilitator_data={"idea": idea})
    # Shown again: new to the others, an update on the console.
    return bump(conn, workshop["id"], "idea.added", {"idea": idea},
                facilitator_kind="idea.updated", facilitator_data={"idea": idea})


def move(conn, workshop, idea_id, cluster_id, position=None):
    """Puts the idea into `cluster_id` (None: unsorted) at `position` within it."""
    row = _get(conn, workshop, idea_id)
    if cluster_id is not None:
        require(isinstance(cluster_id, int) and not isinstance(cluster_id, bool), "bad_payload",
                field="cluster_id")
        cluster = conn.execute(select(clusters.c.step_id).where(
            clusters.c.workshop_id == workshop["id"], clusters.c.id == cluster_id)).first()
        require(cluster is not None, "not_found")
        require(cluster.step_id == row["step_id"], "wrong_step")
    siblings = conn.execute(select(ideas.c.id).where(
        ideas.c.step_id == row["step_id"], ideas.c.id != idea_id,
        ideas.c.cluster_id.is_(None) if cluster_id is None else ideas.c.cluster_id == cluster_id,
    ).order_by(ideas.c.position, ideas.c.id)).scalars().all()
    index = len(siblings) if position is None else whole_number(position, "position", 0, 100000)
    siblings.insert(min(index, len(siblings)), idea_id)
    for place, sibling in enumerate(siblings):
        conn.execute(update(ideas).where(ideas.c.id == sibling).values(position=place))
    conn.execute(update(ideas).where(ideas.c.id == idea_id).values(cluster_id=cluster_id))
    data = {"idea_id": idea_id, "cluster_id": cluster_id, "order": siblings}
    if row["hidden"]:
        return bump(conn, workshop["id"], "rev", {}, facilitator_kind="idea.moved",
                    facilitator_data=data)
    return bump(conn, workshop["id"], "idea.moved", data)
