"""Pair work's report section: the pairs' ideas, and each round's groups by their marks (with
names only in a named workshop)."""
from collections import defaultdict

from ...report.markdown import idea_lines, idea_rows
from ..brainstorm.report import result as ideas_result
from .marks import svg


def rounds(model, step):
    found = defaultdict(lambda: defaultdict(list))
    for pair in model.rows("pairings", step):
        found[pair["round"]][pair["group_number"]].append(pair["participant_id"])
    return [{"round": number, "groups": [
        {"number": n, "size": len(members), "mark": svg(n, 28),
         "names": [] if model.anonymous else [model.participants[m]["nickname"] for m in members
                                              if model.participants[m]["nickname"]]}
        for n, members in sorted(groups.items())]} for number, groups in sorted(found.items())]


def result(model, step):
    return {**ideas_result(model, step), "rounds": rounds(model, step)}


def markdown(model, step, o, decimal):
    return idea_lines(o)


def csv_rows(model, step, number):
    return idea_rows(model, step, number)
