"""The questions' report section: every shown question with its upvotes and whether it was
answered, in the order the live board had them (result.py). Hidden and unapproved ones stay out."""
from collections import Counter

from flask_babel import gettext as _, ngettext

from ...report.markdown import md
from .result import board


def result(model, step):
    refs = {ref: q for ref, q in enumerate(model.rows("questions"), 1) if q["step_id"] == step["id"]}
    shown = [dict(q, id=ref) for ref, q in refs.items() if q["status"] == "shown"]
    votes = model.rows("question_votes", step)
    counted = Counter(v["question_id"] for v in votes if not v["withdrawn"])
    ordered = board(shown, counted)
    voters = {v["participant_id"] for v in votes if not v["withdrawn"]}
    return {"questions": ordered, "voters": len(voters), "answered": sum(q["answered"] for q in ordered)}


def contributors(model):
    return ({q["participant_id"] for q in model.rows("questions")}
            | {v["participant_id"] for v in model.rows("question_votes") if not v["withdrawn"]})


def _upvotes(count):
    # Outside the f-string, where the translations' extraction finds it.
    return ngettext("%(num)s upvote", "%(num)s upvotes", count)


def markdown(model, step, o, decimal):
    answered = _("answered")
    return [f"{number}. {md(q['text'])} — {_upvotes(q['votes'])}"
            + (f" ({answered})" if q["answered"] else "") for number, q in enumerate(o["questions"], 1)]


def csv_rows(model, step, number):
    """One row per question: step, title, "answered" (in the cluster column), the question (in
    the idea column), its upvotes (in the dots column)."""
    return [[number, step["title"], _("answered") if q["answered"] else "", q["text"], q["votes"]]
            for q in result(model, step)["questions"]]
