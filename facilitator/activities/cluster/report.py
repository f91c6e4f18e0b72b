"""Clustering's report section: how many clusters the ideas were grouped into (the clusters
themselves are shown with the ideas' step)."""
from flask_babel import ngettext


def result(model, step):
    source = model.source_of(step)
    return {"clusters": sum(1 for c in model.clusters.values() if c["step_id"] == source)}


def markdown(model, step, o, decimal):
    return [ngettext("The ideas were grouped into %(num)s cluster (shown above).",
                     "The ideas were grouped into %(num)s clusters (shown above).", o["clusters"])]
