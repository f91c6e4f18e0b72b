"""Answers: one number (and maybe a text) per participant, step and round.

An activity type declares an `Answer` (its allowed values, a text limit, its rounds) to take
answers this way. Answering again replaces the answer, so a retry never doubles; like votes, answers are not
broadcast one by one but summed up in the batched results stream.
"""
import json
import statistics
import time

from sqlalchemy import insert, select, update

from ..db import responses
from .. import activities
from .errors import require
from .steps import current, require_meant
from .text import clean_text, whole_number


def current_round(conn, step):
    """The round answers go to: the one the activity type says (a consent round under way), else 1."""
    rounds = activities.get(step["activity"]).answer.round
    return rounds(conn, step) if rounds else 1


def answer(conn, workshop, participant, value, text="", step_id=None, round_number=None):
    """Records the participant's answer to the current step; returns it. With `step_id` and
    `round_number` (a phone sending late) it must still be that step and round."""
    step = current(conn, workshop)
    kind = activities.get(step["activity"]).answer if step else None
    require(kind is not None, "wrong_step")
    require_meant(step, step_id)
    require(step["submissions_open"], "closed")
    allowed = kind.values(json.loads(step["options"]))
    value = whole_number(value, "value", allowed.start, allowed.stop - 1)
    text = clean_text(text or "", kind.text_limit, required=False) if kind.text_limit else ""
    meant_round, round_number = round_number, current_round(conn, step)
    if meant_round is not None:
        require(whole_number(meant_round, "round", 0, 10**6) == round_number, "wrong_step")
    key = (responses.c.step_id == step["id"], responses.c.participant_id == participant["id"],
           responses.c.round == round_number)
    if conn.execute(select(responses.c.id).where(*key)).first():
        conn.execute(update(responses).where(*key).values(value=value, text=text, updated_at=time.time()))
    else:
        conn.execute(insert(responses).values(
            workshop_id=workshop["id"], step_id=step["id"], participant_id=participant["id"],
            round=round_number, value=value, text=text, updated_at=time.time()))
    return {"step_id": step["id"], "round": round_number, "value": value, "text": text}


def mine(conn, step, participant_id):
    """The participant's answer in the step's current round, or None."""
    if step is None or activities.get(step["activity"]).answer is None:
        return None
    round_number = current_round(conn, step)
    row = conn.execute(select(responses.c.value, responses.c.text).where(
        responses.c.step_id == step["id"], responses.c.participant_id == participant_id,
        responses.c.round == round_number)).first()
    return {"step_id": step["id"], "round": round_number, "value": row.value, "text": row.text} if row else None


def figures(values, allowed):
    """How many gave each allowed value, how many answered, the median and the average: the one
    definition the live results, the projector and the report all use."""
    counts = [0] * len(allowed)
    for value in values:
        if value in allowed:
            counts[value - allowed.start] += 1
    return {"low": allowed.start, "counts": counts, "responses": len(values),
            "average": round(statistics.fmean(values), 1) if values else None,
            "median": statistics.median(values) if values else None}


def distribution(conn, step, round_number=1):
    """The answers of a step's round: figures, and their texts in no telling order."""
    allowed = activities.get(step["activity"]).answer.values(json.loads(step["options"]))
    rows = conn.execute(select(responses.c.value, responses.c.text).where(
        responses.c.step_id == step["id"], responses.c.round == round_number)).all()
    return {"step_id": step["id"], "activity": step["activity"], "revealed": step["results_revealed"],
            **figures([row.value for row in rows], allowed),
            # Sorted, so that the order of the texts does not tell who wrote which.
            "texts": sorted(row.text for row in rows if row.text)}
