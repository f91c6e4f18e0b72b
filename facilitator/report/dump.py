"""A workshop as plain data, and back: the JSON export and import.

Rows refer to each other by `ref`, their order within their table (1, 2, ...), never by database
id, so that exporting an imported workshop gives the same document. Join codes, secrets and
participants' tokens are never exported; in an anonymous workshop neither are nicknames.
"""
import json
import secrets

from sqlalchemy import insert, select, update

from .. import db
from ..domain.workshops import new_code

FORMAT = "facilitator.workshop"
VERSION = 1

WORKSHOP_FIELDS = ("title", "organisation", "facilitator_name", "date", "language", "anonymous", "locked", "started",
                   "goals", "created_at", "closed_at", "series")
# Each table in dependency order: its fields, and which fields point at rows of which table.
TABLES = {
    "participants": (db.participants, ("nickname", "joined_at"), {}),
    "steps": (db.steps, ("position", "activity", "title", "prompt", "time_box_minutes", "options",
                         "source_step_id", "state", "submissions_open", "results_revealed", "started_at",
                         "ended_at", "method_id", "block", "content", "edited"),
              {"source_step_id": "steps"}),
    "clusters": (db.clusters, ("step_id", "client_id", "title", "position"), {"step_id": "steps"}),
    "ideas": (db.ideas, ("step_id", "participant_id", "client_id", "text", "cluster_id", "position",
                         "hidden", "group_number", "created_at"),
              {"step_id": "steps", "participant_id": "participants", "cluster_id": "clusters"}),
    "votes": (db.votes, ("step_id", "participant_id", "client_id", "target_type", "target_id", "created_at"),
              {"step_id": "steps", "participant_id": "participants"}),
    "responses": (db.responses, ("step_id", "participant_id", "round", "value", "text", "updated_at"),
                  {"step_id": "steps", "participant_id": "participants"}),
    "consent_rounds": (db.consent_rounds, ("step_id", "round", "proposal", "outcome", "started_at"),
                       {"step_id": "steps"}),
    "pairings": (db.pairings, ("step_id", "round", "group_number", "participant_id"),
                 {"step_id": "steps", "participant_id": "participants"}),
    "actions": (db.actions, ("step_id", "client_id", "what", "who", "due", "position", "status", "origin",
                             "created_at"), {"step_id": "steps"}),
    "action_volunteers": (db.action_volunteers, ("action_id", "participant_id"),
                          {"action_id": "actions", "participant_id": "participants"}),
}
# A vote's target is an idea or a cluster, by its target_type.
TARGET_TABLES = {"idea": "ideas", "cluster": "clusters"}


def _rows(conn, table, workshop_id):
    if table is db.action_volunteers:
        query = (select(table).join(db.actions, db.actions.c.id == table.c.action_id)
                 .where(db.actions.c.workshop_id == workshop_id)
                 .order_by(table.c.action_id, table.c.participant_id))
    else:
        query = select(table).where(table.c.workshop_id == workshop_id).order_by(table.c.id)
    return conn.execute(query).mappings().all()


def dump(conn, workshop_id):
    """The whole workshop as JSON-able data."""
    workshop = conn.execute(select(db.workshops).where(db.workshops.c.id == workshop_id)).mappings().one()
    refs = {}  # table name -> {database id: ref}
    document = {"format": FORMAT, "version": VERSION,
                "workshop": {f: workshop[f] for f in WORKSHOP_FIELDS}}
    document["workshop"]["series"] = json.loads(workshop["series"] or "[]")
    for name, (table, fields, links) in TABLES.items():
        rows = _rows(conn, table, workshop_id)
        if "id" in table.c:
            refs[name] = {row["id"]: number for number, row in enumerate(rows, 1)}
        items = []
        for row in rows:
            item = {f: row[f] for f in fields}
            for field, target in links.items():
                item[field] = refs[target].get(row[field]) if row[field] is not None else None
            if name == "votes":
                item["target_id"] = refs[TARGET_TABLES[row["target_type"]]].get(row["target_id"])
            if name == "steps":
                item["options"] = json.loads(row["options"])
                item["content"] = json.loads(row["content"]) if row["content"] else None
            if name == "participants" and workshop["anonymous"]:
                item["nickname"] = None
            items.append(item)
        document[name] = items
    current = workshop["current_step_id"]
    document["workshop"]["current_step"] = refs["steps"].get(current) if current else None
    return document


def load(conn, document):
    """A new workshop (with a new code and secret) holding everything in `document`; its row."""
    if not isinstance(document, dict) or document.get("format") != FORMAT or document.get("version") != VERSION:
        raise ValueError("not a Facilitator workshop export (format facilitator.workshop, version 1)")
    fields = {f: document["workshop"][f] for f in WORKSHOP_FIELDS}
    fields["series"] = json.dumps(fields["series"], ensure_ascii=False)
    workshop_id = conn.execute(insert(db.workshops).values(
        code=new_code(conn), secret=secrets.token_urlsafe(24), **fields)).inserted_primary_key[0]
    ids = {}
    for name, (table, _fields, links) in TABLES.items():
        ids[name] = {}
        for ref, item in enumerate(document.get(name, []), 1):
            values = dict(item)
            for field, target in links.items():
                if values[field] is not None:
                    values[field] = ids[target][values[field]]
            if name == "votes":
                values["target_id"] = ids[TARGET_TABLES[values["target_type"]]][values["target_id"]]
            if name == "steps":
                values["options"] = json.dumps(values["options"], ensure_ascii=False)
                values["content"] = json.dumps(values["content"], ensure_ascii=False) if values["content"] else None
            if name == "ideas":
                values["author_key"] = values["participant_id"] or 0
            if name == "participants":
                values["token"] = secrets.token_urlsafe(24)
            if name != "action_volunteers":
                values["workshop_id"] = workshop_id
            result = conn.execute(insert(table).values(**values))
            if "id" in table.c:
                ids[name][ref] = result.inserted_primary_key[0]
    current = document["workshop"].get("current_step")
    conn.execute(update(db.workshops).where(db.workshops.c.id == workshop_id).values(
        current_step_id=ids["steps"][current] if current else None, revision=1))
    return conn.execute(select(db.workshops).where(db.workshops.c.id == workshop_id)).mappings().one()
