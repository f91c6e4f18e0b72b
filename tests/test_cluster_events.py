"""Clustering's own events through the real live layer: suggestions offered, a theme accepted
as one transaction, several ideas moved at once, a merge, and undo as the inverse move; every one
the facilitator's only, every bad payload refused with a code."""
import pytest

from conftest import Room, new_id
from facilitator import language

IDEAS = ["Asiakkaille nopeampi vastaus", "Asiakaspalvelun jonot lyhyemmiksi", "Asiakkaan palaute kuuluviin",
         "Palaverit venyvät aina", "Viikkopalaveriin esityslista etukäteen", "Tiimipalavereissa liikaa asiaa",
         "Sisäilma on huono"]


@pytest.fixture
def day(app):
    """A Finnish room in its clustering step with seven ideas: (room, facilitator, source id, ideas)."""
    room = Room(app, language="fi")
    facilitator = room.facilitator()
    facilitator.ok("step.next")
    phone = room.phone()
    ideas = [phone.ok("idea.submit", {"client_id": new_id(), "text": text})["idea"] for text in IDEAS]
    facilitator.ok("step.next")
    return room, facilitator, ideas[0]["step_id"], {i["text"]: i["id"] for i in ideas}


def fresh(room):
    return {i["id"]: (i["cluster_id"], i["position"], i["hidden"])
            for i in room.facilitator().received("snapshot")[-1]["ideas"]}


@pytest.mark.skipif(not language.voikko_available(), reason="Voikko is not installed")
def test_accepting_a_suggested_theme_makes_the_cluster_with_its_ideas(day):
    room, facilitator, source, ids = day
    offered = facilitator.ok("cluster.suggest", {"step_id": source})
    themes = {frozenset(t["idea_ids"]): t for t in offered["themes"]}
    asiakas = frozenset(ids[t] for t in IDEAS[:3])
    assert asiakas in themes and themes[asiakas]["title"] == "Asiakas"
    projector = room.projector()
    client_id = new_id()
    answer = facilitator.ok("cluster.accept", {"step_id": source, "client_id": client_id,
                                                "title": "Asiakkaat", "idea_ids": sorted(asiakas)})
    cluster = answer["cluster"]
    assert cluster["title"] == "Asiakkaat"
    # The room hears the cluster, then each idea moving into it.
    kinds = [c["kind"] for c in projector.changes()]
    assert kinds == ["cluster.added"] + ["idea.moved"] * 3
    placed = fresh(room)
    assert {placed[i][0] for i in asiakas} == {cluster["id"]}
    # A retry changes nothing; the accepted ideas are no longer offered.
    assert facilitator.ok("cluster.accept", {"step_id": source, "client_id": client_id, "title": "Asiakkaat",
                                             "idea_ids": sorted(asiakas)})["cluster"] == cluster
    assert len(projector.changes()) == 0
    again = facilitator.ok("cluster.suggest", {"step_id": source})["themes"]
    assert all(not (set(t["idea_ids"]) & asiakas) for t in again)
    # Undo takes the whole acceptance back: the ideas unsorted where they were, no cluster.
    before = {i: v for i, v in placed.items() if i not in asiakas}
    facilitator.ok("cluster.undo", {"step_id": source})
    after = fresh(room)
    assert all(after[i][0] is None for i in asiakas)
    assert sorted(after, key=lambda i: after[i][1]) == sorted(ids.values())
    assert {i: v for i, v in after.items() if i not in asiakas} == before
    assert room.projector().received("snapshot")[-1]["clusters"] == []


def test_moving_several_ideas_at_once_and_undoing_it_puts_each_back(day):
    room, facilitator, source, ids = day
    first = facilitator.ok("cluster.create", {"client_id": new_id(), "title": "Palaverit", "step_id": source})["cluster"]
    second = facilitator.ok("cluster.create", {"client_id": new_id(), "title": "Muut", "step_id": source})["cluster"]
    facilitator.ok("idea.move", {"idea_id": ids["Sisäilma on huono"], "cluster_id": second["id"]})
    start = fresh(room)
    moving = [ids[IDEAS[5]], ids[IDEAS[3]], ids["Sisäilma on huono"]]
    facilitator.ok("cluster.move", {"step_id": source, "idea_ids": moving, "cluster_id": first["id"]})
    moved = fresh(room)
    assert [moved[i][0] for i in moving] == [first["id"]] * 3
    assert [moved[i][1] for i in moving] == [0, 1, 2]  # in the order given
    facilitator.ok("cluster.undo", {"step_id": source})
    assert fresh(room) == start
    answer = facilitator.send("cluster.undo", {"step_id": source})  # the earlier idea.move is the core's
    assert answer["ok"] is False and answer["code"] == "nothing_to_undo" and answer["message"]


