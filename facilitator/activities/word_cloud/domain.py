"""The word cloud: each participant sends one to three words or short phrases (sending again
replaces them); the cloud counts base forms, each person once per word (result.py) and lays them
out (cloud.py); the facilitator can take a word out. With `hidden` on, the cloud stays off the
projector until the facilitator reveals it; otherwise it is the room's from the start.
"""
import json
import time

from sqlalchemy import insert, select, update

from ...db import workshops
from ...domain.changes import bump
from ...domain.errors import require
from ...domain.steps import current, require_meant, set_current_flag
from ...domain.text import clean_text
from .result import figures
from .tables import word_cloud_answers, word_cloud_hidden

ENTRY_MAX = 40
MOST_ENTRIES = 3


def _step(conn, workshop):
    step = current(conn, workshop)
    require(step is not None and step["activity"] == "word_cloud", "wrong_step")
    return step


def submit(conn, workshop, participant, entries, step_id=None):
    """Records the participant's entries for the current step; returns them."""
    step = _step(conn, workshop)
    require(step["submissions_open"], "closed")
    require_meant(step, step_id)
    require(isinstance(entries, list) and 1 <= len(entries) <= MOST_ENTRIES, "bad_payload", field="words")
    entries = [clean_text(entry, ENTRY_MAX) for entry in entries]
    values = {"words": json.dumps(entries, ensure_ascii=False), "updated_at": time.time()}
    where = (word_cloud_answers.c.step_id == step["id"], word_cloud_answers.c.participant_id == participant["id"])
    if conn.execute(update(word_cloud_answers).where(*where).values(**values)).rowcount == 0:
        conn.execute(insert(word_cloud_answers).values(workshop_id=workshop["id"], step_id=step["id"],
                                                       participant_id=participant["id"], **values))
    return {"step_id": step["id"], "words": entries}


def hidden_words(conn, step_id):
    return conn.execute(select(word_cloud_hidden.c.word).where(word_cloud_hidden.c.step_id == step_id)
                        .order_by(word_cloud_hidden.c.word)).scalars().all()


def _hidden_change(conn, workshop, step):
    """The facilitator hears which words are out; everyone else only that the revision moved on."""
    return bump(conn, workshop["id"], "rev", {}, facilitator_kind="word_cloud.hidden",
                facilitator_data={"step_id": step["id"], "words": hidden_words(conn, step["id"])})


def set_hidden(conn, workshop, word, hide):
    """Takes a word (as the cloud shows it) out of the cloud, or puts it back."""
    step = _step(conn, workshop)
    word = clean_text(word, 200)
    table = word_cloud_hidden
    if hide:
        if conn.execute(select(table.c.id).where(table.c.step_id == step["id"], table.c.word == word)).first() is None:
            conn.execute(insert(table).values(workshop_id=workshop["id"], step_id=step["id"], word=word))
    else:
        conn.execute(table.delete().where(table.c.step_id == step["id"], table.c.word == word))
    return _hidden_change(conn, workshop, step)


def language_of(conn, workshop_id):
    return conn.execute(select(workshops.c.language).where(workshops.c.id == workshop_id)).scalar_one()


def result(conn, step):
    rows = conn.execute(select(word_cloud_answers.c.words).where(word_cloud_answers.c.step_id == step["id"])).scalars()
    answers = [json.loads(words) for words in rows]
    return {"step_id": step["id"], "activity": "word_cloud", "revealed": step["results_revealed"],
            **figures(answers, language_of(conn, step["workshop_id"]), hidden_words(conn, step["id"]))}


def on_start(conn, workshop, step):
    """Unless the cloud is to stay hidden, it is the room's from the start (live on the projector)."""
    if step["results_revealed"] or json.loads(step["options"]).get("hidden"):
        return []
    return [set_current_flag(conn, workshop["id"], "results_revealed", True)]


def snapshot(conn, workshop, step, audience):
    here = step is not None and step["activity"] == "word_cloud" and audience == "facilitator"
    return {"word_cloud_hidden": {"step_id": step["id"], "words": hidden_words(conn, step["id"])} if here else None}


def mine(conn, workshop, step, participant):
    if step is None or step["activity"] != "word_cloud":
        return {"word_cloud": None}
    words = conn.execute(select(word_cloud_answers.c.words).where(
        word_cloud_answers.c.step_id == step["id"], word_cloud_answers.c.participant_id == participant["id"])).scalar()
    return {"word_cloud": {"step_id": step["id"], "words": json.loads(words) if words else None}}

