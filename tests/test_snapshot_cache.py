"""A snapshot's shared part is built once per revision and handed to everyone of an audience;
what is a participant's own, and what moves without the revision, is added fresh."""
from conftest import new_id
from facilitator.db import transaction
from facilitator.domain import participants, snapshot, workshops


def build(app, code, audience, phone_id=None, cache=None):
    with transaction(app.extensions["facilitator.engine"]) as conn:
        workshop = workshops.by_code(conn, code)
        participant = participants.get(conn, phone_id) if phone_id else None
        state = snapshot.build(conn, workshop, audience, participant, cache=cache)
    state.pop("server_time")
    return state


def test_cached_snapshots_are_the_snapshots(app, room):
    facilitator, anna, ville = room.facilitator(), room.phone("Anna"), room.phone("Ville")
    facilitator.ok("step.edit", {"step_id": facilitator.received("snapshot")[-1]["steps"][0]["id"],
                                 "options": {"private": 1}})
    facilitator.ok("step.next")
    anna.ok("idea.submit", {"client_id": new_id(), "text": "Annan oma"})
    ville.ok("idea.submit", {"client_id": new_id(), "text": "Villen oma"})
    ids = {name: phone.received("snapshot")[-1]["me"]["id"] for name, phone in (("anna", anna), ("ville", ville))}
    cache = {}
    for audience, phone_id in (("participant", ids["anna"]), ("participant", ids["ville"]), ("projector", None),
                               ("facilitator", None), ("participant", ids["anna"])):
        assert build(app, room.code, audience, phone_id, cache) == build(app, room.code, audience, phone_id)
    # Each phone sees its own private idea and not the other's, from the same cached part.
    texts = lambda state: [i["text"] for i in state["ideas"]]  # noqa: E731
    assert texts(build(app, room.code, "participant", ids["anna"], cache)) == ["Annan oma"]
    assert texts(build(app, room.code, "participant", ids["ville"], cache)) == ["Villen oma"]
    assert set(key[1] for key in cache) == {"participant", "projector", "facilitator"}
    before = cache[(next(iter(cache))[0], "participant")]
    facilitator.ok("results.reveal")  # a change: the next snapshot is built anew
    after = build(app, room.code, "participant", ids["anna"], cache)
    assert after["rev"] > before["rev"] and texts(after) == ["Annan oma", "Villen oma"]


def test_the_cache_keeps_the_workshops_used_lately_and_forgets_a_deleted_one(app, room):
    from facilitator.live.runner import RecentlyUsed
    recent = RecentlyUsed(2)
    recent[1], recent[2] = "a", "b"
    recent.get(1)
    recent[3] = "c"
    assert list(recent) == [1, 3]
    room.facilitator(), room.phone()  # their snapshots are cached by the runner
    runner = app.extensions["facilitator.runner"]
    assert any(key[1] == "participant" for key in runner.snapshots)
    assert room.facilitator_http.post(f"/w/{room.code}/delete", data={"confirm": room.code}).status_code == 200
    assert not list(runner.snapshots)
