"""One workshop served by two `facilitator serve` processes that share a real PostgreSQL database
and a real Redis message queue: the projector on one process, the phones on the other, and every
change must cross. Also: a query stuck waiting on PostgreSQL must not stall the event loop."""
import os
import threading
import time

import pytest
import requests
import socketio

from conftest import new_id
from server import Server, cookie_header, create_workshop
from services import PostgreSQL, Redis, postgres_bin_dir, redis_binary

WAIT = 20  # seconds; generous, the tests only assert that things arrive

if not (redis_binary() and postgres_bin_dir()):
    if os.environ.get("CI"):
        raise RuntimeError("CI needs redis-server and PostgreSQL: scripts/install --test installs them")
    pytest.skip("redis-server or PostgreSQL is not installed (scripts/install --test)",
                allow_module_level=True)


class Client:
    """A python-socketio client that records every snapshot, change, tally and presence."""

    def __init__(self, base, code, role, http):
        self.lock = threading.Condition()
        self.snapshots, self.changes, self.tallies, self.presence = [], [], [], []
        self.sio = socketio.Client(reconnection=False)
        for name, store in (("snapshot", self.snapshots), ("change", self.changes),
                            ("tally", self.tallies), ("presence", self.presence)):
            self.sio.on(name, self._recorder(store))
        self.sio.connect(base, auth={"workshop": code, "role": role}, transports=["websocket"],
                         headers={"Cookie": cookie_header(http)}, wait_timeout=WAIT)
        self.wait(lambda: self.snapshots, "a snapshot")

    def _recorder(self, store):
        def record(data):
            with self.lock:
                store.append(data)
                self.lock.notify_all()
        return record

    def wait(self, predicate, what):
        with self.lock:
            assert self.lock.wait_for(predicate, WAIT), f"never got {what}"

    def rev(self):
        with self.lock:
            return max([c["rev"] for c in self.changes] + [s["rev"] for s in self.snapshots])

    def call(self, event, payload=None):
        answer = self.sio.call(event, payload or {}, timeout=WAIT)
        assert answer["ok"], (event, answer)
        return answer


@pytest.fixture(scope="module")
def services():
    redis, postgres = Redis().start(), PostgreSQL().start()
    try:
        yield redis, postgres
    finally:
        redis.stop()
        postgres.stop()


@pytest.fixture(scope="module")
def two_servers(services, tmp_path_factory):
    redis, postgres = services
    shared = ("--database", postgres.url, "--message-queue", redis.url)
    first = Server(tmp_path_factory.mktemp("first"), extra=shared).start()
    second = Server(tmp_path_factory.mktemp("second"), extra=shared).start()
    try:
        yield first, second
    finally:
        for server in (first, second):
            server.stop()
            assert "Traceback" not in server.output, server.output


def join(base, code):
    http = requests.Session()
    answer = http.post(f"{base}/{code}/join", data={"nickname": ""}, allow_redirects=False)
    assert answer.status_code == 302, answer.text
    return http


