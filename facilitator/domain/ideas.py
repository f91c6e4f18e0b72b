"""Ideas: written on a phone (or typed in by the facilitator), edited, moderated, clustered."""
import json
import time

from sqlalchemy import bindparam, func, insert, select, update

from .. import activities
from ..db import clusters, ideas, participants, steps as steps_table
from .changes import bump
from .errors import require
from .privacy import shows_names
from .quotas import DEFAULT, check
from .steps import current, get as get_step, require_meant
from .text import IDEA_MAX, clean_text, client_id as check_client_id, identifier, whole_number

FACILITATOR = 0  # author_key of ideas the facilitator typed in


def _query():
    return (select(ideas, participants.c.nickname)
            .select_from(ideas.outerjoin(participants, ideas.c.participant_id == participants.c.id)))


def serialize(row, anonymous):
    return {"id": row["id"], "step_id": row["step_id"], "text": row["text"],
            "cluster_id": row["cluster_id"], "position": row["position"], "hidden": row["hidden"],
            "group_number": row["group_number"], "author": None if anonymous else row["nickname"]}


def named_step_ids(conn, workshop):
    """The steps whose ideas show their writers' nicknames (privacy.shows_names)."""
    rows = conn.execute(select(steps_table.c.id, steps_table.c.options)
                        .where(steps_table.c.workshop_id == workshop["id"])).all()
    return {row.id for row in rows if shows_names(workshop, json.loads(row.options or "{}"))}


def _anonymous(workshop, step):
    return not shows_names(workshop, json.loads(step["options"] or "{}"))


def _step_of(conn, row):
    return conn.execute(select(steps_table).where(steps_table.c.id == row["step_id"])).mappings().first()


def is_private(step):
    """Private writing: the step's ideas are not shown to the room until revealed (the step's
    type says when)."""
    private = activities.get(step["activity"]).ideas_private
    return bool(private and private(step))


# Read in every phone's snapshot (each connect, each reconnect): built once.
_STEPS = select(steps_table).where(steps_table.c.workshop_id == bindparam("workshop_id"))
_OWN_HIDDEN = _query().where(ideas.c.participant_id == bindparam("participant_id"), ideas.c.hidden.is_(True))
_OWN_IDS = select(ideas.c.id).where(ideas.c.participant_id == bindparam("participant_id")).order_by(ideas.c.id)


def private_step_ids(conn, workshop_id):
    rows = conn.execute(_STEPS, {"workshop_id": workshop_id}).mappings()
    return {row["id"] for row in rows if is_private(row)}


def private_counts(conn, workshop_id):
    """{step id: visible ideas written} for each private step not yet revealed."""
    private = private_step_ids(conn, workshop_id)
    if not private:
        return {}
    rows = conn.execute(select(ideas.c.step_id, func.count()).where(
        ideas.c.step_id.in_(private), ideas.c.hidden.is_(False)).group_by(ideas.c.step_id)).all()
    return {step_id: count for step_id, count in rows}


def listed(conn, workshop, *, include_hidden):
    """The workshop's ideas. Without `include_hidden` (everyone but the facilitator), moderated
    ideas are left out, and so are private ones not yet revealed (own_private() adds a
    participant's own)."""
    query = _query().where(ideas.c.workshop_id == workshop["id"])
    if not include_hidden:
        query = query.where(ideas.c.hidden.is_(False))
    rows = conn.execute(query.order_by(ideas.c.position, ideas.c.id)).mappings().all()
    if not include_hidden:
        private = private_step_ids(conn, workshop["id"])
        rows = [r for r in rows if r["step_id"] not in private]
    named = named_step_ids(conn, workshop)
    return [serialize(r, r["step_id"] not in named) for r in rows]


def own_private(conn, workshop, participant_id):
    """The participant's own visible ideas in private steps not yet revealed: on their phone
    only (listed() leaves them out)."""
    private = private_step_ids(conn, workshop["id"])
    if not private:
        return []
    rows = conn.execute(_query().where(ideas.c.step_id.in_(private), ideas.c.participant_id == participant_id,
                                       ideas.c.hidden.is_(False))).mappings().all()
    named = named_step_ids(conn, workshop)
    return [serialize(r, r["step_id"] not in named) for r in rows]


def own_hidden(conn, workshop, participant_id):
    """The participant's own ideas the facilitator hid: on their phone only, marked hidden, so
    that its author sees what became of it."""
    # By the author alone (a participant is of one workshop): with the workshop too, SQLite chose
    # the workshop's index and read all its ideas, for every phone's snapshot.
    rows = conn.execute(_OWN_HIDDEN, {"participant_id": participant_id}).mappings().all()
    return [serialize(r, workshop["anonymous"]) for r in rows]


def reveal_change(conn, workshop, step):
    """After a private step's reveal: its ideas to the room in one change."""
    return bump(conn, workshop["id"], "ideas.revealed", {
        "step_id": step["id"],
        "ideas": [i for i in listed(conn, workshop, include_hidden=False) if i["step_id"] == step["id"]]})


