"""The ranking's report section: the options by Borda points and how often each got each place,
counted as the live result counts them (result.py)."""
from flask_babel import ngettext

from ...report.markdown import md
from .result import borda


def result(model, step):
    refs = {ref: o for ref, o in enumerate(model.rows("ranking_options"), 1) if o["step_id"] == step["id"]}
    options = [{"id": ref, "text": o["text"], "position": o["position"]} for ref, o in refs.items()]
    places = [(p["option_id"], p["place"]) for p in model.rows("ranking_places", step)]
    ranked = borda(options, places)
    most = max((o["points"] for o in ranked), default=0)
    for option in ranked:
        option["share"] = option["points"] / most if most else 0
    # Every participant ranks every option: the rankers are the first places given.
    return {"ranking": ranked, "rankers": sum(1 for _option, place in places if place == 0), "count": len(options)}


def contributors(model):
    return {p["participant_id"] for p in model.rows("ranking_places")}


def _points(count):
    # Outside the f-string, where the translations' extraction finds it.
    return ngettext("%(num)s point", "%(num)s points", count)


def markdown(model, step, o, decimal):
    return [f"{item['place']}. {md(item['text'])} — {_points(item['points'])}"
            f" ({' / '.join(str(n) for n in item['positions'])})" for item in o["ranking"]]


def csv_rows(model, step, number):
    """One row per option: step, title, its place (in the cluster column), the option (in the
    idea column), its points (in the dots column)."""
    return [[number, step["title"], item["place"], item["text"], item["points"]] for item in result(model, step)["ranking"]]