def test_a_merge_hides_the_duplicate_beside_the_one_kept_and_undo_shows_it(day):
    room, facilitator, source, ids = day
    keep, drop = ids[IDEAS[3]], ids[IDEAS[0]]
    start = fresh(room)
    facilitator.ok("cluster.merge", {"step_id": source, "keep_id": keep, "drop_id": drop})
    merged = fresh(room)
    assert merged[drop][2] is True and merged[drop][1] == merged[keep][1] + 1
    assert drop not in {i["id"] for i in room.projector().received("snapshot")[-1]["ideas"]}
    facilitator.ok("cluster.undo", {"step_id": source})
    assert fresh(room) == start


def test_a_dismissed_suggestion_is_not_offered_again(day):
    room, facilitator, source, ids = day
    themes = facilitator.ok("cluster.suggest", {"step_id": source})["themes"]
    assert themes
    facilitator.ok("cluster.dismiss", {"step_id": source, "idea_ids": themes[0]["idea_ids"]})
    again = facilitator.ok("cluster.suggest", {"step_id": source})["themes"]
    assert set(themes[0]["idea_ids"]) not in [set(t["idea_ids"]) for t in again]


@pytest.mark.parametrize("event", ["cluster.suggest", "cluster.accept", "cluster.move", "cluster.merge",
                                   "cluster.undo", "cluster.dismiss"])
def test_phones_and_the_projector_may_not(day, event):
    room, _, source, ids = day
    payload = {"step_id": source, "idea_ids": list(ids.values())[:2], "client_id": new_id(), "title": "x",
               "cluster_id": None, "keep_id": ids[IDEAS[0]], "drop_id": ids[IDEAS[1]]}
    for live in (room.phone(), room.projector()):
        answer = live.send(event, payload)
        assert answer["ok"] is False and answer["code"] == "forbidden", answer
    assert all(v[0] is None and not v[2] for v in fresh(room).values())


S = "source"  # stands for the clustering step's source in the payloads below


@pytest.mark.parametrize("event, payload, code", [
    ("cluster.suggest", {}, "bad_payload"),
    ("cluster.suggest", {"step_id": "1"}, "bad_payload"),
    ("cluster.suggest", {"step_id": 999999}, "not_found"),
    ("cluster.move", {"step_id": S, "idea_ids": [], "cluster_id": None}, "bad_payload"),
    ("cluster.move", {"step_id": S, "idea_ids": "1", "cluster_id": None}, "bad_payload"),
    ("cluster.move", {"step_id": S, "idea_ids": [True], "cluster_id": None}, "bad_payload"),
    ("cluster.move", {"step_id": S, "idea_ids": list(range(1, 502)), "cluster_id": None}, "bad_payload"),
    ("cluster.move", {"step_id": S, "idea_ids": [2**63], "cluster_id": None}, "bad_payload"),
    ("cluster.move", {"step_id": S, "idea_ids": [999999], "cluster_id": None}, "not_found"),
    ("cluster.move", {"step_id": S, "idea_ids": "dup", "cluster_id": None}, "bad_payload"),
    ("cluster.move", {"step_id": S, "idea_ids": "first", "cluster_id": 999999}, "not_found"),
    ("cluster.move", {"step_id": S, "idea_ids": "first", "cluster_id": "x"}, "bad_payload"),
    ("cluster.move", {"step_id": S, "idea_ids": "first", "cluster_id": None, "position": -1}, "bad_payload"),
    ("cluster.accept", {"step_id": S, "idea_ids": "first", "client_id": "short", "title": "x"}, "bad_payload"),
    ("cluster.accept", {"step_id": S, "idea_ids": "first", "client_id": "new", "title": ""}, "empty"),
    ("cluster.accept", {"step_id": S, "idea_ids": "first", "client_id": "new", "title": "x" * 81}, "too_long"),
    ("cluster.accept", {"step_id": S, "idea_ids": "first", "client_id": "new", "title": 5}, "bad_payload"),
    ("cluster.merge", {"step_id": S, "keep_id": "first", "drop_id": "first"}, "bad_payload"),
    ("cluster.merge", {"step_id": S, "keep_id": "first", "drop_id": 999999}, "not_found"),
    ("cluster.dismiss", {"step_id": S, "idea_ids": None}, "bad_payload"),
    ("cluster.undo", {"step_id": S}, "nothing_to_undo"),
])
def test_bad_payloads_are_refused_with_a_code(day, event, payload, code):
    room, facilitator, source, ids = day
    first = ids[IDEAS[0]]
    stand_ins = {S: source, "new": new_id(), "dup": [first, first]}
    payload = {key: ([first] if key == "idea_ids" else first) if value == "first" else stand_ins.get(value, value)
               if isinstance(value, str) else value for key, value in payload.items()}
    answer = facilitator.send(event, payload)
    assert answer["ok"] is False and answer["code"] == code, answer
    assert all(v[0] is None and not v[2] for v in fresh(room).values())