def ids_by(conn, participant_id):
    """The ids of the ideas this participant wrote (hidden ones too: they are still theirs)."""
    return conn.execute(_OWN_IDS, {"participant_id": participant_id}).scalars().all()


def _get(conn, workshop, idea_id):
    identifier(idea_id, "idea_id")
    row = conn.execute(_query().where(ideas.c.workshop_id == workshop["id"], ideas.c.id == idea_id)
                       ).mappings().first()
    require(row is not None, "not_found")
    return row


def _change(conn, workshop, idea_id, public_kind):
    """`idea.added`/`idea.updated` for everybody, unless the idea is hidden or written in private:
    then the facilitator still sees it, and the others hear only that the revision moved on (with
    the number of private ideas, for the projector)."""
    row = _get(conn, workshop, idea_id)
    step = _step_of(conn, row)
    idea = serialize(row, _anonymous(workshop, step))
    if is_private(step) and not idea["hidden"]:
        count = conn.execute(select(func.count()).select_from(ideas).where(
            ideas.c.step_id == step["id"], ideas.c.hidden.is_(False))).scalar_one()
        return bump(conn, workshop["id"], "ideas.private", {"step_id": step["id"], "count": count},
                    facilitator_kind=public_kind, facilitator_data={"idea": idea}), idea
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


def submit(conn, workshop, participant, client_id, text, step_id=None, quotas=DEFAULT):
    """Adds an idea; `participant` None means the facilitator. Returns (idea, change); a retry
    with the same client_id returns the first idea and no change. A participant may write
    `quotas.ideas_per_participant` ideas in a step, and a step holds `quotas.ideas_per_step`."""
    client_id = check_client_id(client_id)
    text = clean_text(text, IDEA_MAX)
    author_key = participant["id"] if participant else FACILITATOR
    earlier = conn.execute(_query().where(
        ideas.c.workshop_id == workshop["id"], ideas.c.author_key == author_key,
        ideas.c.client_id == client_id)).mappings().first()
    if earlier is not None:
        return serialize(earlier, _anonymous(workshop, _step_of(conn, earlier))), None
    if participant is not None:
        step = _open_step_for(conn, workshop)
        require_meant(step, step_id)
    elif step_id is not None:
        step = get_step(conn, workshop["id"], step_id)
        require(activities.get(step["activity"]).takes_ideas, "wrong_step")
    else:
        step = current(conn, workshop)
        require(step is not None and activities.get(step["activity"]).takes_ideas, "wrong_step")
    in_step = conn.execute(select(func.count()).select_from(ideas).where(ideas.c.step_id == step["id"])).scalar_one()
    check(in_step, quotas.ideas_per_step, "ideas_per_step")
    if participant is not None:
        mine = conn.execute(select(func.count()).select_from(ideas).where(
            ideas.c.step_id == step["id"], ideas.c.participant_id == participant["id"])).scalar_one()
        check(mine, quotas.ideas_per_participant, "ideas_per_participant")
    position = conn.execute(select(func.coalesce(func.max(ideas.c.position), -1) + 1)
                            .where(ideas.c.step_id == step["id"])).scalar_one()
    group_of = activities.get(step["activity"]).idea_group
    group = group_of(conn, step, participant["id"]) if group_of and participant else None
    idea_id = conn.execute(insert(ideas).values(
        workshop_id=workshop["id"], step_id=step["id"], author_key=author_key,
        participant_id=participant["id"] if participant else None, client_id=client_id,
        text=text, position=position, group_number=group, created_at=time.time())).inserted_primary_key[0]
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
    """Moderation: the facilitator keeps seeing the idea (greyed); the room stops seeing it."""
    row = _get(conn, workshop, idea_id)
    conn.execute(update(ideas).where(ideas.c.id == idea_id).values(hidden=hidden))
    step = _step_of(conn, row)
    idea = serialize(_get(conn, workshop, idea_id), _anonymous(workshop, step))
    if hidden:
        # Marked as hidden, not removed: its author's phone keeps it in its own list and says so
        # (the id is all the others hear, and they hold nothing under it in a private step).
        kind, data = "idea.removed", {"idea_id": idea_id, "hidden": True}
    elif is_private(step):  # the room has not seen it and must not now
        kind, data = "rev", {}
    else:
        kind, data = "idea.added", {"idea": idea}
    return bump(conn, workshop["id"], kind, data, facilitator_kind="idea.updated",
                facilitator_data={"idea": idea})


def move(conn, workshop, idea_id, cluster_id, position=None):
    """Puts the idea into `cluster_id` (None: unsorted) at `position` within it."""
    row = _get(conn, workshop, idea_id)
    if cluster_id is not None:
        identifier(cluster_id, "cluster_id")
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
