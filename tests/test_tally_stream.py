"""The revealed tally streams to every phone as numbered messages, the change since the last one
where the whole is large (docs/protocol.md, "Results"): applied in order by the phone's Store
(state.js, run here in Node) they add up to exactly the tally a fresh snapshot counts, and a
phone that missed one gets the whole back with `tally.get`."""
import json
import os
import subprocess
import time

from conftest import new_id

from facilitator.live.tally_stream import delta

JS = os.path.join(os.path.dirname(__file__), "..", "facilitator", "static", "js")
REDUCE = """
import { Store } from "./state.js";
const [start, ...messages] = JSON.parse(process.argv[1]);
const store = new Store("participant");
store.tally = start;
const asked = messages.map((m) => store.setTally(m));
console.log(JSON.stringify({ tally: store.tally, asked }));
"""


def _store_applies(start, messages):
    out = subprocess.run(["node", "--input-type=module", "-e", REDUCE, json.dumps([start, *messages])],
                         cwd=JS, capture_output=True, text=True, timeout=30, check=True)
    return json.loads(out.stdout)


def _vote_room(room, ideas=40):
    facilitator, phones = room.facilitator(), [room.phone() for _ in range(3)]
    facilitator.ok("step.next")
    ids = [phones[0].ok("idea.submit", {"client_id": new_id(), "text": f"Idea number {n}"})["idea"]["id"]
           for n in range(ideas)]
    facilitator.ok("step.next")  # cluster
    facilitator.ok("step.next")  # dot vote
    facilitator.ok("results.reveal")
    return facilitator, phones, ids


def _dot(phone, target):
    phone.ok("vote.add", {"client_id": new_id(), "target_type": "idea", "target_id": target})


def test_a_phone_applies_deltas_and_asks_for_the_whole_when_it_missed_one(room):
    facilitator, (voter, watcher, late), ids = _vote_room(room)
    # 20 dots on 20 ideas: the whole tally is large enough for deltas to be worth it.
    for n, target in enumerate(ids[:20]):
        _dot(room.phone() if n >= 3 else [voter, late, room.phone()][n], target)
    watcher.wait_for("tally", lambda t: t.get("dots_spent") == 20 or "base" in t)
    time.sleep(0.2)
    watcher.received()
    watcher.ok("tally.get")  # what the watcher holds now, with its number
    before = watcher.wait_for("tally")
    assert before["dots_spent"] == 20 and "base" not in before
    # Then one dot a round: each round changes one of 20 counts.
    for target in ids[20:25]:
        _dot(room.phone(), target)
        time.sleep(0.12)
    time.sleep(0.3)
    messages = watcher.received("tally")
    deltas = [m for m in messages if "base" in m]
    assert deltas, "a large tally with one count changed goes as a delta"
    assert all(2 * len(json.dumps(d)) < len(json.dumps(before)) for d in deltas)
    # The numbers run on without a hole, each delta naming the one before it.
    assert [m["seq"] for m in messages] == list(range(before["seq"] + 1, before["seq"] + 1 + len(messages)))
    assert all(d["base"] == d["seq"] - 1 for d in deltas)

    # The phone's Store applies each in turn, and ends with exactly what a snapshot counts.
    applied = _store_applies(before, messages)
    assert all(applied["asked"])
    watcher.ok("sync")
    counted = watcher.wait_for("snapshot")["tally"]
    assert counted["dots_spent"] == 25
    assert {k: v for k, v in applied["tally"].items() if k != "seq"} == \
           {k: v for k, v in counted.items() if k != "seq"}
    assert applied["tally"]["seq"] == messages[-1]["seq"]

    # A phone that holds an older tally cannot apply the latest delta: it asks for the whole,
    # and gets it with the number the next delta will name.
    assert _store_applies(before, [deltas[-1]])["asked"] == [False]
    late.received()
    late.ok("tally.get")
    whole = late.wait_for("tally")
    assert "base" not in whole and whole["seq"] == messages[-1]["seq"]
    assert whole["counts"] == counted["counts"]


def test_a_snapshot_hands_out_the_streams_last_tally_while_nothing_waits_to_be_counted(room, monkeypatch):
    facilitator, (voter, watcher, _), ids = _vote_room(room)
    _dot(voter, ids[0])
    last = watcher.wait_for("tally", lambda t: t.get("dots_spent") == 1 or "base" in t)
    time.sleep(0.2)  # the round is out: the stream's last whole holds every dot
    last = (watcher.received("tally") or [last])[-1]
    from facilitator.activities.dot_vote import domain
    counted = []
    monkeypatch.setattr(domain, "_dots", lambda *a, real=domain._dots: counted.append(1) or real(*a))
    tally = room.phone().received("snapshot")[-1]["tally"]
    assert tally["dots_spent"] == 1
    assert tally["seq"] == last["seq"]  # the next delta may be made from it
    assert counted == [], "the snapshot counted the dots again"
    _dot(voter, ids[1])  # now a change waits to be counted: the snapshot counts afresh
    assert room.phone().received("snapshot")[-1]["tally"]["dots_spent"] == 2
    assert counted


def test_delta_is_what_turns_one_tally_into_the_next():
    base = {"step_id": 1, "revealed": True, "dots_spent": 3, "voters": 2, "seq": 4,
            "counts": [{"target_type": "idea", "target_id": n, "dots": 1} for n in range(3)],
            "texts": ["a", "b"]}
    after = {**base, "dots_spent": 4, "seq": 5, "counts": [{"target_type": "idea", "target_id": 0, "dots": 2},
                                                          *base["counts"][1:]]}
    del after["texts"]
    change = {"step_id": 1, "revealed": True, "seq": 5, "base": 4, **delta(base, after)}
    assert change["set"] == {"dots_spent": 4}
    assert change["splice"] == {"counts": [0, 1, [{"target_type": "idea", "target_id": 0, "dots": 2}]]}
    assert change["unset"] == ["texts"]
    assert _store_applies(base, [change])["tally"] == after


def test_after_a_restart_the_first_snapshot_counts_and_the_others_share_it(app, room, monkeypatch):
    facilitator, (voter, _watcher, _), ids = _vote_room(room)
    _dot(voter, ids[0])
    time.sleep(0.2)
    with app.app_context():
        from facilitator.db import transaction
        from facilitator.domain import workshops
        with transaction(app.extensions["facilitator.engine"]) as conn:
            workshop_id = workshops.by_code(conn, room.code)["id"]
    app.extensions["facilitator.live"].tallies.forget(workshop_id)  # as a fresh process knows nothing
    from facilitator.activities.dot_vote import domain
    counted = []
    monkeypatch.setattr(domain, "_dots", lambda *a, real=domain._dots: counted.append(1) or real(*a))
    tallies = [room.phone().received("snapshot")[-1]["tally"] for _ in range(4)]
    assert len(counted) == 1
    assert all(t["dots_spent"] == 1 and t["seq"] == tallies[0]["seq"] for t in tallies)
