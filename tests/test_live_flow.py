"""A facilitator, a projector and three phones through a whole brainstorm → cluster → vote."""
from conftest import new_id


def test_whole_flow(room):
    facilitator, projector = room.facilitator(), room.projector()
    phones = [room.phone("Anna"), room.phone(), room.phone("Ville")]
    snapshot = projector.received("snapshot")[-1]
    assert [s["activity"] for s in snapshot["steps"]] == ["brainstorm", "cluster", "dot_vote"]
    assert room.code in snapshot["workshop"]["code"] and "join_url" not in snapshot["workshop"]
    assert "secret" not in str(snapshot)

    facilitator.ok("step.next")
    texts = ["More pair work", "Shared calendar", "Weekly check-in", "Clear roles", "Fewer meetings"]
    idea_ids = []
    for number, text in enumerate(texts):
        idea_ids.append(phones[number % 3].ok("idea.submit", {"client_id": new_id(), "text": text})["idea"]["id"])
    typed = facilitator.ok("idea.submit", {"client_id": new_id(), "text": "Written on paper"})["idea"]
    idea_ids.append(typed["id"])

    # Everyone, the author included, heard of every idea once, in revision order.
    for client in [projector, *phones]:
        added = [c for c in client.changes() if c["kind"] == "idea.added"]
        assert [c["idea"]["text"] for c in added] == texts + ["Written on paper"]
        revs = [c["rev"] for c in added]
        assert revs == sorted(revs)
    # Anonymous by default: no author on any idea.
    assert all(c["idea"]["author"] is None for c in projector.changes() if c["kind"] == "idea.added")

    facilitator.ok("step.next")  # cluster
    people = facilitator.ok("cluster.create", {"client_id": new_id(), "title": "People"})["cluster"]
    tools = facilitator.ok("cluster.create", {"client_id": new_id(), "title": "Tools"})["cluster"]
    facilitator.ok("idea.move", {"idea_id": idea_ids[0], "cluster_id": people["id"]})
    facilitator.ok("idea.move", {"idea_id": idea_ids[2], "cluster_id": people["id"], "position": 0})
    facilitator.ok("idea.move", {"idea_id": idea_ids[1], "cluster_id": tools["id"]})
    moved = [c for c in projector.changes() if c["kind"] == "idea.moved"]
    assert moved[-2]["order"] == [idea_ids[2], idea_ids[0]]

    facilitator.ok("step.next")  # dot vote: 3 dots, at most 2 on one
    for phone in phones:
        phone.ok("vote.add", {"client_id": new_id(), "target_type": "cluster", "target_id": people["id"]})
        phone.ok("vote.add", {"client_id": new_id(), "target_type": "cluster", "target_id": people["id"]})
    answer = phones[0].ok("vote.add", {"client_id": new_id(), "target_type": "idea", "target_id": idea_ids[3]})
    assert len(answer["my_votes"]) == 3

    # Before the reveal only the facilitator sees the tally; the projector sees how far the room
    # is, and the phones nothing.
    live = facilitator.wait_for("tally", lambda t: t["dots_spent"] == 7)
    assert live["revealed"] is False
    progress = projector.wait_for("tally", lambda t: t["dots_spent"] == 7)
    assert progress == {"step_id": live["step_id"], "activity": "dot_vote", "revealed": False,
                        "dots_spent": 7, "voters": 3}
    assert phones[0].received("tally") == []
    facilitator.ok("results.reveal")
    final = projector.wait_for("tally", lambda t: t["revealed"])
    assert final["counts"][0] == {"target_type": "cluster", "target_id": people["id"], "dots": 6, "place": 1}
    assert {"target_type": "idea", "target_id": idea_ids[3], "dots": 1, "place": 2} in final["counts"]
    assert final["voters"] == 3
    phones[1].wait_for("tally", lambda t: t["revealed"] and t["dots_spent"] == 7)

    facilitator.ok("step.next")  # past the last step: the day has ended
    steps_change = [c for c in phones[2].changes() if c["kind"] == "steps"][-1]
    assert steps_change["current_step_id"] is None and steps_change["started"] is True
    assert [s["state"] for s in steps_change["steps"]] == ["done", "done", "done"]


def test_presence_counts_joined_phones(room):
    projector = room.projector()
    assert projector.received("snapshot")[-1]["participants"] == 0
    room.phone()
    room.phone()
    assert projector.wait_for("presence", lambda p: p["participants"] == 2)


def test_timer_reaches_every_audience(room):
    facilitator, phone = room.facilitator(), room.phone()
    facilitator.ok("timer.start", {"seconds": 300})
    change = phone.changes()[-1]
    assert change["kind"] == "timer" and change["timer"]["running"] and change["timer"]["seconds"] == 300
    assert change["timer"]["ends_at"] - change["server_time"] in range(299_000, 300_001)
    facilitator.ok("timer.stop")
    assert phone.changes()[-1]["timer"]["running"] is False


