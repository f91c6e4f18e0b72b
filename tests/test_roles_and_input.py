"""Roles are checked on the server for every event; bad payloads get a clear error, never a crash."""
import pytest

from conftest import new_id
from facilitator.live.events import PARTICIPANT, registered

EVENTS = registered()
FACILITATOR_ONLY = sorted(name for name, spec in EVENTS.items() if PARTICIPANT not in spec.roles)


def test_the_table_covers_the_console_controls():
    for name in ("step.next", "step.previous", "submissions.open", "results.reveal", "timer.start",
                 "room.lock", "idea.hide", "idea.move", "cluster.create"):
        assert name in FACILITATOR_ONLY


@pytest.mark.parametrize("event", FACILITATOR_ONLY)
def test_participant_is_refused_every_facilitator_event(room, event):
    facilitator, phone = room.facilitator(), room.phone()
    before = facilitator.received("snapshot")[-1]["rev"]
    answer = phone.send(event, {"step_id": 1, "idea_id": 1, "cluster_id": 1, "seconds": 60,
                                "client_id": new_id(), "title": "x", "activity": "brainstorm"})
    assert answer["ok"] is False and answer["code"] == "forbidden"
    assert phone.received("error")[-1]["event"] == event
    facilitator.ok("sync")
    assert facilitator.received("snapshot")[-1]["rev"] == before  # nothing changed


@pytest.mark.parametrize("event", sorted(EVENTS))
def test_projector_changes_nothing(room, event):
    projector = room.projector()
    assert projector.send(event, {})["code"] == "forbidden"


@pytest.mark.parametrize("event", sorted(n for n, s in EVENTS.items() if s.roles == {PARTICIPANT}))
def test_participant_events_are_not_the_facilitators(room, event):
    assert room.facilitator().send(event, {"client_id": new_id()})["code"] == "forbidden"


def test_connections_need_the_right_cookie(app, room):
    socketio = app.extensions["facilitator.socketio"]
    stranger = app.test_client()
    for role in ("facilitator", "projector", "participant"):
        client = socketio.test_client(app, flask_test_client=stranger, auth={"workshop": room.code, "role": role})
        assert not client.is_connected()
    for auth in (None, {"workshop": room.code}, {"workshop": "NOPE", "role": "participant"}, "text"):
        assert not socketio.test_client(app, flask_test_client=stranger, auth=auth).is_connected()
    # A phone's cookie does not make it a facilitator.
    phone = room.phone()
    client = socketio.test_client(app, flask_test_client=phone.http,
                                  auth={"workshop": room.code, "role": "facilitator"})
    assert not client.is_connected()


@pytest.mark.parametrize("payload, code", [
    ("not an object", "bad_payload"),
    ([1, 2], "bad_payload"),
    ({"client_id": "short", "text": "x"}, "bad_payload"),
    ({"client_id": "a" * 65, "text": "x"}, "bad_payload"),
    ({"client_id": "has spaces!", "text": "x"}, "bad_payload"),
    ({"client_id": new_id(), "text": 42}, "bad_payload"),
    ({"client_id": new_id()}, "bad_payload"),
    ({"client_id": new_id(), "text": "   "}, "empty"),
    ({"client_id": new_id(), "text": "x" * 281}, "too_long"),
])
def test_bad_ideas_get_a_clear_error_to_the_sender_only(room, payload, code):
    facilitator, phone, other = room.facilitator(), room.phone(), room.phone()
    facilitator.ok("step.next")
    other.received()
    answer = phone.send("idea.submit", payload)
    assert answer["ok"] is False and answer["code"] == code and answer["message"]
    assert phone.received("error")[-1]["code"] == code
    assert other.received() == []


def test_an_idea_of_exactly_the_limit_is_taken(room):
    room.facilitator().ok("step.next")
    assert len(room.phone().ok("idea.submit", {"client_id": new_id(), "text": "x" * 280})["idea"]["text"]) == 280


@pytest.mark.parametrize("event, payload", [
    ("step.goto", {"step_id": "1"}), ("step.goto", {"step_id": 99999}), ("step.goto", {"step_id": True}),
    ("timer.start", {"seconds": 0}), ("timer.start", {"seconds": 7201}), ("timer.start", {"seconds": "60"}),
    ("step.add", {"activity": "séance", "title": "x"}), ("step.add", {"activity": "brainstorm"}),
    ("step.add", {"activity": "dot_vote", "title": "x", "options": {"dots_per_person": 99}}),
    ("step.add", {"activity": "dot_vote", "title": "x", "options": {"magic": 1}}),
    ("step.move", {"step_id": 1, "position": -1}), ("idea.move", {"idea_id": None}),
    ("cluster.create", {"client_id": new_id(), "title": ""}), ("cluster.rename", {"cluster_id": 5, "title": "x"}),
    ("idea.hide", {"idea_id": 12345}), ("step.previous", {}), ("submissions.open", {}),
])
def test_bad_facilitator_payloads_are_refused(room, event, payload):
    answer = room.facilitator().send(event, payload)
    assert answer["ok"] is False and answer["code"] in ("bad_payload", "not_found", "wrong_step", "empty")


def test_unknown_events_are_answered(room):
    assert room.phone().send("idea.explode", {})["code"] == "unknown_event"


def test_error_messages_follow_the_workshop_language(app):
    from conftest import Room
    finnish = Room(app, language="fi")
    answer = finnish.phone().send("idea.submit", {"client_id": new_id(), "text": "x"})
    assert answer["code"] == "wrong_step"
    assert answer["message"] != "That is not possible in the current step."


def test_a_phone_switched_to_english_gets_english_messages(app):
    from conftest import Live, Room
    finnish = Room(app, language="fi")
    phone = finnish.phone()
    phone.http.post(f"/{finnish.code}/language", data={"language": "en"})
    switched = Live(app, phone.http, finnish.code, "participant")
    answer = switched.send("idea.submit", {"client_id": new_id(), "text": "x"})
    assert answer["message"] == "That is not possible in the current step."


def test_votes_beyond_the_budget_and_item_limit(room):
    facilitator, phone = room.facilitator(), room.phone()
    facilitator.ok("step.next")
    ideas = [phone.ok("idea.submit", {"client_id": new_id(), "text": t})["idea"]["id"] for t in "abcd"]
    facilitator.ok("step.goto", {"step_id": room.facilitator().received("snapshot")[-1]["steps"][2]["id"]})
    vote = lambda idea: phone.send("vote.add", {"client_id": new_id(), "target_type": "idea", "target_id": idea})
    assert vote(ideas[0])["ok"] and vote(ideas[0])["ok"]
    assert vote(ideas[0])["code"] == "over_item_limit"
    assert vote(ideas[1])["ok"]
    assert vote(ideas[2])["code"] == "over_budget"
    assert vote(99999)["code"] == "not_found"
    facilitator.ok("submissions.close")
    assert vote(ideas[3])["code"] == "closed"


def test_actions_in_the_wrong_step(room):
    facilitator, phone = room.facilitator(), room.phone()
    assert phone.send("idea.submit", {"client_id": new_id(), "text": "too early"})["code"] == "wrong_step"
    facilitator.ok("step.next")
    assert phone.send("vote.add", {"client_id": new_id(), "target_type": "idea", "target_id": 1})["code"] == "wrong_step"
