"""Questions with upvotes: participants ask (anonymously) and upvote the others' questions, one
upvote each, withdrawable; the facilitator approves (when moderated), hides, marks answered and
highlights one on the projector.

Every upvote is a row named by the phone's client id, so a retry never doubles it; a question is
named by its client id too, so a retried question is asked once.
"""
import json
import time

from sqlalchemy import bindparam, func, insert, select, update

from ...domain.changes import bump
from ...domain.errors import require
from ...domain.quotas import check
from ...domain.steps import current, require_meant, set_current_flag
from ...domain.text import clean_text, client_id as check_client_id, identifier
from .result import board
from .tables import question_votes, questions

QUESTION_MAX = 280
# No honest room reaches these; a flood cannot fill the board.
PER_PARTICIPANT = 20
PER_STEP = 500
STATUSES = ("pending", "shown", "hidden")


def _step(conn, workshop):
    step = current(conn, workshop)
    require(step is not None and step["activity"] == "questions", "wrong_step")
    return step


def _open_step(conn, workshop):
    step = _step(conn, workshop)
    require(step["submissions_open"], "closed")
    return step


def _moderated(step):
    return bool(json.loads(step["options"]).get("moderated"))


def _own(row):
    """A question as its asker's phone knows it (with its status)."""
    return {"id": row["id"], "step_id": row["step_id"], "client_id": row["client_id"], "text": row["text"],
            "status": row["status"], "answered": bool(row["answered"])}


def _queued(row):
    """A question as the facilitator's queue lists it: never who asked."""
    return {"id": row["id"], "text": row["text"], "status": row["status"], "created_at": row["created_at"]}


def queue(conn, step):
    """The questions waiting for approval or hidden, oldest first (the facilitator's only)."""
    rows = conn.execute(select(questions).where(questions.c.step_id == step["id"], questions.c.status != "shown")
                        .order_by(questions.c.id)).mappings()
    return {"step_id": step["id"], "questions": [_queued(r) for r in rows]}


def queue_change(conn, workshop, step):
    """The facilitator hears the queue; everyone else only that the revision moved on."""
    return bump(conn, workshop["id"], "rev", {}, facilitator_kind="questions.queue",
                facilitator_data=queue(conn, step))


def ask(conn, workshop, participant, client_id, text, step_id=None):
    """Asks a question; returns (the question as its phone knows it, the change or None). A
    retry with the same client id returns the first question and changes nothing."""
    client_id = check_client_id(client_id)
    text = clean_text(text, QUESTION_MAX)
    earlier = conn.execute(select(questions).where(questions.c.participant_id == participant["id"],
                                                   questions.c.client_id == client_id)).mappings().first()
    if earlier is not None:
        return _own(earlier), None
    step = _open_step(conn, workshop)
    require_meant(step, step_id)
    count = select(func.count()).select_from(questions).where(questions.c.step_id == step["id"])
    check(conn.execute(count).scalar_one(), PER_STEP, "questions_per_step")
    check(conn.execute(count.where(questions.c.participant_id == participant["id"])).scalar_one(),
          PER_PARTICIPANT, "questions_per_participant")
    status = "pending" if _moderated(step) else "shown"
    question_id = conn.execute(insert(questions).values(
        workshop_id=workshop["id"], step_id=step["id"], participant_id=participant["id"], client_id=client_id,
        text=text, status=status, answered=False, highlighted=False, created_at=time.time())).inserted_primary_key[0]
    row = conn.execute(select(questions).where(questions.c.id == question_id)).mappings().one()
    return _own(row), queue_change(conn, workshop, step) if status == "pending" else None


# What every upvote reads, built once (building a statement cost more than running it).
_QUESTION = select(questions).where(questions.c.id == bindparam("id"), questions.c.step_id == bindparam("step_id"))
_SEEN = select(question_votes.c.id).where(question_votes.c.participant_id == bindparam("participant_id"),
                                          question_votes.c.client_id == bindparam("client_id"))
_MINE = select(question_votes.c.client_id, question_votes.c.question_id).where(
    question_votes.c.step_id == bindparam("step_id"), question_votes.c.participant_id == bindparam("participant_id"),
    question_votes.c.withdrawn.is_(False)).order_by(question_votes.c.id)
_UPVOTE = insert(question_votes)


def _question(conn, step, question_id):
    identifier(question_id, "question_id")
    row = conn.execute(_QUESTION, {"id": question_id, "step_id": step["id"]}).mappings().first()
    require(row is not None, "not_found")
    return row


def my_upvotes(conn, step_id, participant_id):
    """The participant's upvotes in force: [{client_id, question_id}]."""
    rows = conn.execute(_MINE, {"step_id": step_id, "participant_id": participant_id})
    return [{"client_id": client_id, "question_id": question_id} for client_id, question_id in rows]


