"""Ranking: Borda points, options seeded from the step before or typed in, one ranking per
participant (again replaces it), refusals, and the report."""
import json

import pytest

from conftest import Room, new_id
from facilitator.activities.ranking.result import borda
from facilitator.db import transaction
from facilitator.domain import workshops
from facilitator.report import formats
from facilitator.report.dump import dump

OPTIONS = [{"id": 1, "text": "Perehdytys", "position": 0}, {"id": 2, "text": "Palaverit", "position": 1},
           {"id": 3, "text": "Asiakaspalaute", "position": 2}]


def test_borda_gives_n_minus_one_points_for_first_place_and_counts_each_place():
    # Three people: 1 > 2 > 3, 2 > 1 > 3, 2 > 3 > 1.
    places = [(1, 0), (2, 1), (3, 2), (2, 0), (1, 1), (3, 2), (2, 0), (3, 1), (1, 2)]
    ranked = borda(OPTIONS, places)
    assert [(r["text"], r["points"], r["place"]) for r in ranked] == [
        ("Palaverit", 5, 1), ("Perehdytys", 3, 2), ("Asiakaspalaute", 1, 3)]
    assert ranked[0]["positions"] == [2, 1, 0] and ranked[2]["positions"] == [0, 1, 2]


def test_ties_share_a_place_and_keep_the_options_order():
    ranked = borda(OPTIONS, [(3, 0), (1, 1), (2, 2), (1, 0), (3, 1), (2, 2)])
    assert [(r["id"], r["points"], r["place"]) for r in ranked] == [(1, 3, 1), (3, 3, 1), (2, 0, 3)]


def ranking_day(room, *, typed=()):
    facilitator = room.facilitator()
    facilitator.ok("agenda.clear")
    facilitator.ok("step.add", {"activity": "brainstorm", "title": "Kehittämiskohteet"})
    facilitator.ok("step.add", {"activity": "ranking", "title": "Priorisointi", "options": {"option_count": 3}})
    facilitator.ok("step.next")
    phones = [room.phone(), room.phone(), room.phone()]
    for phone, text in zip(phones * 2, ["Perehdytys", "Palaverit", "Asiakaspalaute", "Työrauha"]):
        phone.ok("idea.submit", {"client_id": new_id(), "text": text})
    facilitator.ok("step.next")
    for text in typed:
        facilitator.ok("ranking.add_option", {"text": text})
    facilitator.ok("sync")
    options = facilitator.received("snapshot")[-1]["ranking_options"]["options"]
    return facilitator, phones, options


def test_options_come_from_the_brainstorm_before_and_a_ranking_replaces_the_last(room):
    facilitator, phones, options = ranking_day(room, typed=["Etätyö"])
    assert [o["text"] for o in options] == ["Perehdytys", "Palaverit", "Asiakaspalaute", "Etätyö"]
    ids = [o["id"] for o in options]
    assert phones[0].send("ranking.submit", {"order": ids})["code"] == "closed"  # not opened yet
    facilitator.ok("submissions.open")
    phones[0].ok("ranking.submit", {"order": [ids[3], ids[2], ids[1], ids[0]]})
    phones[0].ok("ranking.submit", {"order": ids})  # changed its mind: replaces, never doubles
    phones[1].ok("ranking.submit", {"order": [ids[1], ids[0], ids[2], ids[3]]})
    tally = facilitator.wait_for("tally", lambda t: t.get("activity") == "ranking" and t["responses"] == 2)
    assert [(r["text"], r["points"]) for r in tally["ranking"]] == [
        ("Perehdytys", 5), ("Palaverit", 5), ("Asiakaspalaute", 2), ("Etätyö", 0)]
    assert tally["ranking"][0]["positions"] == [1, 1, 0, 0]
    # Before the reveal the projector sees how many ranked, never the order.
    progress = room.projector().received("snapshot")[-1]["tally"]
    assert progress == {"step_id": tally["step_id"], "activity": "ranking", "revealed": False, "responses": 2}
    assert facilitator.send("ranking.add_option", {"text": "Myöhässä"})["code"] == "wrong_step"
    phones[1].ok("sync")
    assert phones[1].received("snapshot")[-1]["me"]["ranking"]["saved"] == [ids[1], ids[0], ids[2], ids[3]]