def test_hidden_idea_leaves_the_wall_but_stays_on_the_console(room):
    facilitator, projector, phone = room.facilitator(), room.projector(), room.phone()
    facilitator.ok("step.next")
    idea = phone.ok("idea.submit", {"client_id": new_id(), "text": "Something rude"})["idea"]
    facilitator.ok("idea.hide", {"idea_id": idea["id"]})
    last_projector = projector.changes()[-1]
    last_console = facilitator.changes()[-1]
    assert last_projector["kind"] == "idea.removed" and last_projector["idea_id"] == idea["id"]
    assert last_console["kind"] == "idea.updated" and last_console["idea"]["hidden"] is True
    assert last_projector["rev"] == last_console["rev"]
    # A new projector window does not get it; the console does.
    assert room.projector().received("snapshot")[-1]["ideas"] == []
    assert room.facilitator().received("snapshot")[-1]["ideas"][0]["hidden"] is True
    facilitator.ok("idea.unhide", {"idea_id": idea["id"]})
    assert projector.changes()[-1]["kind"] == "idea.added"


def test_the_author_of_a_hidden_idea_sees_that_it_was_hidden(room):
    facilitator, author = room.facilitator(), room.phone()
    facilitator.ok("step.next")
    idea = author.ok("idea.submit", {"client_id": new_id(), "text": "Too sharp"})["idea"]
    facilitator.ok("idea.hide", {"idea_id": idea["id"]})
    removed = author.changes()[-1]
    # Marked as hidden (its author keeps it in their own list); nobody hears who wrote it.
    assert removed == {"rev": removed["rev"], "kind": "idea.removed", "idea_id": idea["id"], "hidden": True}
    author.ok("sync")
    mine = author.received("snapshot")[-1]["ideas"]
    assert [(i["id"], i["text"], i["hidden"]) for i in mine] == [(idea["id"], "Too sharp", True)]
    assert room.phone().received("snapshot")[-1]["ideas"] == []
    assert room.projector().received("snapshot")[-1]["ideas"] == []


def test_an_idea_hidden_in_private_writing_is_marked_for_its_author_only(room):
    facilitator, author, other = room.facilitator(), room.phone(), room.phone()
    step_id = facilitator.ok("step.add", {"activity": "brainstorm", "title": "Quietly", "options": {"private": 1}})["step_id"]
    facilitator.ok("step.goto", {"step_id": step_id})
    idea = author.ok("idea.submit", {"client_id": new_id(), "text": "Only mine"})["idea"]
    other.received()
    facilitator.ok("idea.hide", {"idea_id": idea["id"]})
    heard = other.changes()[-1]
    assert heard == {"rev": heard["rev"], "kind": "idea.removed", "idea_id": idea["id"], "hidden": True}
    other.ok("sync")
    assert other.received("snapshot")[-1]["ideas"] == []
    author.ok("sync")
    assert [i["text"] for i in author.received("snapshot")[-1]["ideas"] if i["hidden"]] == ["Only mine"]


def test_phone_edits_and_removes_own_idea_only_while_open(room):
    facilitator, anna, ville = room.facilitator(), room.phone(), room.phone()
    facilitator.ok("step.next")
    idea = anna.ok("idea.submit", {"client_id": new_id(), "text": "Draft"})["idea"]
    assert anna.ok("idea.edit", {"idea_id": idea["id"], "text": "Better"})["idea"]["text"] == "Better"
    assert ville.send("idea.edit", {"idea_id": idea["id"], "text": "Mine now"})["code"] == "forbidden"
    assert ville.send("idea.delete", {"idea_id": idea["id"]})["code"] == "forbidden"
    facilitator.ok("submissions.close")
    assert anna.send("idea.edit", {"idea_id": idea["id"], "text": "Late"})["code"] == "closed"
    assert anna.send("idea.submit", {"client_id": new_id(), "text": "Late"})["code"] == "closed"
    facilitator.ok("submissions.open")
    anna.ok("idea.delete", {"idea_id": idea["id"]})
    removed = ville.changes()[-1]
    assert removed["kind"] == "idea.removed" and removed["idea_id"] == idea["id"]
    assert room.phone().received("snapshot")[-1]["ideas"] == []


def test_an_amended_consent_round_starts_with_its_results_hidden(room):
    facilitator, projector, phone = room.facilitator(), room.projector(), room.phone()
    step_id = facilitator.ok("step.add", {"activity": "consent", "title": "Rules", "prompt": "We listen"})["step_id"]
    facilitator.ok("step.goto", {"step_id": step_id})
    phone.ok("answer.submit", {"value": 4})
    facilitator.ok("results.reveal")
    facilitator.ok("consent.amend", {"proposal": "We listen to the end"})
    agenda = [c for c in projector.changes() if c["kind"] == "steps"][-1]
    current = next(s for s in agenda["steps"] if s["id"] == agenda["current_step_id"])
    assert current["results_revealed"] is False and current["submissions_open"] is True
