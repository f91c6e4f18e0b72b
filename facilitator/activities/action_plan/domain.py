"""The action plan: what, who, by when. Seeded from what the group voted highest; the facilitator
edits; participants volunteer."""
import json
import time

from sqlalchemy import bindparam, delete as delete_rows, func, insert, select, update

from ...db import participants
from ...domain.changes import bump
from ...domain.dates import as_shown
from ...domain.errors import require
from ...domain.steps import current, top_before
from ...domain.text import client_id as check_client_id, clean_text, identifier
from .tables import action_volunteers, actions

STATUSES = ("not_started", "in_progress", "done", "dropped")
LIMITS = {"what": 280, "who": 200, "due": 40}


def _volunteers(conn, action_ids):
    found = {}
    rows = conn.execute(select(action_volunteers.c.action_id, participants.c.id, participants.c.nickname)
                        .join(participants, participants.c.id == action_volunteers.c.participant_id)
                        .where(action_volunteers.c.action_id.in_(action_ids)).order_by(participants.c.id))
    for row in rows:
        found.setdefault(row.action_id, []).append((row.id, row.nickname))
    return found


def listed(conn, workshop, step_id=None):
    query = select(actions).where(actions.c.workshop_id == workshop["id"])
    if step_id is not None:
        query = query.where(actions.c.step_id == step_id)
    rows = conn.execute(query.order_by(actions.c.step_id, actions.c.position, actions.c.id)).mappings().all()
    volunteers = _volunteers(conn, [r["id"] for r in rows])
    return [serialize(r, volunteers.get(r["id"], [])) for r in rows]


def serialize(row, volunteers):
    return {"id": row["id"], "step_id": row["step_id"], "what": row["what"], "who": row["who"],
            "due": row["due"], "position": row["position"], "status": row["status"],
            "volunteers": len(volunteers),
            # Volunteering is named, in an anonymous workshop too: the phone says so before one joins.
            "volunteer_names": [n for _, n in volunteers if n]}


def _get(conn, workshop, action_id):
    identifier(action_id, "action_id")
    row = conn.execute(select(actions).where(actions.c.workshop_id == workshop["id"],
                                             actions.c.id == action_id)).mappings().first()
    require(row is not None, "not_found")
    return row


def _changed(conn, workshop, action_id, kind):
    row = _get(conn, workshop, action_id)
    action = serialize(row, _volunteers(conn, [action_id]).get(action_id, []))
    return action, bump(conn, workshop["id"], kind, {"action": action})


def _plan_step(conn, workshop):
    step = current(conn, workshop)
    require(step is not None and step["activity"] == "action_plan", "wrong_step")
    return step


def _insert(conn, workshop, step_id, client_id, what, who="", due=""):
    position = conn.execute(select(func.count()).select_from(actions)
                            .where(actions.c.step_id == step_id)).scalar_one()
    return conn.execute(insert(actions).values(
        workshop_id=workshop["id"], step_id=step_id, client_id=client_id, what=what, who=who, due=due,
        position=position, created_at=time.time())).inserted_primary_key[0]


def _due(workshop, text):
    """A due date as the workshop's language writes it (30.11. -> 30.11.2026, in the year of the
    day), or the text as typed if it is no date ("syksyllä")."""
    year = int((workshop["date"] or "")[:4] or time.localtime().tm_year)
    return as_shown(text, workshop["language"], year)


def _clean(workshop, name, value):
    text = clean_text(value or "", LIMITS[name], required=name == "what")
    return _due(workshop, text) if name == "due" else text


def create(conn, workshop, client_id, what, who="", due=""):
    client_id = check_client_id(client_id)
    fields = {k: _clean(workshop, k, v) for k, v in (("what", what), ("who", who), ("due", due))}
    earlier = conn.execute(select(actions.c.id).where(actions.c.workshop_id == workshop["id"],
                                                      actions.c.client_id == client_id)).scalar()
    if earlier is not None:
        return serialize(_get(conn, workshop, earlier), []), None
    step = _plan_step(conn, workshop)
    return _changed(conn, workshop, _insert(conn, workshop, step["id"], client_id, **fields), "action.added")


def edit(conn, workshop, action_id, fields):
    _get(conn, workshop, action_id)
    values = {k: _clean(workshop, k, fields[k]) for k in LIMITS if k in fields}
    if "status" in fields:
        require(fields["status"] in STATUSES, "bad_payload", field="status")
        values["status"] = fields["status"]
    require(values, "bad_payload", field="action")
    conn.execute(update(actions).where(actions.c.id == action_id).values(**values))
    return _changed(conn, workshop, action_id, "action.updated")


def delete(conn, workshop, action_id):
    _get(conn, workshop, action_id)
    conn.execute(delete_rows(actions).where(actions.c.id == action_id))
    return bump(conn, workshop["id"], "action.removed", {"action_id": action_id})


def volunteer(conn, workshop, participant, action_id, willing):
    """Puts the participant's name down for an action (or takes it back); safe to repeat."""
    _get(conn, workshop, action_id)
    require(isinstance(willing, bool), "bad_payload", field="willing")
    key = (action_volunteers.c.action_id == action_id, action_volunteers.c.participant_id == participant["id"])
    already = conn.execute(select(action_volunteers.c.action_id).where(*key)).first() is not None
    if already == willing:
        action, _ = _changed(conn, workshop, action_id, "action.updated")
        return action, None
    if willing:
        conn.execute(insert(action_volunteers).values(action_id=action_id, participant_id=participant["id"]))
    else:
        conn.execute(delete_rows(action_volunteers).where(*key))
    return _changed(conn, workshop, action_id, "action.updated")


# In every phone's snapshot (each connect and reconnect): built once.
_VOLUNTEERED = select(action_volunteers.c.action_id).where(action_volunteers.c.participant_id == bindparam("participant_id"))


def volunteered(conn, participant_id):
    return conn.execute(_VOLUNTEERED, {"participant_id": participant_id}).scalars().all()


def seed(conn, workshop, step):
    """On the first start of an action-plan step: one action for each of the top-ranked clusters
    (or ideas) of the latest ranking step (a dot vote) before it."""
    if conn.execute(select(actions.c.id).where(actions.c.step_id == step["id"])).first():
        return []
    changes = []
    for target in top_before(conn, step, json.loads(step["options"]).get("seed_count", 3)):
        action_id = _insert(conn, workshop, step["id"], f"seed-{step['id']}-{target['type']}-{target['id']}",
                            target["text"][:LIMITS["what"]])
        changes.append(_changed(conn, workshop, action_id, "action.added")[1])
    return changes


def snapshot(conn, workshop, step, audience):
    return {"actions": listed(conn, workshop)}


def snapshot_mine(conn, workshop, step, participant):
    return {"volunteered": volunteered(conn, participant["id"])}