def test_options_are_seeded_from_the_top_of_a_dot_vote_before(room):
    facilitator = room.facilitator()  # the room's default day: brainstorm, clustering, dot vote
    facilitator.ok("step.add", {"activity": "ranking", "title": "Järjestys"})
    facilitator.ok("step.next")
    phone = room.phone()
    ideas = [phone.ok("idea.submit", {"client_id": new_id(), "text": t})["idea"] for t in ("Yksi", "Kaksi", "Kolme")]
    facilitator.ok("step.next")
    facilitator.ok("step.next")
    for idea in (ideas[2], ideas[2], ideas[1]):
        phone.ok("vote.add", {"client_id": new_id(), "target_type": "idea", "target_id": idea["id"]})
    facilitator.ok("step.next")
    options = [c for c in facilitator.changes() if c["kind"] == "ranking.options"][-1]["options"]
    assert [o["text"] for o in options] == ["Kolme", "Kaksi"]


@pytest.mark.parametrize("order", ["1,2", None, [1, 2], [True], [1.5], list(range(1, 14))])
def test_an_order_that_is_not_every_option_once_is_refused(room, order):
    facilitator, phones, options = ranking_day(room)
    facilitator.ok("submissions.open")
    ids = [o["id"] for o in options]
    for bad in (order, ids[:2], ids + ids[:1], [ids[0], ids[0], ids[1]]):
        answer = phones[0].send("ranking.submit", {"order": bad})
        assert answer["code"] == "bad_payload" and answer["message"]


def test_only_the_facilitator_edits_the_options_and_only_a_phone_ranks(room):
    facilitator, phones, options = ranking_day(room)
    assert phones[0].send("ranking.add_option", {"text": "Minun"})["code"] == "forbidden"
    assert phones[0].send("ranking.remove_option", {"option_id": options[0]["id"]})["code"] == "forbidden"
    assert facilitator.send("ranking.submit", {"order": [o["id"] for o in options]})["code"] == "forbidden"
    assert facilitator.send("ranking.add_option", {"text": ""})["code"] == "empty"
    assert facilitator.send("ranking.add_option", {"text": "x" * 201})["code"] == "too_long"
    assert facilitator.send("ranking.remove_option", {"option_id": "1"})["code"] == "bad_payload"
    assert facilitator.send("ranking.remove_option", {"option_id": 99999})["code"] == "not_found"
    facilitator.ok("ranking.remove_option", {"option_id": options[0]["id"]})
    left = [c for c in room.projector().received("snapshot")][-1]["ranking_options"]["options"]
    assert [o["text"] for o in left] == ["Palaverit", "Asiakaspalaute"]


def test_the_report_ranks_as_the_live_result_and_links_nobody(app):
    room = Room(app, language="fi")
    facilitator, phones, options = ranking_day(room)
    facilitator.ok("submissions.open")
    ids = [o["id"] for o in options]
    for phone, order in zip(phones, ([ids[1], ids[0], ids[2]], [ids[1], ids[2], ids[0]], ids)):
        phone.ok("ranking.submit", {"order": order})
    facilitator.ok("results.reveal")
    live = room.projector().wait_for("tally", lambda t: t.get("revealed") and t.get("responses") == 3)["ranking"]
    with app.app_context(), transaction(app.extensions["facilitator.engine"]) as conn:
        document = dump(conn, workshops.by_code(conn, room.code)["id"])
        html, md, csv_text = formats.html(document), formats.markdown(document), formats.as_csv(document)
        exported = json.loads(formats.as_json(document))
    assert [r["text"] for r in live] == ["Palaverit", "Perehdytys", "Asiakaspalaute"]
    assert "1. Palaverit — 5 pistettä (2 / 1 / 0)" in md
    assert "2. Perehdytys — 3 pistettä (1 / 1 / 1)" in md
    assert "3 osallistujaa priorisoi 3 vaihtoehtoa" in html
    assert ";1;Palaverit;5" in csv_text
    people = [r["participant_id"] for r in exported["ranking_places"]]
    assert len(people) == len(set(people)) == 9
