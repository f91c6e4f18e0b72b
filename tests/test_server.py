"""The real server (eventlet, and gevent where it says so): start-up, clean stop, restart with
nothing lost, origin check."""
import signal
import subprocess
import sys
import threading
import time

import pytest
import requests
import socketio

from conftest import new_id
from server import Server, cookie_header, create_workshop


class Client:
    """A python-socketio client that keeps the last snapshot and every change it heard."""

    def __init__(self, base, code, role, http):
        self.snapshots, self.changes = [], []
        self.synced = threading.Event()
        self.sio = socketio.Client(reconnection_delay=0.2, reconnection_delay_max=0.5)
        self.sio.on("snapshot", self._snapshot)
        self.sio.on("change", self.changes.append)
        self.sio.connect(base, auth={"workshop": code, "role": role}, transports=["websocket"],
                         headers={"Cookie": cookie_header(http)}, wait_timeout=10)
        assert self.synced.wait(10)

    def _snapshot(self, data):
        self.snapshots.append(data)
        self.synced.set()

    def back(self, timeout=15):
        """Reconnected by itself: the snapshot came and the namespace counts as connected again."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.synced.is_set() and "/" in self.sio.namespaces:
                return True
            time.sleep(0.05)
        return False

    def call(self, event, payload=None):
        return self.sio.call(event, payload or {}, timeout=10)


@pytest.fixture
def server(tmp_path):
    with Server(tmp_path / "data") as running:
        yield running


@pytest.mark.parametrize("async_mode", ["eventlet", "gevent"])
def test_serve_prints_the_urls_and_stops_cleanly(tmp_path, async_mode):
    running = Server(tmp_path / "data", async_mode=async_mode, extra=("--public-url", "http://192.0.2.77:8080")).start()
    # Busy while it stops, so the signal lands in the hub too: gevent's printed a traceback there.
    busy = threading.Event()

    def ask():
        with requests.Session() as http:
            while not busy.is_set():
                try:
                    http.get(running.url + "/healthz", timeout=1)
                except requests.RequestException:
                    pass
    askers = [threading.Thread(target=ask) for _ in range(4)]
    for asker in askers:
        asker.start()
    time.sleep(0.3)
    try:
        assert running.stop(signal.SIGTERM) == 0
    finally:
        busy.set()
        for asker in askers:
            asker.join()
    assert "http://192.0.2.77:8080/" in running.output  # the participants' URL
    assert f"http://127.0.0.1:{running.port}/new" in running.output  # the facilitator's
    assert "Facilitator stopped." in running.output
    assert "Traceback" not in running.output


def test_default_join_url_is_the_lan_address_not_localhost(tmp_path):
    from facilitator.network import lan_address, public_url
    assert public_url("0.0.0.0", 5000) == f"http://{lan_address()}:5000"
    assert public_url("0.0.0.0", 5000, "https://fasilitointi.example/") == "https://fasilitointi.example"


def test_restart_loses_nothing_and_clients_come_back_by_themselves(tmp_path):
    data = tmp_path / "data"
    first = Server(data).start()
    facilitator_http, phone_http = requests.Session(), requests.Session()
    code = create_workshop(facilitator_http, first.url)
    assert phone_http.post(f"{first.url}/{code}/join", data={"nickname": "Anna"}, allow_redirects=False).status_code == 302
    facilitator = Client(first.url, code, "facilitator", facilitator_http)
    phone = Client(first.url, code, "participant", phone_http)
    assert facilitator.call("step.next")["ok"]
    for text in ("Yhteiset pelisäännöt", "Enemmän työparityötä"):
        assert phone.call("idea.submit", {"client_id": new_id(), "text": text})["ok"]
    assert facilitator.call("timer.start", {"seconds": 600})["ok"]
    before = facilitator.call("sync") and facilitator.snapshots[-1]

    assert first.stop(signal.SIGTERM) == 0
    facilitator.synced.clear(), phone.synced.clear()
    second = Server(data, port=first.port).start()
    try:
        assert facilitator.back() and phone.back(), "clients did not reconnect"
        after, phone_after = facilitator.snapshots[-1], phone.snapshots[-1]
        assert after["rev"] == before["rev"]
        for key in ("ideas", "steps", "clusters", "workshop", "timer"):
            assert after[key] == before[key], key
        assert [i["text"] for i in phone_after["ideas"]] == ["Yhteiset pelisäännöt", "Enemmän työparityötä"]
        assert len(phone_after["me"]["idea_ids"]) == 2
        assert phone.call("idea.submit", {"client_id": new_id(), "text": "After the restart"})["ok"]
    finally:
        facilitator.sio.disconnect(), phone.sio.disconnect()
        second.stop()


@pytest.mark.parametrize("origin, accepted", [
    (None, True), ("{own}", True), ("http://evil.example", False), ("null", False),
    ("http://127.0.0.1:1", False),
])
def test_sockets_only_from_the_servers_own_origin(server, origin, accepted):
    headers = {} if origin is None else {"Origin": origin.format(own=server.url)}
    handshake = requests.get(server.url + "/socket.io/?EIO=4&transport=polling", headers=headers)
    assert handshake.ok is accepted, handshake.text


def test_pages_answer_on_eventlet(server):
    assert requests.get(server.url + "/").ok
    assert requests.get(server.url + "/NOPE99").status_code == 404


@pytest.mark.parametrize("async_mode", ["eventlet", "gevent"])
def test_a_hall_of_phones_arriving_at_once_fits_in_the_listen_backlog(tmp_path, async_mode):
    """eventlet's default backlog (50) dropped connections of phones opening the page at once."""
    from facilitator.cli import LISTEN_BACKLOG
    with Server(tmp_path / "data", async_mode=async_mode) as server:
        listening = subprocess.run(["ss", "-ltnH", f"sport = :{server.port}"], capture_output=True, text=True,
                                   check=True).stdout.split()
    assert listening[0] == "LISTEN" and int(listening[2]) == LISTEN_BACKLOG  # Send-Q: the backlog


def test_serve_says_what_to_install_when_gevent_is_missing(tmp_path):
    # gevent is an extra: without it, asking for it gets a line saying what to install, no traceback.
    code = ("import sys; sys.modules['gevent'] = None; from facilitator import cli; "  # None: not importable
            f"sys.exit(cli.main(['serve', '--data-dir', {str(tmp_path)!r}, '--async-mode', 'gevent']))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "pip install 'facilitator[gevent]'" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