def upvote(conn, workshop, participant, client_id, question_id, step_id=None):
    """One upvote on a shown question of someone else's; returns (my upvotes, whether the count
    moved). The same client id again, or a second upvote on the same question, changes nothing."""
    client_id = check_client_id(client_id)
    step = _open_step(conn, workshop)
    seen = conn.execute(_SEEN, {"participant_id": participant["id"], "client_id": client_id}).first()
    if seen is not None:
        return my_upvotes(conn, step["id"], participant["id"]), False
    require_meant(step, step_id)
    row = _question(conn, step, question_id)
    require(row["status"] == "shown", "not_found")
    require(row["participant_id"] != participant["id"], "forbidden")
    mine = my_upvotes(conn, step["id"], participant["id"])
    if any(v["question_id"] == row["id"] for v in mine):
        return mine, False
    conn.execute(_UPVOTE, {"workshop_id": workshop["id"], "step_id": step["id"], "question_id": row["id"],
                           "participant_id": participant["id"], "client_id": client_id, "withdrawn": False,
                           "created_at": time.time()})
    return mine + [{"client_id": client_id, "question_id": row["id"]}], True


def withdraw(conn, workshop, participant, client_id):
    """Takes back the upvote named `client_id`; taking it back twice is harmless."""
    client_id = check_client_id(client_id)
    step = _open_step(conn, workshop)
    moved = conn.execute(update(question_votes).where(
        question_votes.c.step_id == step["id"], question_votes.c.participant_id == participant["id"],
        question_votes.c.client_id == client_id, question_votes.c.withdrawn.is_(False)).values(withdrawn=True)).rowcount
    return my_upvotes(conn, step["id"], participant["id"]), bool(moved)


def moderate(conn, workshop, question_id, status):
    """The facilitator shows (approves) or hides a question; returns the queue's change."""
    require(status in ("shown", "hidden"), "bad_payload", field="status")
    step = _step(conn, workshop)
    row = _question(conn, step, question_id)
    values = {"status": status} if status == "shown" else {"status": status, "highlighted": False}
    conn.execute(update(questions).where(questions.c.id == row["id"]).values(**values))
    return queue_change(conn, workshop, step)


def mark_answered(conn, workshop, question_id, answered):
    require(isinstance(answered, bool), "bad_payload", field="answered")
    step = _step(conn, workshop)
    row = _question(conn, step, question_id)
    require(row["status"] == "shown", "not_found")
    conn.execute(update(questions).where(questions.c.id == row["id"]).values(answered=answered))


def highlight(conn, workshop, question_id):
    """Shows one shown question big on the projector (None: none)."""
    step = _step(conn, workshop)
    if question_id is not None:
        require(_question(conn, step, question_id)["status"] == "shown", "not_found")
    conn.execute(update(questions).where(questions.c.step_id == step["id"]).values(
        highlighted=questions.c.id == question_id if question_id is not None else False))


def result(conn, step):
    """The room's board: the shown questions in order with their upvotes (the result stream)."""
    shown = conn.execute(select(questions.c.id, questions.c.text, questions.c.answered, questions.c.highlighted,
                                questions.c.created_at).where(questions.c.step_id == step["id"],
                                                              questions.c.status == "shown")).mappings().all()
    counted = conn.execute(select(question_votes.c.question_id, func.count()).where(
        question_votes.c.step_id == step["id"], question_votes.c.withdrawn.is_(False))
        .group_by(question_votes.c.question_id)).all()
    voters = conn.execute(select(func.count(func.distinct(question_votes.c.participant_id))).where(
        question_votes.c.step_id == step["id"], question_votes.c.withdrawn.is_(False))).scalar_one()
    ordered = board(shown, dict(counted))
    return {"step_id": step["id"], "activity": "questions", "revealed": step["results_revealed"],
            "voters": voters, "responses": len(ordered), "questions": ordered}


def on_start(conn, workshop, step):
    """The board is the room's from the start: the phones and the projector get it live."""
    if step["results_revealed"]:
        return []
    return [set_current_flag(conn, workshop["id"], "results_revealed", True)]


def snapshot(conn, workshop, step, audience):
    here = step is not None and step["activity"] == "questions"
    return {"question_queue": queue(conn, step) if here and audience == "facilitator" else None}


def mine(conn, workshop, step, participant):
    if step is None or step["activity"] != "questions":
        return {"questions": None}
    own = conn.execute(select(questions).where(questions.c.step_id == step["id"],
                                               questions.c.participant_id == participant["id"])
                       .order_by(questions.c.id)).mappings()
    return {"questions": {"step_id": step["id"], "asked": [_own(r) for r in own],
                          "upvotes": my_upvotes(conn, step["id"], participant["id"])}}
