"""The brainstorm's report section: its ideas by cluster, ranked by the points they got."""
from ...report.markdown import idea_lines, idea_rows


def result(model, step):
    clusters, unsorted = model.ideas_by_cluster(step)
    return {"clusters": clusters, "unsorted": unsorted,
            "count": sum(1 for i in model.ideas.values() if i["step_id"] == step["id"])}


def markdown(model, step, o, decimal):
    return idea_lines(o)


def csv_rows(model, step, number):
    return idea_rows(model, step, number)
