"""Simulated phones, projector and facilitator: python-socketio AsyncClients that join the way a
browser does (HTTP form post for the cookie, then a websocket with permessage-deflate offered as
Chrome offers it) and record when each change reaches them.

The phones are dealt out over several generator processes (generators.py); `time.monotonic()` is
one clock for all of them (CLOCK_MONOTONIC, per host), and a submitting phone writes its send
moment into the idea's text: a fan-out latency is (received by this client) − (sent, as written).
"""
import asyncio
import contextlib
import json
import time

import aiohttp
import socketio

# socket.io-client's defaults in the browser, so that a reconnect storm spreads as it would.
# The permessage-deflate window Chrome and Firefox offer (`client_max_window_bits`); 0 offers none.
COMPRESS = 15
BROWSER_RECONNECT = {"reconnection_delay": 1, "reconnection_delay_max": 5, "randomization_factor": 0.5}
IDEA_TAG = "bench-"


class BrowserLikeClient(socketio.AsyncClient):
    """python-socketio's client gives up on a reconnection whose Socket.IO handshake takes more
    than a second (`wait_timeout` defaults to 1 s on every reconnect) and tries again later; a
    browser's socket.io-client waits 20 s (`timeout`). Under a reconnect storm the server takes
    longer than a second for some, and the harness would be measuring its own impatience."""

    async def connect(self, *args, wait_timeout=20, **kwargs):
        return await super().connect(*args, wait_timeout=wait_timeout, **kwargs)


class Room:
    """What the harness knows of the workshop under test, and the figures all clients add to."""

    def __init__(self, base):
        self.base = base
        self.code = None
        self.latencies = []  # seconds, one per (idea, receiving client)
        self.deliveries = 0  # change messages received by every client
        self.expected_rev = 0  # a (re)connected client is in sync at this revision or later
        self.gaps = 0
        self.reset_counts()

    def reset_counts(self):
        self.latencies, self.deliveries = [], 0
        # `tally` messages received by phones, their JSON bytes, how many were whole (not a
        # delta), and how many times a phone that missed one asked for the whole.
        self.tally_deliveries = self.tally_bytes = self.tally_wholes = self.tally_asked = 0


class Client:
    def __init__(self, room, role):
        self.room, self.role = room, role
        self.rev = -1
        self.synced = asyncio.Event()
        self.synced_at = None
        self.tallies = []  # (monotonic, tally) as this client holds it after each message
        self.tally = None
        self.dots = []  # (client id, target id) of the dots this phone has spent
        self.http = None
        self.sio = None
        self.compression = None

    async def open_http(self):
        # A cookie jar that keeps cookies from an IP address (aiohttp's refuses them by default),
        # and no keep-alive: the form post's connection closes as a browser's would soon do.
        self.http = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True),
                                          connector=aiohttp.TCPConnector(force_close=True))

    async def post(self, path, form):
        async with self.http.post(self.room.base + path, data=form, allow_redirects=False) as answer:
            if answer.status != 302:
                raise RuntimeError(f"POST {path}: {answer.status} {(await answer.text())[:200]}")
            return answer.headers["Location"]

    async def connect(self, timeout=60):
        self.sio = BrowserLikeClient(handle_sigint=False, http_session=self.http,
                                        websocket_extra_options={"compress": COMPRESS}, **BROWSER_RECONNECT)
        self.sio.on("snapshot", self._snapshot)
        self.sio.on("change", self._change)
        self.sio.on("tally", self._tally)
        # A browser's websocket handshake names the page's origin; the server refuses one without.
        await self.sio.connect(self.room.base, auth={"workshop": self.room.code, "role": self.role},
                               headers={"Origin": self.room.base}, transports=["websocket"],
                               wait_timeout=timeout)
        ws = getattr(self.sio.eio, "ws", None)
        self.compression = getattr(ws, "compress", None)
        await asyncio.wait_for(self.synced.wait(), timeout)

    async def _snapshot(self, data):
        self.rev = data["rev"]
        self.tally = data.get("tally")
        if self.rev >= self.room.expected_rev:
            if not self.synced.is_set():
                self.synced_at = time.monotonic()
            self.synced.set()

    async def _change(self, data):
        now = time.monotonic()
        self.room.deliveries += 1
        if data["kind"] == "idea.added" and data["idea"]["text"].startswith(IDEA_TAG):
            _seq, sent = data["idea"]["text"][len(IDEA_TAG):].split("-")
            self.room.latencies.append(now - float(sent))
        if data["rev"] > self.rev + 1 and self.rev >= 0:
            # A gap: a real client asks for a fresh snapshot, and so do we.
            self.room.gaps += 1
            self.rev = data["rev"]
            await self.sio.emit("sync", {})
        else:
            self.rev = max(self.rev, data["rev"])

    async def _tally(self, data):
        if self.role == "participant":
            room = self.room
            room.tally_deliveries += 1
            room.tally_wholes += "base" not in data
            if room.tally_deliveries % 50 == 1:  # a sample is enough for the mean size
                room.tally_bytes += 50 * len(json.dumps(data, separators=(",", ":")))
        held = apply_tally(self.tally, data)
        if held is None:  # missed one: ask for the whole, as state.js does
            self.room.tally_asked += 1
            await self.sio.emit("tally.get", {})
            return
        self.tally = held
        if self.role == "projector":
            self.tallies.append((time.monotonic(), held))

    async def call(self, event, payload=None, timeout=60):
        return await self.sio.call(event, payload or {}, timeout=timeout)

    async def close(self):
        try:
            if self.sio is not None:
                await self.sio.disconnect()
        finally:
            if self.http is not None and not self.http.closed:
                await self.http.close()


