"""The report, made from a workshop's dump (see dump.py) by plain functions.

The core makes the frame (the first page of what was agreed, the agenda, the day's actions, the
series, participation); each step's section comes from its activity type's `report` module
(`result(model, step)`), which computes with the same result functions as the live tally. Steps
come in agenda order. Hidden (moderated) ideas stay out. A step with fewer answers than
`min_answers` shows only how many answered (domain/privacy.py). In an anonymous workshop no author
appears: the dump has no nicknames then (but those who volunteered for an action, which is named),
and this module never adds one.
"""
from collections import defaultdict

from flask_babel import gettext as _, ngettext

from .. import activities
from ..domain import clock
from ..domain.dates import as_shown, date_text
from ..domain.errors import DomainError
from ..domain.privacy import shows_names, withhold
from ..domain.ranking import ranked
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
    def __init__(self, document, min_answers=1):
        self.document = document
        self.workshop = document["workshop"]
        self.anonymous = self.workshop["anonymous"]
        self.min_answers = min_answers
        self.participants = _by_ref(document["participants"])
        # In agenda order: a step moved in the agenda is reported where it now is.
        self.steps = sorted((dict(step, id=ref) for ref, step in _by_ref(document["steps"]).items()),
                            key=lambda step: (step["position"], step["id"]))
        self.clusters = _by_ref(document["clusters"])
        self.ideas = {ref: idea for ref, idea in _by_ref(document["ideas"]).items() if not idea["hidden"]}

    def rows(self, table, step=None):
        """A table's rows of the dump (an activity type's own too), those of `step` if given."""
        rows = self.document.get(table, [])
        return rows if step is None else [r for r in rows if r["step_id"] == step["id"]]

    def named_steps(self):
        """The refs of the steps whose ideas show their writers' nicknames (privacy.shows_names)."""
        return {step["id"] for step in self.steps if shows_names(self.workshop, step["options"])}

    def author(self, idea):
        if idea["participant_id"] is None or idea["step_id"] not in self.named_steps():
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
        points as every result ranks (domain/ranking.py: ties in the wall's order, sharing a
        `place`). A cluster's points are its own: the dots went to it, not to its ideas."""
        totals = self.points_on(step["id"])
        clusters = []
        for ref, cluster in sorted(self.clusters.items(), key=lambda c: (c[1]["position"], c[0])):
            if cluster["step_id"] == step["id"]:
                members = [self._idea(r, i, totals) for r, i in self._ordered_ideas() if i["cluster_id"] == ref]
                clusters.append({"title": cluster["title"], "dots": totals.get(("cluster", ref), 0),
                                 "ideas": _ranked(members)})
        unsorted = [self._idea(r, i, totals) for r, i in self._ordered_ideas()
                    if i["step_id"] == step["id"] and i["cluster_id"] is None]
        return _ranked(clusters), _ranked(unsorted)

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
        """The step's section of the report, from its type's `report.result(model, step)`; only
        how many answered if they were fewer than `min_answers`; None if the step has nothing to
        report (a break, a discussion: the agenda lists it, the sections leave it out)."""
        module = section(step["activity"])
        return withhold(module.result(self, step), self.min_answers) if module is not None else {}

    def withheld(self, result):
        """A part of a result (a consent round) as it may be shown (domain/privacy.py)."""
        return withhold(result, self.min_answers)

    def date(self, text):
        """A date (or a due date as typed) as the workshop's language writes it: 30.11.2026."""
        year = int((self.workshop["date"] or "")[:4] or 0) or None
        return as_shown(text, self.workshop["language"], year)

    def actions(self):
        """The day's actions (the action plan and the series review write them), in agenda order.
        Volunteering is named, in an anonymous workshop too (the phone says so)."""
        volunteers = defaultdict(list)
        for v in self.rows("action_volunteers"):
            volunteers[v["action_id"]].append(self.participants[v["participant_id"]]["nickname"])
        order = {step["id"]: number for number, step in enumerate(self.steps)}
        found = [{"step_id": a["step_id"], "what": a["what"], "who": a["who"], "due": self.date(a["due"]),
                  "status": a["status"], "origin": a["origin"], "volunteers": len(volunteers[ref]),
                  "volunteer_names": [n for n in volunteers[ref] if n], "order": (order.get(a["step_id"], 0), a["position"], ref)}
                 for ref, a in _by_ref(self.rows("actions")).items()]
        return sorted(found, key=lambda a: a["order"])

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
                   "number": number, "result": self.result(s), "section": f"{s['activity']}/report.html"
                   if section(s["activity"]) is not None else None} for number, s in enumerate(self.steps, 1)]
        for step in agenda:  # a type's result None: the step did its work in the room, no section
            step["produced"], step["result"] = step["result"] is not None, step["result"] or {}
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
            "summary": self.summary(),
            "confidentiality": self.confidentiality(),
        }

    def summary(self):
        """The first page: what was agreed. Each type tells what of its steps belongs there: its
        report module's `agreed(model, step)` (a consent round's agreed wording, [text]) and
        `top(model, step)` (a vote's top themes, ranked with their places)."""
        agreed, themes = [], []
        for step in self.steps:
            module = section(step["activity"])
            rules = module.agreed(self, step) if module is not None and hasattr(module, "agreed") else []
            if rules:
                agreed.append({"step": step["title"], "rules": rules})
            top = module.top(self, step) if module is not None and hasattr(module, "top") else []
            if top:
                themes.append({"step": step["title"], "top": top})
        return {"agreed": agreed, "themes": themes, "next_meeting": self.next_meeting()}

    def next_meeting(self):
        """The next meeting's date as the language writes it, if the day set one (the closing
        step keeps it on the workshop as `next_meeting`), else None."""
        day = self.workshop.get("next_meeting")
        return date_text(day, self.workshop["language"]) if day else None

    def confidentiality(self):
        """The report's statement of what it holds and names, as it is in this workshop: a list
        of paragraphs, the same in every format."""
        holds = _("What was said in the workshop is confidential. This report holds what the group produced "
                  "together: the ideas and their themes, the results of the votes and questions, what was agreed "
                  "and the action plan.")
        named = (_("No idea, answer or vote in it is shown with anyone's name.") if self.anonymous else
                 _("Ideas and pair groups are shown with the nicknames their writers gave; answers, votes, concerns "
                   "and feedback never are."))
        shown = [s["title"] for s in self.steps if s["id"] in self.named_steps()] if self.anonymous else []
        if shown:
            named += " " + _("Except in the steps that showed names, as the phones said: %(steps)s. There the "
                             "ideas carry the nicknames their writers gave.", steps=", ".join(shown))
        if any(a["volunteer_names"] for a in self.actions()):
            named += " " + _("The action plan names who volunteered for an action: volunteering was named, and "
                             "the phones said so.")
        small = ngettext("A step's results are shown only where at least %(num)s person answered, so that no "
                         "one's answer can be told.",
                         "A step's results are shown only where at least %(num)s people answered, so that no "
                         "one's answer can be told.", self.min_answers)
        return [holds, named, small + " " + _("Share this report only with those it was made for.")]

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


def _ranked(items):
    """`items` ({..., "dots"}) most points first, each with its `place` (domain/ranking.py)."""
    return [dict(item, place=place) for place, item in ranked(items, lambda item: item["dots"])]