def test_every_change_crosses_between_two_processes(two_servers):
    first, second = two_servers
    facilitator_http = requests.Session()
    code = create_workshop(facilitator_http, first.url)
    facilitator = Client(first.url, code, "facilitator", facilitator_http)
    projector = Client(first.url, code, "projector", facilitator_http)
    phones = [Client(second.url, code, "participant", join(second.url, code)) for _ in range(2)]
    clients = [facilitator, projector, *phones]
    try:
        # Joined on the second process, counted on the first one's projector.
        projector.wait(lambda: projector.presence and projector.presence[-1]["participants"] == 2,
                       "the phones' presence")

        def everyone_hears(answer_rev=None):
            rev = max(c.rev() for c in clients) if answer_rev is None else answer_rev
            for client in clients:
                client.wait(lambda: client.rev() >= rev, f"revision {rev}")

        facilitator.call("step.next")  # the brainstorm opens: from the first to the second
        everyone_hears()
        ideas = [phone.call("idea.submit", {"client_id": new_id(), "text": f"Idea {i}"})["idea"]
                 for i, phone in enumerate(phones)]  # from the second to the first
        everyone_hears()
        assert {i["text"] for i in ideas} <= {c["idea"]["text"] for c in projector.changes
                                              if c["kind"] == "idea.added"}
        first_idea, second_idea = (i["id"] for i in ideas)
        phones[0].call("idea.edit", {"idea_id": first_idea, "text": "Idea 0, edited"})
        facilitator.call("idea.hide", {"idea_id": second_idea})
        facilitator.call("idea.unhide", {"idea_id": second_idea})
        facilitator.call("timer.start", {"seconds": 300})
        facilitator.call("room.lock")
        facilitator.call("room.unlock")
        facilitator.call("step.next")  # to grouping
        cluster = facilitator.call("cluster.create", {"client_id": new_id(), "title": "Group"})["cluster"]
        facilitator.call("idea.move", {"idea_id": first_idea, "cluster_id": cluster["id"]})
        facilitator.call("cluster.rename", {"cluster_id": cluster["id"], "title": "Renamed"})
        facilitator.call("step.next")  # to the dot vote
        facilitator.call("results.reveal")
        everyone_hears()

        # The projector and the phones are the same audience: they must hear exactly the same
        # changes, in the same order, whichever process made them.
        for phone in phones:
            assert phone.changes == projector.changes
        revs = [c["rev"] for c in projector.changes]
        assert revs == list(range(revs[0], revs[0] + len(revs))), "a change went missing"
        kinds = {c["kind"] for c in projector.changes}
        assert {"steps", "idea.added", "idea.updated", "idea.removed", "timer", "workshop",
                "cluster.added", "cluster.updated", "idea.moved"} <= kinds

        # Dots spent on the second process reach the first one's projector as a tally.
        phones[0].call("vote.add", {"client_id": new_id(), "target_type": "cluster",
                                    "target_id": cluster["id"]})
        phones[1].call("vote.add", {"client_id": new_id(), "target_type": "idea",
                                    "target_id": second_idea})
        projector.wait(lambda: projector.tallies and projector.tallies[-1]["dots_spent"] == 2,
                       "the tally of both dots")
        # Both processes read the same database: fresh snapshots agree.
        projector.call("sync")
        phones[0].call("sync")
        projector.wait(lambda: len(projector.snapshots) >= 2, "a fresh snapshot")
        phones[0].wait(lambda: len(phones[0].snapshots) >= 2, "a fresh snapshot")
        here, there = projector.snapshots[-1], phones[0].snapshots[-1]
        for key in ("rev", "ideas", "clusters", "steps", "tally"):
            assert here[key] == there[key], key
    finally:
        for client in clients:
            client.sio.disconnect()


def test_a_query_waiting_on_postgresql_does_not_stall_the_server(two_servers, services):
    import pg8000.native

    first, _second = two_servers
    _redis, postgres = services
    facilitator_http = requests.Session()
    code = create_workshop(facilitator_http, first.url)
    facilitator = Client(first.url, code, "facilitator", facilitator_http)
    phone = Client(first.url, code, "participant", join(first.url, code))
    facilitator.call("step.next")
    blocker = pg8000.native.Connection("facilitator", host="127.0.0.1", port=postgres.port,
                                       database="postgres")
    answers = []
    try:
        blocker.run("BEGIN")
        blocker.run("LOCK TABLE ideas IN ACCESS EXCLUSIVE MODE")
        submit = threading.Thread(target=lambda: answers.append(phone.sio.call(
            "idea.submit", {"client_id": new_id(), "text": "Waits for the lock"}, timeout=60)))
        submit.start()
        time.sleep(1)  # the submit is now waiting inside PostgreSQL
        # Meanwhile the same process answers others: a blocking driver would freeze it here.
        for _ in range(3):
            assert requests.get(first.url + "/healthz", timeout=5).ok
        join(first.url, code)
        assert not answers, "the submit should still be waiting for the lock"
    finally:
        blocker.run("ROLLBACK")
        blocker.close()
    submit.join(WAIT)
    assert answers and answers[0]["ok"], answers
    facilitator.wait(lambda: any(c["kind"] == "idea.added" for c in facilitator.changes), "the idea")
    for client in (facilitator, phone):
        client.sio.disconnect()
