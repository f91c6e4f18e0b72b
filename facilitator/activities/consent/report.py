"""The consent step's report section: each round's wording, answers, concerns and outcome,
computed as the live results compute them (result.py)."""
from flask_babel import gettext as _

from ...report.markdown import md_lines
from .result import round_result


def result(model, step):
    rounds = []
    for consent in model.rows("consent_rounds", step):
        answers = [(a["value"], a["text"]) for a in model.answers(step, consent["round"])]
        rounds.append(round_result(step["options"], consent, answers))
    return {"rounds": rounds}


def outcomes():
    return {"agreed": _("agreed"), "not_agreed": _("not agreed"), "amended": _("amended")}


def markdown(model, step, o, decimal):
    lines = []
    for r in o["rounds"]:
        outcome_text = outcomes()[r["outcome"]] if r["outcome"] else ""
        lines += [f"**{_('Round %(r)s', r=r['round'])}** {outcome_text}".rstrip(), ""]
        lines += md_lines(r["proposal"], "> ") + [""]
    return lines
