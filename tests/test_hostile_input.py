"""Hostile input: whatever a client sends, it gets a documented answer and the server keeps
going. Ids past the database's range, text no database can store, events named like the
connection's own, payloads that are not objects, packets the decoder cannot read, and a fuzz of
every event in every role."""
import json
import logging
import sqlite3
from pathlib import Path

import pytest
import requests
import socketio
import websocket
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import new_id
from facilitator.live.events import registered
from facilitator.live.messages import MESSAGES
from server import Server, cookie_header, create_workshop

EVENTS = sorted(registered())
# Every code a refusal may carry (docs/protocol.md); "internal" would be a bug.
CODES = set(MESSAGES) - {"internal"}


@pytest.mark.parametrize("event, payload", [
    ("idea.edit", {"idea_id": 2**63, "text": "x"}),
    ("idea.delete", {"idea_id": 10**30}),
    ("idea.hide", {"idea_id": -1}),
    ("idea.move", {"idea_id": 2**64, "cluster_id": 1}),
    ("cluster.rename", {"cluster_id": 2**63, "title": "x"}),
    ("step.goto", {"step_id": 2**63}),
    ("action.edit", {"action_id": 2**63, "what": "x"}),
    ("timer.start", {"seconds": 10**40}),
])
def test_numbers_out_of_range_are_refused_before_sql(room, event, payload):
    answer = room.facilitator().send(event, payload)
    assert answer["ok"] is False and answer["code"] == "bad_payload", answer


@pytest.mark.parametrize("text", ["a\ud800b", "nul\x00byte", "bell\x07", "\udfff"])
def test_text_no_database_can_store_is_refused(room, text):
    facilitator, phone = room.facilitator(), room.phone()
    facilitator.ok("step.next")
    answer = phone.send("idea.submit", {"client_id": new_id(), "text": text})
    assert answer["code"] == "bad_payload"
    assert phone.ok("idea.submit", {"client_id": new_id(), "text": "tab\tand\nnewline"})["idea"]
    facilitator.ok("sync")
    assert [i["text"] for i in facilitator.received("snapshot")[-1]["ideas"]] == ["tab\tand\nnewline"]


def test_events_named_like_the_connections_own_do_not_run_its_handlers(room):
    facilitator, phone = room.facilitator(), room.phone()
    facilitator.ok("step.next")
    for name in ("disconnect", "connect"):
        assert phone.send(name, {"workshop": room.code, "role": "facilitator"})["code"] == "unknown_event"
    # Still connected, still a participant, still counted.
    assert phone.ok("idea.submit", {"client_id": new_id(), "text": "still here"})["idea"]
    assert phone.send("step.next")["code"] == "forbidden"
    assert phone.send("sync", "not an object")["code"] == "bad_payload"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    running = Server(tmp_path_factory.mktemp("hostile")).start()
    yield running
    running.stop()
    assert "Traceback" not in running.output, running.output[-3000:]


def refusal(server, auth, cookies=""):
    """The `connect_error` data a python-socketio client gets."""
    client, seen = socketio.Client(reconnection=False), []
    client.on("connect_error", seen.append)
    with pytest.raises(socketio.exceptions.ConnectionError):
        client.connect(server.url, auth=auth, transports=["websocket"], headers={"Cookie": cookies},
                       wait_timeout=5)
    return seen[0]["data"]  # a browser reads it as `err.data`


def test_refused_connections_say_why(server):
    http = requests.Session()
    code = create_workshop(http, server.url)
    for auth, cookies, expected in (
            ({"workshop": "NOPE99", "role": "participant"}, "", "unknown_workshop"),
            ({"workshop": code, "role": "participant"}, "", "not_participant"),
            ({"workshop": code, "role": "facilitator"}, "", "not_facilitator"),
            ({"workshop": code, "role": "king"}, cookie_header(http), "bad_request"),
            ("text", "", "bad_request")):
        data = refusal(server, auth, cookies)
        assert data["code"] == expected and data["message"], data


def raw_socket(server, http, code):
    """A websocket speaking Engine.IO/Socket.IO by hand, joined as a participant."""
    http.post(f"{server.url}/{code}/join", data={"nickname": ""})
    ws = websocket.create_connection(
        server.url.replace("http", "ws") + "/socket.io/?EIO=4&transport=websocket",
        header=[f"Cookie: {cookie_header(http)}"], origin=server.url, timeout=10)
    assert ws.recv().startswith("0")  # the Engine.IO open packet
    ws.send("40" + json.dumps({"workshop": code, "role": "participant"}))
    first, second = ws.recv(), ws.recv()  # the namespace's acceptance and the snapshot, in any order
    assert {first[:2], second[:2]} == {"40", "42"}, (first[:40], second[:40])
    return ws


@pytest.mark.parametrize("packet", [
    "42[\"idea.submit\"," + "[" * 50000 + "]" * 50000 + "]",
    "42[\"idea.submit\",{\"text\":" + "7" * 5000 + "}]",
    "42{not json",
    "4" + "x" * 40000,
])
def test_a_packet_the_decoder_cannot_read_closes_that_connection(server, packet):
    http = requests.Session()
    code = create_workshop(http, server.url)
    ws = raw_socket(server, http, code)
    ws.send(packet)
    closed = False
    try:
        while True:
            message = ws.recv()
            if message in ("", None) or message.startswith("1") or message.startswith("41"):
                closed = True
                break
            if message == "2":
                ws.send("3")
    except (websocket.WebSocketConnectionClosedException, ConnectionError, OSError):
        closed = True
    assert closed
    assert requests.get(server.url + "/healthz", timeout=5).ok
    other = raw_socket(server, requests.Session(), code)  # everyone else carries on
    other.close()


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_every_event_of_every_role_answers_with_a_documented_code(room, data, caplog):
    if not hasattr(room, "clients"):
        room.clients = {"facilitator": room.facilitator(), "projector": room.projector(),
                        "participant": room.phone("Fuzz")}
        room.clients["facilitator"].ok("step.next")
    role = data.draw(st.sampled_from(sorted(room.clients)))
    event = data.draw(st.sampled_from(EVENTS + ["sync", "no.such.event"]))
    scalars = st.one_of(st.none(), st.booleans(), st.integers(min_value=-2**70, max_value=2**70),
                        st.floats(allow_nan=False), st.text(max_size=40), st.sampled_from([1, 2, 3, new_id()]))
    values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.text(max_size=8), inner, max_size=3), max_leaves=8)
    keys = st.sampled_from(["client_id", "text", "idea_id", "cluster_id", "step_id", "action_id", "value",
                            "target_type", "target_id", "title", "prompt", "position", "seconds", "options",
                            "proposal", "outcome", "method_id", "day_id", "goals", "willing", "activity"])
    payload = data.draw(st.one_of(st.dictionaries(keys, values, max_size=5), values))
    with caplog.at_level(logging.WARNING):
        answer = room.clients[role].send(event, payload)
    assert isinstance(answer, dict) and (answer.get("ok") is True or answer.get("code") in CODES), answer
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text
    database = Path(room.app.config["DATA_DIR"]) / "facilitator.db"
    with sqlite3.connect(database) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
