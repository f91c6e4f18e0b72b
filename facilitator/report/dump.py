"""A workshop as plain data, and back: the JSON export and import.

Rows refer to each other by `ref`, their order within their table (1, 2, ...), never by database
id, so that exporting an imported workshop gives the same document. Join codes, secrets and
participants' tokens are never exported; in an anonymous workshop neither are nicknames, but those
of the participants a named table's rows name (volunteers for an action: volunteering is named).
"""
import json
import secrets

from sqlalchemy import insert, select, update

from .. import activities, db
from ..activities import Table
from ..domain.errors import DomainError
from ..domain.ideas import named_step_ids
from ..domain.privacy import shows_names
from ..domain.workshops import new_code

FORMAT = "facilitator.workshop"
VERSION = 1

WORKSHOP_FIELDS = ("title", "organisation", "facilitator_name", "date", "language", "anonymous", "locked", "started",
                   "goals", "created_at", "closed_at", "series", "start_minutes", "next_meeting")
# The core's tables in dependency order; each activity type's own follow (activities.Table).
CORE_TABLES = (
    Table("participants", db.participants, ("nickname", "joined_at")),
    Table("steps", db.steps, ("position", "activity", "title", "prompt", "time_box_minutes", "options",
                              "source_step_id", "state", "submissions_open", "results_revealed", "started_at",
                              "ended_at", "method_id", "block", "content", "edited", "notes", "min_minutes", "optional"),
          links={"source_step_id": "steps"}, json_fields=("options", "content")),
    Table("clusters", db.clusters, ("step_id", "client_id", "title", "position"), links={"step_id": "steps"}),
    Table("ideas", db.ideas, ("step_id", "participant_id", "client_id", "text", "cluster_id", "position",
                              "hidden", "group_number", "created_at"),
          links={"step_id": "steps", "participant_id": "participants", "cluster_id": "clusters"}),
    Table("responses", db.responses, ("step_id", "participant_id", "round", "value", "text", "updated_at"),
          links={"step_id": "steps", "participant_id": "participants"}),
)


def tables():
    return list(CORE_TABLES) + activities.tables()


def _rows(conn, spec, workshop_id):
    table = spec.table
    if spec.parent is not None:
        field, parent_name = spec.parent
        parent = next(t.table for t in tables() if t.name == parent_name)
        query = (select(table).join(parent, parent.c.id == table.c[field])
                 .where(parent.c.workshop_id == workshop_id).order_by(*table.primary_key.columns))
    else:
        query = select(table).where(table.c.workshop_id == workshop_id).order_by(table.c.id)
    return conn.execute(query).mappings().all()


def _participant_fields(spec):
    return [f for f, target in spec.links.items() if target == "participants"]


def _named_participants(conn, workshop):
    """The ids of those whom a named table's rows name (who volunteered for an action), and of
    those who wrote in a step that shows names."""
    named_steps = named_step_ids(conn, workshop)
    return {row[field] for spec in tables() if spec.named or (named_steps and "step_id" in spec.table.c)
            for row in _rows(conn, spec, workshop["id"]) for field in _participant_fields(spec)
            if row[field] is not None and (spec.named or row.get("step_id") in named_steps)}


def dump(conn, workshop_id):
    """The whole workshop as JSON-able data."""
    workshop = conn.execute(select(db.workshops).where(db.workshops.c.id == workshop_id)).mappings().one()
    named = _named_participants(conn, workshop) if workshop["anonymous"] else set()
    refs = {}  # table name -> {database id: ref}
    document = {"format": FORMAT, "version": VERSION,
                "workshop": {f: workshop[f] for f in WORKSHOP_FIELDS}}
    document["workshop"]["series"] = json.loads(workshop["series"] or "[]")
    for spec in tables():
        rows = _rows(conn, spec, workshop_id)
        if "id" in spec.table.c:
            refs[spec.name] = {row["id"]: number for number, row in enumerate(rows, 1)}
        items = []
        for row in rows:
            item = {f: row[f] for f in spec.fields}
            for field, target in spec.links.items():
                item[field] = refs[target].get(row[field]) if row[field] is not None else None
            for field, (type_field, targets) in spec.typed_links.items():
                item[field] = refs[targets[row[type_field]]].get(row[field])
            for field in spec.json_fields:
                item[field] = json.loads(row[field]) if row[field] else None
            if spec.name == "participants" and workshop["anonymous"] and row["id"] not in named:
                item["nickname"] = None
            items.append(item)
        document[spec.name] = items
    current = workshop["current_step_id"]
    document["workshop"]["current_step"] = refs["steps"].get(current) if current else None
    return document