def apply_tally(held, message):
    """The tally a client holds after `message` (docs/protocol.md, "Results"): a whole one
    replaces it; a delta applies to the one it was made from, else None (ask for the whole).
    The same as `Store.setTally` in state.js."""
    if "base" not in message:
        return message
    if not held or held.get("seq") != message["base"] or held.get("step_id") != message["step_id"]:
        return None
    tally = {key: value for key, value in held.items() if key not in message.get("unset", ())}
    tally.update(message.get("set", {}))
    for key, (start, removed, items) in message.get("splice", {}).items():
        tally[key] = tally[key][:start] + items + tally[key][start + removed:]
    tally["seq"] = message["seq"]
    return tally


async def facilitator_and_projector(room):
    """Creates the workshop through the real form; returns (facilitator, projector)."""
    facilitator = Client(room, "facilitator")
    await facilitator.open_http()
    location = await facilitator.post("/new", {"title": "Kuormitustesti", "language": "fi",
                                               "anonymous": "1"})
    room.code = location.split("/")[2]
    projector = Client(room, "projector")
    projector.http = facilitator.http  # the same browser, the same cookie
    await facilitator.connect()
    await projector.connect()
    return facilitator, projector


@contextlib.asynccontextmanager
async def served_room(mode, setup=()):
    """A fresh `facilitator serve` (servers.py) with a workshop, its facilitator and projector,
    and the facilitator's `setup` events sent: yields (server, room, facilitator, projector,
    clients); every client in `clients` (append the phones) is closed and the server stopped."""
    from .servers import ServerProcess
    server = ServerProcess("product", mode)
    await asyncio.get_running_loop().run_in_executor(None, server.start)
    room = Room(server.url)
    clients = []
    try:
        facilitator, projector = await facilitator_and_projector(room)
        clients += [facilitator, projector]
        for event, payload in setup:
            answer = await facilitator.call(event, payload)
            assert answer.get("ok"), (event, answer)
        yield server, room, facilitator, projector, clients
    finally:
        await asyncio.gather(*(c.close() for c in clients), return_exceptions=True)
        server.stop()


async def join_phone(room, timeout=60):
    """One phone scanning the QR code: the join form, then the socket. Returns (client, seconds)."""
    started = time.monotonic()
    phone = Client(room, "participant")
    await phone.open_http()
    try:
        await phone.post(f"/{room.code}/join", {"nickname": ""})
        await phone.connect(timeout)
    except BaseException:
        await phone.close()
        raise
    return phone, time.monotonic() - started


class LoopLag:
    """How late this event loop wakes up: when it is late, the load generator is the limit."""

    def __init__(self, period=0.02):
        self.period, self.worst, self.samples = period, 0.0, []
        self._task = None

    async def _watch(self):
        while True:
            before = time.monotonic()
            await asyncio.sleep(self.period)
            late = time.monotonic() - before - self.period
            self.samples.append(late)
            self.worst = max(self.worst, late)

    def __enter__(self):
        self.samples, self.worst = [], 0.0
        self._task = asyncio.get_running_loop().create_task(self._watch())
        return self

    def __exit__(self, *exc):
        self._task.cancel()
