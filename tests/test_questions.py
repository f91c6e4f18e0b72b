"""Questions with upvotes: asking, upvoting once and withdrawing, moderation, the board's order,
refusals of bad payloads and wrong roles, and the report."""
import json

import pytest

from conftest import Room, new_id
from facilitator.activities.questions.result import board
from facilitator.db import transaction
from facilitator.domain import workshops
from facilitator.report import formats
from facilitator.report.dump import dump


def start(room, moderated=0):
    facilitator = room.facilitator()
    facilitator.ok("agenda.clear")
    facilitator.ok("step.add", {"activity": "questions", "title": "Kysy johdolta", "options": {"moderated": moderated}})
    facilitator.ok("step.next")
    return facilitator


def board_of(client, predicate=lambda t: True):
    return client.wait_for("tally", lambda t: t.get("activity") == "questions" and predicate(t))["questions"]


def test_the_board_sorts_by_upvotes_then_by_who_asked_first_and_answered_last():
    asked = [{"id": n, "text": f"q{n}", "answered": n == 3, "highlighted": False, "created_at": float(n)} for n in (1, 2, 3, 4)]
    ordered = board(asked, {2: 5, 3: 9, 4: 5})
    assert [q["id"] for q in ordered] == [2, 4, 1, 3]
    assert [q["votes"] for q in ordered] == [5, 5, 0, 9]


def test_an_upvote_counts_once_however_often_it_is_sent_and_can_be_withdrawn(room):
    facilitator = start(room)
    asker, voter, other = room.phone(), room.phone(), room.phone()
    client_id = new_id()
    question = asker.ok("question.ask", {"client_id": client_id, "text": "Miksi palaverit venyvät?"})["question"]
    again = asker.ok("question.ask", {"client_id": client_id, "text": "Miksi palaverit venyvät?"})["question"]
    assert again["id"] == question["id"] and question["status"] == "shown"
    vote = new_id()
    for _ in range(3):  # a retry never doubles
        assert voter.ok("question.upvote", {"client_id": vote, "question_id": question["id"]})["my_upvotes"] == [
            {"client_id": vote, "question_id": question["id"]}]
    # A second upvote with a new client id on the same question is still one upvote.
    assert len(voter.ok("question.upvote", {"client_id": new_id(), "question_id": question["id"]})["my_upvotes"]) == 1
    other.ok("question.upvote", {"client_id": new_id(), "question_id": question["id"]})
    assert board_of(facilitator, lambda t: t["questions"] and t["questions"][0]["votes"] == 2)[0]["id"] == question["id"]
    assert voter.ok("question.withdraw", {"client_id": vote})["my_upvotes"] == []
    assert voter.ok("question.withdraw", {"client_id": vote})["my_upvotes"] == []  # twice is harmless
    # A late retry of the withdrawn upvote finds it and changes nothing.
    assert voter.ok("question.upvote", {"client_id": vote, "question_id": question["id"]})["my_upvotes"] == []
    shown = board_of(voter, lambda t: t["questions"] and t["questions"][0]["votes"] == 1)
    assert shown[0]["text"] == "Miksi palaverit venyvät?"
    # Nobody upvotes their own question.
    assert asker.send("question.upvote", {"client_id": new_id(), "question_id": question["id"]})["code"] == "forbidden"


def test_moderated_questions_wait_for_approval_and_the_room_never_sees_a_hidden_one(room):
    facilitator = start(room, moderated=1)
    projector, asker = room.projector(), room.phone()
    waiting = asker.ok("question.ask", {"client_id": new_id(), "text": "Saako kysyä palkoista?"})["question"]
    rude = asker.ok("question.ask", {"client_id": new_id(), "text": "Tyhmä kysymys"})["question"]
    assert waiting["status"] == "pending"
    queue = [c for c in facilitator.changes() if c["kind"] == "questions.queue"][-1]
    assert [q["text"] for q in queue["questions"]] == ["Saako kysyä palkoista?", "Tyhmä kysymys"]
    assert "participant_id" not in str(queue)
    assert not [c for c in projector.changes() if c["kind"] == "questions.queue"]
    assert asker.send("question.upvote", {"client_id": new_id(), "question_id": waiting["id"]})["code"] == "not_found"
    facilitator.ok("question.approve", {"question_id": waiting["id"]})
    facilitator.ok("question.hide", {"question_id": rude["id"]})
    shown = board_of(projector, lambda t: len(t["questions"]) == 1)
    assert shown[0]["text"] == "Saako kysyä palkoista?"
    assert "Tyhmä" not in json.dumps(projector.received())
    facilitator.ok("sync")
    assert [q["status"] for q in facilitator.received("snapshot")[-1]["question_queue"]["questions"]] == ["hidden"]
    asker.ok("sync")
    mine = asker.received("snapshot")[-1]["me"]["questions"]
    assert [q["status"] for q in mine["asked"]] == ["shown", "hidden"]