def load(conn, document):
    """A new workshop (with a new code and secret) holding everything in `document`; its row."""
    if not isinstance(document, dict) or document.get("format") != FORMAT or document.get("version") != VERSION:
        raise ValueError("not a Facilitator workshop export (format facilitator.workshop, version 1)")
    # An export from before a field existed leaves it to the column's default.
    fields = {f: document["workshop"][f] for f in WORKSHOP_FIELDS if f in document["workshop"]}
    fields["series"] = json.dumps(fields["series"], ensure_ascii=False)
    workshop_id = conn.execute(insert(db.workshops).values(
        code=new_code(conn), secret=secrets.token_urlsafe(24), **fields)).inserted_primary_key[0]
    ids = {}
    for spec in tables():
        ids[spec.name] = {}
        for ref, item in enumerate(document.get(spec.name, []), 1):
            values = dict(item)
            for field, target in spec.links.items():
                if values[field] is not None:
                    values[field] = ids[target][values[field]]
            for field, (type_field, targets) in spec.typed_links.items():
                values[field] = ids[targets[values[type_field]]][values[field]]
            for field in spec.json_fields:
                values[field] = json.dumps(values[field], ensure_ascii=False) if values[field] is not None else None
            if spec.name == "steps" and values["options"] is None:
                values["options"] = "{}"
            if spec.name == "ideas":
                values["author_key"] = values["participant_id"] or 0
            if spec.name == "participants":
                values["token"] = secrets.token_urlsafe(24)
            if spec.parent is None:
                values["workshop_id"] = workshop_id
            result = conn.execute(insert(spec.table).values(**values))
            if "id" in spec.table.c:
                ids[spec.name][ref] = result.inserted_primary_key[0]
    current = document["workshop"].get("current_step")
    conn.execute(update(db.workshops).where(db.workshops.c.id == workshop_id).values(
        current_step_id=ids["steps"][current] if current else None, revision=1))
    return conn.execute(select(db.workshops).where(db.workshops.c.id == workshop_id)).mappings().one()


def unlinked(document):
    """The export as it may leave the server: no anonymous record points at a person another
    record points at. In an anonymous workshop every row that names a participant (an idea, a
    dot, an answer, a pair...) gets a participant of its own, with no nickname and the workshop's
    own time as its joining time; a volunteer's (a named table's) keeps the nickname, which says
    nothing of what they wrote or answered. In a named workshop so do the answers of the steps
    whose type promises anonymity (feedback, a consent round's concerns). Those who joined and did
    nothing stay as many as they were. Deterministic, so that exporting an imported workshop gives
    the same document."""
    anonymous = document["workshop"]["anonymous"]
    promised = {ref for ref, step in enumerate(document["steps"], 1) if _answers_anonymous(step["activity"])}
    # An anonymous workshop's steps that show names: their rows keep the nickname (and only it).
    shown = {ref for ref, step in enumerate(document["steps"], 1) if shows_names(document["workshop"], step["options"])}
    if not anonymous and not promised:
        return document
    copy = {name: value for name, value in document.items()}
    nickname = {ref: p["nickname"] for ref, p in enumerate(document["participants"], 1)}
    joined = document["workshop"]["created_at"]
    people, used = [], set()
    for spec in tables():
        participant_fields = _participant_fields(spec)
        if not participant_fields or spec.name not in document:
            continue
        rows = []
        for row in document[spec.name]:
            row = dict(row)
            if anonymous or row.get("step_id") in promised:
                for field in participant_fields:
                    if row[field] is not None:
                        used.add(row[field])
                        keep = spec.named or (anonymous and row.get("step_id") in shown)
                        people.append({"nickname": nickname[row[field]] if keep else None, "joined_at": joined})
                        row[field] = -len(people)  # made positive below, after the others' refs
            rows.append(row)
        copy[spec.name] = rows
    return _renumbered(document, copy, people, used, anonymous)


def _renumbered(document, copy, people, used, anonymous):
    """The participants of `copy`: in an anonymous workshop only the new ones (and the idle);
    in a named one everyone as before, the new nameless ones after them."""
    joined = document["workshop"]["created_at"]
    if anonymous:
        idle = len(document["participants"]) - len(used)
        kept, offset = [{"nickname": None, "joined_at": joined}] * idle, 0
        participants = people + kept
    else:
        participants, offset = list(document["participants"]) + people, len(document["participants"])
    for spec in tables():
        if spec.name not in copy:
            continue
        for row in copy[spec.name]:
            for field in _participant_fields(spec):
                if row[field] is not None and row[field] < 0:
                    row[field] = offset - row[field]
    copy["participants"] = participants
    return copy


def _answers_anonymous(activity):
    try:
        return activities.get(activity).anonymous_answers
    except DomainError:  # a type no longer installed: its answers are kept apart too
        return True
