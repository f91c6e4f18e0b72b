"""The dot vote's report section: the ranking, computed as the live tally ranks (result.py)."""
from collections import Counter

from flask_babel import ngettext

from ...report.markdown import md
from .result import ranking


def points(model, step):
    """{(target type, target ref): dots} of this vote, hidden ideas left out."""
    counted = Counter((v["target_type"], v["target_id"]) for v in model.rows("votes", step))
    return {key: n for key, n in counted.items() if key[0] != "idea" or key[1] in model.ideas}


def _targets(model, source):
    found = [{"type": "cluster", "id": ref, "text": c["title"], "order": (0, c["position"], ref)}
             for ref, c in model.clusters.items() if c["step_id"] == source]
    found += [{"type": "idea", "id": ref, "text": i["text"], "order": (1, i["position"], ref)}
              for ref, i in model.ideas.items() if i["step_id"] == source and i["cluster_id"] is None]
    return found


def result(model, step):
    dots = points(model, step)
    ranked = [t for t in ranking(_targets(model, model.source_of(step)), dots) if t["dots"]]
    most = max((t["dots"] for t in ranked), default=0)
    for item in ranked:
        item["share"] = item["dots"] / most if most else 0
    voters = {v["participant_id"] for v in model.rows("votes", step)}
    return {"ranking": ranked, "voters": len(voters), "dots": sum(dots.values())}


def contributors(model):
    return {v["participant_id"] for v in model.rows("votes")}


def markdown(model, step, o, decimal):
    return [f"{item['place']}. {md(item['text'])} — {ngettext('%(num)s dot', '%(num)s dots', item['dots'])}"
            for item in o["ranking"]]