def test_answered_and_highlighted_reach_the_projector(room):
    facilitator = start(room)
    projector, phone = room.projector(), room.phone()
    first = phone.ok("question.ask", {"client_id": new_id(), "text": "Ensimmäinen"})["question"]
    second = phone.ok("question.ask", {"client_id": new_id(), "text": "Toinen"})["question"]
    facilitator.ok("question.highlight", {"question_id": second["id"]})
    facilitator.ok("question.answered", {"question_id": first["id"], "answered": True})
    shown = board_of(projector, lambda t: len(t["questions"]) == 2 and t["questions"][-1]["answered"]
                     and t["questions"][0]["highlighted"])
    assert [(q["text"], q["answered"], q["highlighted"]) for q in shown] == [("Toinen", False, True), ("Ensimmäinen", True, False)]
    projector.received()  # what came before is read
    facilitator.ok("question.highlight", {"question_id": None})
    board_of(projector, lambda t: len(t["questions"]) == 2 and not any(q["highlighted"] for q in t["questions"]))


@pytest.mark.parametrize("event, payload, code", [
    ("question.ask", {"client_id": "short", "text": "Hei"}, "bad_payload"),
    ("question.ask", {"client_id": new_id(), "text": ""}, "empty"),
    ("question.ask", {"client_id": new_id(), "text": "x" * 281}, "too_long"),
    ("question.ask", {"client_id": new_id(), "text": 5}, "bad_payload"),
    ("question.ask", {"client_id": new_id(), "text": "a\x00b"}, "bad_payload"),
    ("question.upvote", {"client_id": new_id(), "question_id": "1"}, "bad_payload"),
    ("question.upvote", {"client_id": new_id(), "question_id": True}, "bad_payload"),
    ("question.upvote", {"client_id": new_id(), "question_id": 2**63}, "bad_payload"),
    ("question.upvote", {"client_id": new_id(), "question_id": 999999}, "not_found"),
    ("question.withdraw", {"client_id": None}, "bad_payload"),
    ("question.approve", {"question_id": 1}, "forbidden"),
    ("question.highlight", {"question_id": 1}, "forbidden"),
    ("question.answered", {"question_id": 1, "answered": True}, "forbidden"),
])
def test_bad_payloads_and_wrong_roles_are_refused(room, event, payload, code):
    start(room)
    answer = room.phone().send(event, payload)
    assert answer["ok"] is False and answer["code"] == code and answer["message"]


def test_facilitator_events_check_their_payload_and_the_step(room):
    facilitator = start(room)
    assert facilitator.send("question.answered", {"question_id": 1, "answered": "yes"})["code"] == "bad_payload"
    assert facilitator.send("question.highlight", {"question_id": 0})["code"] == "bad_payload"
    assert facilitator.send("question.ask", {"client_id": new_id(), "text": "Hei"})["code"] == "forbidden"
    assert room.projector().send("question.upvote", {"client_id": new_id(), "question_id": 1})["code"] == "forbidden"
    facilitator.ok("submissions.close")
    assert room.phone().send("question.ask", {"client_id": new_id(), "text": "Myöhässä"})["code"] == "closed"
    facilitator.ok("step.next")
    assert facilitator.send("question.highlight", {"question_id": None})["code"] == "wrong_step"


def test_the_report_lists_questions_with_upvotes_and_answered_and_links_nobody(app):
    room = Room(app, language="fi")
    facilitator = start(room, moderated=1)
    phones = [room.phone("Qarolina"), room.phone("Zebulon"), room.phone()]
    asked = [phones[i].ok("question.ask", {"client_id": new_id(), "text": text})["question"]
             for i, text in enumerate(["Miten uusi strategia näkyy arjessa?", "Milloin saamme uudet tilat?", "Piilotettava"])]
    for question in asked[:2]:
        facilitator.ok("question.approve", {"question_id": question["id"]})
    facilitator.ok("question.hide", {"question_id": asked[2]["id"]})
    for phone in phones[1:]:
        phone.ok("question.upvote", {"client_id": new_id(), "question_id": asked[0]["id"]})
    facilitator.ok("question.answered", {"question_id": asked[1]["id"], "answered": True})
    with app.app_context(), transaction(app.extensions["facilitator.engine"]) as conn:
        document = dump(conn, workshops.by_code(conn, room.code)["id"])
        html, md, csv_text = formats.html(document), formats.markdown(document), formats.as_csv(document)
        exported = json.loads(formats.as_json(document))
    assert "Miten uusi strategia näkyy arjessa?" in html and "Piilotettava" not in html + md + csv_text
    assert "1. Miten uusi strategia näkyy arjessa? — 2 kannatusta" in md
    assert "2. Milloin saamme uudet tilat? — 0 kannatusta (vastattu)" in md
    assert "vastattu;Milloin saamme uudet tilat?;0" in csv_text
    for output in (html, md, csv_text, json.dumps(exported)):
        assert "Qarolina" not in output and "Zebulon" not in output
    people = [r["participant_id"] for table in ("questions", "question_votes") for r in exported[table]]
    assert len(people) == len(set(people)) == 5  # no two records point at one person


def test_a_full_question_quota_is_told_in_questions_not_ideas(room, monkeypatch):
    from facilitator.activities.questions import domain
    monkeypatch.setattr(domain, "PER_PARTICIPANT", 2)
    start(room)
    phone = room.phone()
    for number in range(2):
        phone.ok("question.ask", {"client_id": new_id(), "text": f"Kysymys {number}?"})
    refused = phone.send("question.ask", {"client_id": new_id(), "text": "Vielä yksi?"})
    assert refused["code"] == "quota", refused
    assert refused["message"] == "You have asked 2 questions in this step, the most one person can."
