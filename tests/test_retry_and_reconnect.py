"""A retry never doubles; a reconnecting client gets the full current state."""
from conftest import new_id


def test_retried_idea_is_stored_once_and_broadcast_once(room):
    facilitator, phone, projector = room.facilitator(), room.phone(), room.projector()
    facilitator.ok("step.next")
    payload = {"client_id": new_id(), "text": "Sent twice on bad wifi"}
    first, second = phone.ok("idea.submit", payload), phone.ok("idea.submit", payload)
    assert first == second
    assert [c["kind"] for c in projector.changes()].count("idea.added") == 1
    assert len(room.projector().received("snapshot")[-1]["ideas"]) == 1


def test_client_ids_belong_to_their_author(room):
    facilitator, anna, ville = room.facilitator(), room.phone(), room.phone()
    facilitator.ok("step.next")
    same = new_id()
    a = anna.ok("idea.submit", {"client_id": same, "text": "Anna's"})["idea"]
    v = ville.ok("idea.submit", {"client_id": same, "text": "Ville's"})["idea"]
    assert a["id"] != v["id"] and v["text"] == "Ville's"


def test_retried_vote_counts_once_and_removal_is_idempotent(room):
    facilitator, phone = room.facilitator(), room.phone()
    facilitator.ok("step.next")
    idea = phone.ok("idea.submit", {"client_id": new_id(), "text": "Vote me"})["idea"]
    facilitator.ok("step.next")
    facilitator.ok("step.next")
    dot = {"client_id": new_id(), "target_type": "idea", "target_id": idea["id"]}
    assert len(phone.ok("vote.add", dot)["my_votes"]) == 1
    assert len(phone.ok("vote.add", dot)["my_votes"]) == 1
    assert facilitator.wait_for("tally", lambda t: t["dots_spent"] == 1)["counts"][0]["dots"] == 1
    assert phone.ok("vote.remove", {"client_id": dot["client_id"]})["my_votes"] == []
    assert phone.ok("vote.remove", {"client_id": dot["client_id"]})["my_votes"] == []


def test_retried_cluster_is_created_once(room):
    facilitator = room.facilitator()
    facilitator.ok("step.next")
    payload = {"client_id": new_id(), "title": "Tools"}
    assert facilitator.ok("cluster.create", payload) == facilitator.ok("cluster.create", payload)
    assert len(room.projector().received("snapshot")[-1]["clusters"]) == 1


def test_reconnect_gets_everything_missed(room):
    facilitator, phone = room.facilitator(), room.phone("Anna")
    facilitator.ok("step.next")
    mine = phone.ok("idea.submit", {"client_id": new_id(), "text": "Mine"})["idea"]
    phone.client.disconnect()
    for text in ("Missed one", "Missed two"):
        facilitator.ok("idea.submit", {"client_id": new_id(), "text": text})
    cluster = facilitator.ok("cluster.create", {"client_id": new_id(), "title": "Group"})["cluster"]
    facilitator.ok("idea.move", {"idea_id": mine["id"], "cluster_id": cluster["id"]})
    facilitator.ok("timer.start", {"seconds": 120})
    facilitator.ok("step.next")
    facilitator.ok("step.next")
    dot = {"client_id": new_id(), "target_type": "cluster", "target_id": cluster["id"]}

    phone.client.connect(auth={"workshop": room.code, "role": "participant"})
    snapshot = phone.received("snapshot")[-1]
    assert snapshot["rev"] == facilitator.changes()[-1]["rev"]
    assert [i["text"] for i in snapshot["ideas"]] == ["Mine", "Missed one", "Missed two"]
    assert snapshot["ideas"][0]["cluster_id"] == cluster["id"]
    assert snapshot["clusters"] == [cluster]
    assert snapshot["timer"]["running"] is False  # moving on stops the step's timer
    assert snapshot["workshop"]["current_step_id"] == snapshot["steps"][2]["id"]
    assert snapshot["me"]["idea_ids"] == [mine["id"]] and snapshot["me"]["nickname"] == "Anna"
    phone.ok("vote.add", dot)
    phone.client.disconnect()
    phone.client.connect(auth={"workshop": room.code, "role": "participant"})
    assert phone.received("snapshot")[-1]["me"]["votes"] == [dot]


def test_sync_answers_with_a_snapshot(room):
    phone = room.phone()
    phone.received()
    phone.ok("sync")
    assert phone.received("snapshot")[-1]["role"] == "participant"


def test_what_a_phone_sends_late_never_lands_in_a_later_step(room):
    """An outbox sends an idea, a dot or an answer with the step (and round) it was given in."""
    facilitator, phone = room.facilitator(), room.phone()
    facilitator.ok("step.next")
    steps = room.projector().received("snapshot")[-1]["steps"]
    brainstorm = steps[0]["id"]
    idea = phone.ok("idea.submit", {"client_id": new_id(), "text": "In time", "step_id": brainstorm})["idea"]
    late = {"client_id": new_id(), "text": "Too late", "step_id": brainstorm}
    facilitator.ok("step.add", {"activity": "brainstorm", "title": "The next question"})
    later = facilitator.ok("step.add", {"activity": "scale", "title": "How are we doing?"})["step_id"]
    facilitator.ok("step.goto", {"step_id": room.projector().received("snapshot")[-1]["steps"][-2]["id"]})
    assert phone.send("idea.submit", late)["code"] == "wrong_step"
    assert phone.ok("idea.submit", {"client_id": late["client_id"], "text": "Anew"})["idea"]["text"] == "Anew"
    facilitator.ok("step.goto", {"step_id": steps[2]["id"]})  # the dot vote
    dot = {"client_id": new_id(), "target_type": "idea", "target_id": idea["id"]}
    assert phone.send("vote.add", {**dot, "step_id": brainstorm})["code"] == "wrong_step"
    assert len(phone.ok("vote.add", {**dot, "step_id": steps[2]["id"]})["my_votes"]) == 1
    facilitator.ok("step.goto", {"step_id": later})
    assert phone.send("answer.submit", {"value": 7, "step_id": brainstorm, "round": 1})["code"] == "wrong_step"
    assert phone.send("answer.submit", {"value": 7, "step_id": later, "round": 2})["code"] == "wrong_step"
    assert phone.ok("answer.submit", {"value": 7, "step_id": later, "round": 1})["answer"]["value"] == 7
