"""The report, made from a workshop's dump (see dump.py) by plain functions.

The core makes the frame (cover, agenda, the day's actions, the series, participation); each
step's section comes from its activity type's `report` module (`outcome(model, step)`), which
computes with the same result functions as the live tally. Hidden (moderated) ideas stay out. In
an anonymous workshop no author appears: the dump has no nicknames then, and this module never
adds one.
"""
from collections import defaultdict

from .. import activities
from ..domain import clock
from ..domain.errors import DomainError
from ..domain.responses import figures
from ..domain.steps import source_of


def _by_ref(items):
    return {number: item for number, item in enumerate(items, 1)}


def _minutes(step):
    if step["started_at"] and step["ended_at"]:
        return round((step["ended_at"] - step["started_at"]) / 60)
    return None


def section(activity):
    """The activity type's report module, or None (a type without one has no section)."""
    try:
        kind = activities.get(activity)
    except DomainError:  # a type no longer installed: its step is listed without a section
        return None
    return kind.module("report")


class Report:
    def __init__(self, document):
        self.document = document
        self.workshop = document["workshop"]
        self.anonymous = self.workshop["anonymous"]
        self.participants = _by_ref(document["participants"])
        self.steps = [dict(step, id=ref) for ref, step in _by_ref(document["steps"]).items()]
        self.clusters = _by_ref(document["clusters"])
        self.ideas = {ref: idea for ref, idea in _by_ref(document["ideas"]).items() if not idea["hidden"]}

    def rows(self, table, step=None):
        """A table's rows of the dump (an activity type's own too), those of `step` if given."""
        rows = self.document.get(table, [])
        return rows if step is None else [r for r in rows if r["step_id"] == step["id"]]

    def author(self, idea):
        if self.anonymous or idea["participant_id"] is None:
            return None
        return self.participants[idea["participant_id"]]["nickname"]

    def source_of(self, step):
        return source_of(self.steps, step)

    def points_on(self, source_ref):
        """Points each cluster and idea of this step got ({(type, ref): n}), summed over every
        later step whose type gives points (a dot vote) and that worked on it."""
        totals = defaultdict(int)
        for step in self.steps:
            module = section(step["activity"])
            if module is not None and hasattr(module, "points") and self.source_of(step) == source_ref:
                for key, points in module.points(self, step).items():
                    totals[key] += points
        return totals

    def ideas_by_cluster(self, step):
        """The step's ideas by cluster: (clusters, unsorted ideas), clusters and ideas ranked by
        points (ties in the wall's order)."""
        totals = self.points_on(step["id"])
        clusters = []
        for ref, cluster in sorted(self.clusters.items(), key=lambda c: (c[1]["position"], c[0])):
            if cluster["step_id"] == step["id"]:
                members = [self._idea(r, i, totals) for r, i in self._ordered_ideas() if i["cluster_id"] == ref]
                clusters.append({"title": cluster["title"], "dots": totals.get(("cluster", ref), 0),
                               "ideas": sorted(members, key=lambda i: -i["dots"])})
        unsorted = [self._idea(r, i, totals) for r, i in self._ordered_ideas()
                    if i["step_id"] == step["id"] and i["cluster_id"] is None]
        clusters.sort(key=lambda c: -c["dots"])
        return clusters, sorted(unsorted, key=lambda i: -i["dots"])

    def _ordered_ideas(self):
        return sorted(self.ideas.items(), key=lambda item: (item[1]["position"], item[0]))

    def _idea(self, ref, idea, totals):
        return {"text": idea["text"], "author": self.author(idea), "group": idea["group_number"],
                "dots": totals.get(("idea", ref), 0)}

    def answers(self, step, round_number=1):
        return [r for r in self.document["responses"] if r["step_id"] == step["id"] and r["round"] == round_number]

    def answer_figures(self, step):
        """The step's answers as the live results count them (domain/responses.py), with texts."""
        answers = self.answers(step)
        result = figures([a["value"] for a in answers], activities.get(step["activity"]).answer.values(step["options"]))
        result["texts"] = sorted(a["text"] for a in answers if a["text"])
        return result

    def result(self, step):
        """The step's section of the report, from its type's `report.result(model, step)`."""
        module = section(step["activity"])
        return module.result(self, step) if module is not None else {}

    def actions(self):
        """The day's actions (the action plan and the series review write them)."""
        volunteers = defaultdict(list)
        for v in self.rows("action_volunteers"):
            volunteers[v["action_id"]].append(self.participants[v["participant_id"]]["nickname"])
        return [{"step_id": a["step_id"], "what": a["what"], "who": a["who"], "due": a["due"],
                 "status": a["status"], "origin": a["origin"], "volunteers": len(volunteers[ref]),
                 "volunteer_names": [] if self.anonymous else [n for n in volunteers[ref] if n]}
                for ref, a in _by_ref(self.rows("actions")).items()]

    def participation(self):
        """Who took part: wrote, answered, or did what an activity type counts (its
        `contributors(model)`: voted, volunteered...)."""
        contributed = {i["participant_id"] for i in self.document["ideas"]}
        contributed |= {r["participant_id"] for r in self.document["responses"]}
        for kind in activities.all_types():
            module = kind.module("report")
            if module is not None and hasattr(module, "contributors"):
                contributed |= module.contributors(self)
        contributed.discard(None)
        return {"joined": len(self.participants), "contributed": len(contributed),
                "ideas": len(self.ideas), "votes": len(self.rows("votes"))}

    def clock_plan(self):
        """Each step's planned start and end ("9.30"), from the same plan as the console's and
        the run-sheet's (domain/clock.py)."""
        language = self.workshop["language"]
        start = self.workshop.get("start_minutes", clock.DEFAULT_START)
        return {step["id"]: (clock.clock_text(begin, language), clock.clock_text(end, language))
                for step, begin, end in clock.plan(start, self.steps)}

    def build(self):
        times = self.clock_plan()
        agenda = [{"title": s["title"], "activity": s["activity"], "prompt": s["prompt"],
                   "planned": s["time_box_minutes"], "actual": _minutes(s), "state": s["state"],
                   "start": times[s["id"]][0], "end": times[s["id"]][1],
                   "result": self.result(s), "section": f"{s['activity']}/report.html"
                   if section(s["activity"]) is not None else None} for s in self.steps]
        return {
            "workshop": {k: self.workshop[k] for k in ("title", "organisation", "facilitator_name", "date",
                                                        "language", "anonymous")},
            "goals": [line for line in (self.workshop["goals"] or "").splitlines() if line.strip()],
            "participation": self.participation(),
            "agenda": agenda,
            "planned_minutes": sum(s["planned"] or 0 for s in agenda),
            "actual_minutes": sum(s["actual"] or 0 for s in agenda),
            "actions": self.actions(),
            "series": self.series(),
        }

    def series(self):
        """The earlier sessions' actions, each with its status then and now (as set in this
        session's review)."""
        now = {(a["origin"], a["what"]): a["status"] for a in self.rows("actions") if a["origin"]}
        return [dict(session, actions=[dict(a, now=now.get((session.get("label"), a["what"])))
                                       for a in session["actions"]])
                for session in self.workshop["series"]]


def build(document):
    """The report of the workshop in `document` (a dump)."""
    return Report(document).build()
