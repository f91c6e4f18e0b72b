"""Consent rounds: a proposal, everyone's fist-to-five (or thumbs), amend and run again, decide.

Each round keeps its proposal and its answers; amending closes the round and opens the next with
the new wording, so the report can show how the wording got to where the group agreed.
"""
import json
import time

from sqlalchemy import insert, select, update

from ...db import responses, steps
from ...domain.changes import bump
from ...domain.errors import require
from ...domain.steps import current, set_current_flag, top_before
from ...domain.text import PROMPT_MAX, clean_text
from .result import round_result
from .tables import consent_rounds

OUTCOMES = ("agreed", "not_agreed")


def latest_round(conn, step_id):
    return conn.execute(select(consent_rounds).where(consent_rounds.c.step_id == step_id)
                        .order_by(consent_rounds.c.round.desc())).mappings().first()


def answer_round(conn, step):
    """Answers go to the round under way."""
    latest = latest_round(conn, step["id"])
    require(latest is not None, "wrong_step")
    return latest["round"]


def rounds(conn, step):
    options = json.loads(step["options"])
    answers = {}
    for row in conn.execute(select(responses.c.round, responses.c.value, responses.c.text)
                            .where(responses.c.step_id == step["id"])):
        answers.setdefault(row.round, []).append((row.value, row.text))
    return [round_result(options, row, answers.get(row["round"], []))
            for row in conn.execute(select(consent_rounds).where(consent_rounds.c.step_id == step["id"])
                                    .order_by(consent_rounds.c.round)).mappings()]


def summary(conn, step):
    all_rounds = rounds(conn, step)
    return {"step_id": step["id"], "activity": "consent", "revealed": step["results_revealed"],
            "thumbs": bool(json.loads(step["options"]).get("thumbs")), "rounds": all_rounds,
            "responses": all_rounds[-1]["responses"] if all_rounds else 0}


def _public_rounds(conn, step):
    return {"step_id": step["id"], "rounds": [
        {k: r[k] for k in ("round", "proposal", "outcome")} for r in rounds(conn, step)]}


def round_change(conn, workshop_id, step):
    return bump(conn, workshop_id, "consent", _public_rounds(conn, step))


def _consent_step(conn, workshop):
    step = current(conn, workshop)
    require(step is not None and step["activity"] == "consent", "wrong_step")
    return step


def open_round(conn, workshop_id, step, proposal):
    number = (latest_round(conn, step["id"]) or {"round": 0})["round"] + 1
    conn.execute(insert(consent_rounds).values(workshop_id=workshop_id, step_id=step["id"], round=number,
                                               proposal=proposal, started_at=time.time()))
    return number


def seed(conn, workshop, step):
    """The first round's proposal: the top-ranked items of the vote before (the ground rules the
    group chose), else the step's prompt."""
    if latest_round(conn, step["id"]) is not None:
        return []
    top = top_before(conn, step, json.loads(step["options"]).get("seed_count", 5))
    proposal = "\n".join(t["text"] for t in top) or step["prompt"] or step["title"]
    open_round(conn, workshop["id"], step, proposal)
    return [round_change(conn, workshop["id"], step)]


def amend(conn, workshop, proposal):
    """Closes the round under way as amended and opens the next one with the new wording."""
    step = _consent_step(conn, workshop)
    proposal = clean_text(proposal, PROMPT_MAX * 4)
    latest = latest_round(conn, step["id"])
    if latest is not None and latest["outcome"] is None:
        conn.execute(update(consent_rounds).where(consent_rounds.c.id == latest["id"]).values(outcome="amended"))
    open_round(conn, workshop["id"], step, proposal)
    # A new wording is a new question: answers open again if an earlier decision closed them,
    # and its results start hidden (nobody answers it looking at the last round's). The agenda
    # change after this update carries both.
    conn.execute(update(steps).where(steps.c.id == step["id"]).values(results_revealed=False))
    return [round_change(conn, workshop["id"], step),
            set_current_flag(conn, workshop["id"], "submissions_open", True)]


def decide(conn, workshop, outcome):
    """Records the group's decision on the round under way and closes its answers; returns the
    changes (the rounds, and the step's closed submissions)."""
    require(outcome in OUTCOMES, "bad_payload", field="outcome")
    step = _consent_step(conn, workshop)
    latest = latest_round(conn, step["id"])
    require(latest is not None, "wrong_step")
    conn.execute(update(consent_rounds).where(consent_rounds.c.id == latest["id"]).values(outcome=outcome))
    return [round_change(conn, workshop["id"], step),
            set_current_flag(conn, workshop["id"], "submissions_open", False)]


def agreed_wording(conn, step):
    """The lines of the wording the group agreed (its last agreed round's), else of the last
    round's; what an action plan after the round is seeded from (the declaration's `ranked`)."""
    found = conn.execute(select(consent_rounds.c.proposal, consent_rounds.c.outcome)
                         .where(consent_rounds.c.step_id == step["id"]).order_by(consent_rounds.c.round)).all()
    chosen = ([r for r in found if r.outcome == "agreed"] or found)[-1:] if found else []
    lines = [line.strip() for r in chosen for line in r.proposal.splitlines() if line.strip()]
    return [{"type": "rule", "id": number, "text": line, "points": 0} for number, line in enumerate(lines, 1)]


def snapshot(conn, workshop, step, audience):
    return {"consent": _public_rounds(conn, step) if step and step["activity"] == "consent" else None}
