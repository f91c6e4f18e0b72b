"""The consent step's report section: each round's wording, answers, concerns and outcome,
computed as the live results compute them (result.py); a round with fewer answers than the
report's threshold shows its wording and outcome, not how the answers fell. The agreed wording
goes on the report's first page (`agreed`)."""
from flask_babel import gettext as _

from ...report.markdown import md_lines
from .result import round_result


def result(model, step):
    rounds = []
    for consent in model.rows("consent_rounds", step):
        answers = [(a["value"], a["text"]) for a in model.answers(step, consent["round"])]
        rounds.append(model.withheld(round_result(step["options"], consent, answers)))
    return {"rounds": rounds}


def agreed(model, step):
    """The wording the group agreed on (the last agreed round's), as its lines: the rules."""
    wording = [r["proposal"] for r in model.rows("consent_rounds", step) if r["outcome"] == "agreed"]
    return [line.strip() for line in wording[-1].splitlines() if line.strip()] if wording else []


def outcomes():
    return {"agreed": _("agreed"), "not_agreed": _("not agreed"), "amended": _("amended")}


def markdown(model, step, o, decimal):
    lines = []
    for r in o["rounds"]:
        outcome_text = outcomes()[r["outcome"]] if r["outcome"] else ""
        lines += [f"**{_('Round %(r)s', r=r['round'])}** {outcome_text}".rstrip(), ""]
        lines += md_lines(r["proposal"], "> ") + [""]
    return lines
