"""Every built-in method runs end to end through the socket layer, in Finnish and in English."""
import pytest

from conftest import Room, new_id
from facilitator.domain.agenda import chosen_words
from facilitator.library import load
from facilitator.methods import fill

LIBRARY = load()


def current(snapshot_or_change):
    steps = snapshot_or_change["steps"]
    return next(s for s in steps if s["id"] == snapshot_or_change["current_step_id"])


def last_steps(client):
    return [c for c in client.changes() if c["kind"] == "steps"][-1]


class Day:
    """A facilitator, a projector and four phones, present (connected) in the room."""

    def __init__(self, app, language, names=("Anna", "", "Ville", "Sari")):
        self.room = Room(app, language=language)
        self.facilitator, self.projector = self.room.facilitator(), self.room.projector()
        self.phones = [self.room.phone(name) for name in names]
        self.facilitator.ok("agenda.clear")
        self.voted_targets = 0

    def play(self, step):
        getattr(self, step["activity"])(step)

    def brainstorm(self, step):
        private = step["options"].get("private")
        for number, phone in enumerate(self.phones):
            phone.ok("idea.submit", {"client_id": new_id(), "text": f"Ajatus {number} – {step['title']}"})
        if private:
            assert all(c["kind"] == "ideas.private" for c in self.projector.changes()[-4:])
            self.facilitator.ok("results.reveal")
            revealed = [c for c in self.projector.changes() if c["kind"] == "ideas.revealed"][-1]
            assert len(revealed["ideas"]) == 4

    def cluster(self, step):
        snapshot = self.fresh_snapshot()
        ideas = [i for i in snapshot["ideas"] if i["step_id"] == step["source_step_id"]]
        assert ideas, "a cluster step needs ideas before it"
        for number, idea in enumerate(ideas[:4]):
            title = "Yhteistyö" if number % 2 else "Asiakkaat"
            cluster = self.facilitator.ok("cluster.create", {"client_id": f"cluster-{step['id']}-{number % 2}",
                                                             "title": title})["cluster"]
            self.facilitator.ok("idea.move", {"idea_id": idea["id"], "cluster_id": cluster["id"]})

    def dot_vote(self, step):
        snapshot = self.fresh_snapshot()
        targets = [("cluster", c["id"]) for c in snapshot["clusters"] if c["step_id"] == step["source_step_id"]]
        targets += [("idea", i["id"]) for i in snapshot["ideas"]
                    if i["step_id"] == step["source_step_id"] and i["cluster_id"] is None]
        budget, per_item = step["options"]["dots_per_person"], step["options"]["max_dots_per_item"]
        spent, voted = 0, set()
        for phone in self.phones:
            for dot in range(budget):
                kind, target = targets[(dot // per_item) % len(targets)]
                answer = phone.send("vote.add", {"client_id": new_id(), "target_type": kind, "target_id": target})
                spent += answer["ok"]
                voted.add((kind, target))
        self.voted_targets = len(voted)
        tally = self.facilitator.wait_for("tally", lambda t: t.get("step_id") == step["id"] and t["dots_spent"] == spent)
        assert tally["voters"] == 4
        self.reveal(step)

    def scale(self, step):
        for value, phone in zip((3, 7, 7, 10), self.phones):
            phone.ok("answer.submit", {"value": value})
        self.phones[0].ok("answer.submit", {"value": 4})  # changing one's mind replaces the answer
        tally = self.facilitator.wait_for("tally", lambda t: t.get("step_id") == step["id"] and t["counts"][4] == 1)
        assert tally["responses"] == 4 and tally["counts"][7] == 2 and tally["counts"][3] == 0
        assert tally["median"] == 7
        self.reveal(step)

    def consent(self, step):
        rounds = self.fresh_snapshot()["consent"]["rounds"]
        assert len(rounds) == 1 and rounds[0]["proposal"]
        for value, phone in zip((5, 4, 1, 3), self.phones):
            phone.ok("answer.submit", {"value": value, "text": "Liian ehdoton sanamuoto" if value < 3 else ""})
        tally = self.facilitator.wait_for("tally", lambda t: t.get("step_id") == step["id"] and t["responses"] == 4)
        assert tally["rounds"][0]["blocks"] == 1 and tally["rounds"][0]["objections"] == ["Liian ehdoton sanamuoto"]
        amended = rounds[0]["proposal"] + "\n(Kokeillaan kuukausi ja arvioidaan.)"
        self.facilitator.ok("consent.amend", {"proposal": amended})
        for phone in self.phones:
            phone.ok("answer.submit", {"value": 4})
        self.facilitator.ok("consent.decide", {"outcome": "agreed"})
        changes = self.projector.changes()
        final = [c for c in changes if c["kind"] == "consent"][-1]
        assert [r["outcome"] for r in final["rounds"]] == ["amended", "agreed"]
        assert current(changes[-1])["submissions_open"] is False  # decided: answers close
        assert self.phones[0].send("answer.submit", {"value": 5})["code"] == "closed"
        assert final["rounds"][-1]["proposal"] == amended
        # What comes after is seeded from the wording the group agreed, a line an item.
        self.voted_targets = len(amended.splitlines())
        self.reveal(step)

    def pairing(self, step):
        shown = [c for c in self.projector.changes() if c["kind"] == "pairs"][-1]
        assert all("members" not in g for g in shown["groups"])  # who is where: the facilitator's only
        pairs = self.fresh_snapshot()["pairs"]
        assert pairs["step_id"] == step["id"] and [g["size"] for g in shown["groups"]] == [
            len(g["members"]) for g in pairs["groups"]]
        members = sorted(m["id"] for g in pairs["groups"] for m in g["members"])
        assert len(members) == 4 and len(set(members)) == 4
        expected = {2: [2, 2], 4: [4], 5: [4]}[step["options"]["group_size"]]
        assert sorted(len(g["members"]) for g in pairs["groups"]) == expected
        if step["options"]["talk_only"]:  # a personal talk: nothing can be written down
            snapshot = self.fresh_snapshot()
            assert not next(s for s in snapshot["steps"] if s["id"] == step["id"])["submissions_open"]
            assert self.phones[0].send("idea.submit", {"client_id": new_id(), "text": "Oma asia"})["code"] in (
                "closed", "wrong_step")
            self.facilitator.ok("submissions.open")
            assert self.phones[0].send("idea.submit", {"client_id": new_id(), "text": "Oma asia"})["code"] == "wrong_step"
            return
        idea = self.phones[0].ok("idea.submit", {"client_id": new_id(), "text": "Yhteinen ajatus"})["idea"]
        assert idea["group_number"] in [g["number"] for g in pairs["groups"]]
        if step["options"]["group_size"] == 2:
            self.facilitator.ok("pairs.shuffle")
            again = [c for c in self.projector.changes() if c["kind"] == "pairs"][-1]
            assert again["round"] == pairs["round"] + 1

    def action_plan(self, step):
        snapshot = self.fresh_snapshot()
        seeded = [a for a in snapshot["actions"] if a["step_id"] == step["id"]]
        assert len(seeded) == min(step["options"]["seed_count"], self.voted_targets)  # from the step before
        action = self.facilitator.ok("action.create", {"client_id": new_id(), "what": "Viikkopalaveri kokeiluun"})["action"]
        self.facilitator.ok("action.edit", {"action_id": action["id"], "who": "Sari ja Ville", "due": "2026-12-15"})
        answer = self.phones[1].ok("action.volunteer", {"action_id": action["id"], "willing": True})
        assert answer["action"]["volunteers"] == 1 and answer["volunteered"] == [action["id"]]
        assert self.phones[1].ok("action.volunteer", {"action_id": action["id"], "willing": True})["action"]["volunteers"] == 1

    def plenary(self, step):
        """The room works together: the phones have nothing to send."""
        assert self.phones[0].send("idea.submit", {"client_id": new_id(), "text": "Hei"})["code"] == "wrong_step"
        assert self.phones[1].send("answer.submit", {"value": 3})["code"] == "wrong_step"

    opening = discussion = plenary
    locals()["break"] = plenary

    def closing(self, step):
        self.plenary(step)
        self.facilitator.ok("workshop.next_meeting", {"next_meeting": "2027-01-12"})
        assert self.projector.changes()[-1]["workshop"]["next_meeting"] == "2027-01-12"
        # Typed as the room writes dates (d.m.yyyy) it is the same day; a day that is none is refused.
        self.facilitator.ok("workshop.next_meeting", {"next_meeting": "12.1.2027"})
        assert self.projector.changes()[-1]["workshop"]["next_meeting"] == "2027-01-12"
        assert self.facilitator.send("workshop.next_meeting", {"next_meeting": "32.1.2027"})["code"] == "bad_payload"

    def feedback(self, step):
        for value, phone in zip((5, 4, 4, 2), self.phones):
            phone.ok("answer.submit", {"value": value, "text": "Hyvä päivä" if value > 3 else ""})
        tally = self.facilitator.wait_for("tally", lambda t: t.get("step_id") == step["id"] and t["responses"] == 4)
        assert tally["counts"] == [0, 1, 0, 2, 1] and tally["average"] == 3.8
        assert tally["texts"] == ["Hyvä päivä"] * 3
        self.reveal(step)

    def word_cloud(self, step):
        filler = "ja" if self.fresh_snapshot()["workshop"]["language"] == "fi" else "and"
        for phone, words in zip(self.phones, (["kiire", "kahvi"], ["kiire"], ["innostus"], ["Kiire", filler])):
            phone.ok("word_cloud.submit", {"words": words})
        tally = self.projector.wait_for("tally", lambda t: t.get("step_id") == step["id"] and t.get("responses") == 4
                                        and "words" in t)
        assert tally["words"][0] == {"word": "kiire", "count": 3} and filler not in [w["word"] for w in tally["words"]]

    def questions(self, step):
        question = self.phones[0].ok("question.ask", {"client_id": new_id(), "text": "Mihin suuntaan olemme menossa?"})["question"]
        if step["options"].get("moderated"):
            self.facilitator.ok("question.approve", {"question_id": question["id"]})
        for phone in self.phones[1:]:
            phone.ok("question.upvote", {"client_id": new_id(), "question_id": question["id"]})
        self.projector.wait_for("tally", lambda t: t.get("step_id") == step["id"] and t.get("questions")
                                and t["questions"][0]["votes"] == 3)
        self.facilitator.ok("question.answered", {"question_id": question["id"], "answered": True})

    def ranking(self, step):
        options = self.fresh_snapshot()["ranking_options"]["options"]
        assert len(options) >= 2, "a ranking step is seeded from the step before"
        self.facilitator.ok("submissions.open")
        ids = [o["id"] for o in options]
        for turn, phone in enumerate(self.phones):
            phone.ok("ranking.submit", {"order": ids[turn % len(ids):] + ids[:turn % len(ids)]})
        tally = self.facilitator.wait_for("tally", lambda t: t.get("step_id") == step["id"] and t["responses"] == 4)
        assert sum(r["points"] for r in tally["ranking"]) == 4 * len(ids) * (len(ids) - 1) // 2
        self.voted_targets = sum(1 for r in tally["ranking"] if r["points"])
        self.reveal(step)

    def reveal(self, step):
        self.facilitator.ok("results.reveal")
        self.projector.wait_for("tally", lambda t: t.get("step_id") == step["id"] and t["revealed"])

    def fresh_snapshot(self):
        self.facilitator.ok("sync")
        return self.facilitator.received("snapshot")[-1]


@pytest.mark.parametrize("language", ["fi", "en"])
@pytest.mark.parametrize("method_id", sorted(LIBRARY.methods))
def test_method_runs_end_to_end(app, method_id, language):
    day = Day(app, language)
    method = LIBRARY.method(method_id)
    day.facilitator.ok("agenda.add_method", {"method_id": method_id})
    agenda = last_steps(day.projector)["steps"]
    assert all(s["source_step_id"] for s in agenda if s["activity"] in ("cluster", "dot_vote"))
    words = chosen_words(method, None, language)
    assert [s["title"] for s in agenda] == [fill(s.title[language], words) for s in method.steps]
    assert [s["prompt"] for s in agenda] == [fill(s.prompt[language], words) for s in method.steps]
    for _ in method.steps:
        change = day.facilitator.ok("step.next") and last_steps(day.facilitator)
        day.play(current(change))
    day.facilitator.ok("step.next")
    assert last_steps(day.projector)["current_step_id"] is None  # the day's end


def test_methods_seed_from_votes_with_a_whole_day_template(app):
    day = Day(app, "fi")
    day.facilitator.ok("agenda.apply_day", {"day_id": "values_and_ground_rules"})
    snapshot = day.fresh_snapshot()
    expected = [s for m in LIBRARY.days["values_and_ground_rules"].methods for s in LIBRARY.method(m).steps]
    assert len(snapshot["steps"]) == len(expected)
    assert snapshot["workshop"]["goals"].startswith("Kirkastamme")
    assert len({s["block"] for s in snapshot["steps"]}) == len(LIBRARY.days["values_and_ground_rules"].methods)


def test_library_problems_are_reported_not_fatal(app):
    assert LIBRARY.problems == []
    assert app.extensions["facilitator.library"].methods.keys() == LIBRARY.methods.keys()


@pytest.mark.parametrize("payload", [{"method_id": "nope"}, {"method_id": 5}, {}])
def test_unknown_methods_are_refused(room, payload):
    assert room.facilitator().send("agenda.add_method", payload)["code"] in ("not_found", "bad_payload")
