"""The report, made from a workshop's dump (see dump.py) by plain functions.

Hidden (moderated) ideas stay out. In an anonymous workshop no author appears: the dump has no
nicknames then, and this module never adds one.
"""
import statistics
from collections import Counter, defaultdict

from ..domain.steps import source_of

IDEA_ACTIVITIES = ("brainstorm", "pairing")
ANSWER_RANGES = {"scale": range(0, 11), "feedback": range(1, 6)}


def _by_ref(items):
    return {number: item for number, item in enumerate(items, 1)}


def _minutes(step):
    if step["started_at"] and step["ended_at"]:
        return round((step["ended_at"] - step["started_at"]) / 60)
    return None


def _distribution(values, allowed):
    counts = Counter(v for v in values if v in allowed)
    return {"counts": [counts.get(v, 0) for v in allowed], "low": allowed.start, "responses": len(values),
            "average": round(statistics.fmean(values), 1) if values else None,
            "median": statistics.median(values) if values else None}


class Report:
    def __init__(self, document):
        self.document = document
        self.workshop = document["workshop"]
        self.anonymous = self.workshop["anonymous"]
        self.participants = _by_ref(document["participants"])
        self.steps = [dict(step, id=ref) for ref, step in _by_ref(document["steps"]).items()]
        self.clusters = _by_ref(document["clusters"])
        self.ideas = {ref: idea for ref, idea in _by_ref(document["ideas"]).items() if not idea["hidden"]}
        self.dots = defaultdict(int)  # (vote step, target type, target ref) -> dots
        for vote in document["votes"]:
            self.dots[(vote["step_id"], vote["target_type"], vote["target_id"])] += 1

    def author(self, idea):
        if self.anonymous or idea["participant_id"] is None:
            return None
        return self.participants[idea["participant_id"]]["nickname"]

    def votes_on(self, source_ref):
        """Dots each target of this idea step got, summed over every vote that used it."""
        totals = defaultdict(int)
        for step in self.steps:
            if step["activity"] == "dot_vote" and source_of(self.steps, step) == source_ref:
                for (vote_step, kind, ref), dots in self.dots.items():
                    if vote_step == step["id"]:
                        totals[(kind, ref)] += dots
        return totals

    def idea_groups(self, step):
        """The step's ideas grouped by cluster, groups and ideas ranked by dots."""
        totals = self.votes_on(step["id"])
        groups = []
        for ref, cluster in self.clusters.items():
            if cluster["step_id"] == step["id"]:
                members = [self._idea(r, i, totals) for r, i in self.ideas.items() if i["cluster_id"] == ref]
                groups.append({"title": cluster["title"], "dots": totals.get(("cluster", ref), 0),
                               "ideas": sorted(members, key=lambda i: -i["dots"])})
        loose = [self._idea(r, i, totals) for r, i in self.ideas.items()
                 if i["step_id"] == step["id"] and i["cluster_id"] is None]
        groups.sort(key=lambda g: -g["dots"])
        return groups, sorted(loose, key=lambda i: -i["dots"])

    def _idea(self, ref, idea, totals):
        return {"text": idea["text"], "author": self.author(idea), "group": idea["group_number"],
                "dots": totals.get(("idea", ref), 0)}

    def ranking(self, step):
        items = []
        for (vote_step, kind, ref), dots in self.dots.items():
            if vote_step != step["id"]:
                continue
            if kind == "idea" and ref not in self.ideas:
                continue  # hidden after the vote
            text = self.clusters[ref]["title"] if kind == "cluster" else self.ideas[ref]["text"]
            items.append({"text": text, "dots": dots})
        items.sort(key=lambda i: (-i["dots"], i["text"]))
        most = max((i["dots"] for i in items), default=0)
        for item in items:
            item["share"] = item["dots"] / most if most else 0
        return items

    def answers(self, step, round_number=1):
        return [r for r in self.document["responses"] if r["step_id"] == step["id"] and r["round"] == round_number]

    def outcome(self, step):
        kind = step["activity"]
        if kind in IDEA_ACTIVITIES:
            groups, loose = self.idea_groups(step)
            result = {"groups": groups, "loose": loose,
                      "count": sum(1 for i in self.ideas.values() if i["step_id"] == step["id"])}
            if kind == "pairing":
                result["rounds"] = self.pairing_rounds(step)
            return result
        if kind == "cluster":
            source = source_of(self.steps, step)
            return {"clusters": sum(1 for c in self.clusters.values() if c["step_id"] == source)}
        if kind == "dot_vote":
            voters = {v["participant_id"] for v in self.document["votes"] if v["step_id"] == step["id"]}
            return {"ranking": self.ranking(step), "voters": len(voters),
                    "dots": sum(d for (s, _k, _r), d in self.dots.items() if s == step["id"])}
        if kind in ANSWER_RANGES:
            answers = self.answers(step)
            result = _distribution([a["value"] for a in answers], ANSWER_RANGES[kind])
            result["texts"] = sorted(a["text"] for a in answers if a["text"])
            return result
        if kind == "consent":
            return {"rounds": self.consent_rounds(step)}
        if kind == "action_plan":
            return {"actions": [a for a in self.actions() if a["step_id"] == step["id"]]}
        return {}

    def consent_rounds(self, step):
        allowed = range(0, 3) if step["options"].get("thumbs") else range(0, 6)
        rounds = []
        for consent in self.document["consent_rounds"]:
            if consent["step_id"] == step["id"]:
                answers = self.answers(step, consent["round"])
                rounds.append({"round": consent["round"], "proposal": consent["proposal"],
                               "outcome": consent["outcome"], "thumbs": bool(step["options"].get("thumbs")),
                               **_distribution([a["value"] for a in answers], allowed),
                               "objections": sorted(a["text"] for a in answers if a["text"])})
        return rounds

    def pairing_rounds(self, step):
        rounds = defaultdict(lambda: defaultdict(list))
        for pair in self.document["pairings"]:
            if pair["step_id"] == step["id"]:
                rounds[pair["round"]][pair["group_number"]].append(pair["participant_id"])
        return [{"round": number, "groups": [
            {"number": n, "size": len(members),
             "names": [] if self.anonymous else [self.participants[m]["nickname"] for m in members
                                                 if self.participants[m]["nickname"]]}
            for n, members in sorted(groups.items())]} for number, groups in sorted(rounds.items())]

    def actions(self):
        volunteers = defaultdict(list)
        for v in self.document["action_volunteers"]:
            volunteers[v["action_id"]].append(self.participants[v["participant_id"]]["nickname"])
        return [{"step_id": a["step_id"], "what": a["what"], "who": a["who"], "due": a["due"],
                 "status": a["status"], "origin": a["origin"], "volunteers": len(volunteers[ref]),
                 "volunteer_names": [] if self.anonymous else [n for n in volunteers[ref] if n]}
                for ref, a in _by_ref(self.document["actions"]).items()]

    def participation(self):
        contributed = {i["participant_id"] for i in self.document["ideas"]}
        for name in ("votes", "responses"):
            contributed |= {r["participant_id"] for r in self.document[name]}
        contributed |= {v["participant_id"] for v in self.document["action_volunteers"]}
        contributed.discard(None)
        return {"joined": len(self.participants), "contributed": len(contributed),
                "ideas": len(self.ideas), "votes": len(self.document["votes"])}

    def build(self):
        agenda = [{"title": s["title"], "activity": s["activity"], "prompt": s["prompt"],
                   "planned": s["time_box_minutes"], "actual": _minutes(s), "state": s["state"],
                   "outcome": self.outcome(s)} for s in self.steps]
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
        now = {(a["origin"], a["what"]): a["status"] for a in self.document["actions"] if a["origin"]}
        return [dict(session, actions=[dict(a, now=now.get((session.get("label"), a["what"])))
                                       for a in session["actions"]])
                for session in self.workshop["series"]]


def build(document):
    """The report of the workshop in `document` (a dump)."""
    return Report(document).build()
