"""The dot vote's report section: the ranking, computed as the live tally ranks (result.py). A
vote of fewer people than the report's threshold gives no points to anything and no top themes:
its dots would tell who voted for what in a small team."""
from collections import Counter

from flask_babel import ngettext

from ...domain.privacy import is_withheld
from ...report.markdown import md
from .result import ranking

TOP_PLACES = 3  # the first page's top themes: the first three places (all that share them)


def _voters(model, step):
    return {v["participant_id"] for v in model.rows("votes", step)}


def points(model, step):
    """{(target type, target ref): dots} of this vote, hidden ideas left out; none for a vote
    whose results are withheld."""
    if is_withheld({"voters": len(_voters(model, step))}, model.min_answers):
        return {}
    counted = Counter((v["target_type"], v["target_id"]) for v in model.rows("votes", step))
    return {key: n for key, n in counted.items() if key[0] != "idea" or key[1] in model.ideas}


def _targets(model, source):
    found = [{"type": "cluster", "id": ref, "text": c["title"], "order": (0, c["position"], ref)}
             for ref, c in model.clusters.items() if c["step_id"] == source]
    found += [{"type": "idea", "id": ref, "text": i["text"], "order": (1, i["position"], ref)}
              for ref, i in model.ideas.items() if i["step_id"] == source and i["cluster_id"] is None]
    return found


def _ranked(model, step):
    return [t for t in ranking(_targets(model, model.source_of(step)), points(model, step)) if t["dots"]]


def result(model, step):
    ranked = _ranked(model, step)
    most = max((t["dots"] for t in ranked), default=0)
    for item in ranked:
        item["share"] = item["dots"] / most if most else 0
    return {"ranking": ranked, "voters": len(_voters(model, step)), "dots": sum(points(model, step).values())}


def top(model, step):
    """The top themes for the first page: the first places, ties included (the same order as
    the projector's and the section's)."""
    return [t for t in _ranked(model, step) if t["place"] <= TOP_PLACES]


def contributors(model):
    return {v["participant_id"] for v in model.rows("votes")}


def markdown(model, step, o, decimal):
    # The place escaped: a renderer must not renumber a tie (two items both first).
    return [f"{item['place']}\\. {md(item['text'])} — {ngettext('%(num)s dot', '%(num)s dots', item['dots'])}"
            for item in o["ranking"]]
