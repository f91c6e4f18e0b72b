"""The runner: Socket.IO connections and the events they send, thin over the domain.

connect → who is this (role from the cookies) → snapshot. An event → validate (known, the sender's
role, an object) → the domain in a transaction → commit → acknowledge and emit the changes.
"""
import logging
import threading
from collections import OrderedDict, defaultdict
from dataclasses import dataclass

from flask import g
from flask_babel import force_locale
from flask_socketio import ConnectionRefusedError

from .. import activities, roles
from ..db import transaction
from ..domain import participants, snapshot, steps, workshops
from ..domain.errors import DomainError
from ..domain.privacy import withhold
from .broadcast import room
from .events import EVENTS, PARTICIPANT, Context
from .group_commit import GroupCommit
from .messages import error_message
from .presence import Presence

log = logging.getLogger(__name__)
ROLES = ("facilitator", "projector", "participant", "preview")


def audience(role):
    """Whose snapshots and changes a role gets: the console's preview gets a phone's."""
    return PARTICIPANT if role == "preview" else role


@dataclass(frozen=True)
class Client:
    workshop_id: int
    code: str
    language: str
    role: str
    participant_id: int | None


class RecentlyUsed(OrderedDict):
    """A dict of at most `size` entries that forgets the one used longest ago."""

    def __init__(self, size):
        super().__init__()
        self.size = size

    def get(self, key, default=None):
        if key in self:
            self.move_to_end(key)
        return super().get(key, default)

    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)
        while len(self) > self.size:
            self.popitem(last=False)


class Runner:
    def __init__(self, engine, library, broadcaster, yield_once, throttle, quotas, server):
        self.engine = engine
        self.server = server  # python-socketio's: a reply goes to one of this process's own sockets
        self.library = library
        self.throttle = throttle
        self.quotas = quotas
        self.presence = Presence(engine)
        # The shared part of each workshop's snapshot per audience, at its latest revision: the
        # workshops in use lately (a deleted one's leaves with it, see live.close_workshop).
        self.snapshots = RecentlyUsed(96)
        broadcaster.every_round(self.presence.flush)
        self.broadcaster = broadcaster
        self.clients: dict[str, Client] = {}
        # One writer at a time per workshop, so that revisions leave in the order they were committed.
        self.workshop_locks = defaultdict(threading.Lock)
        self.group_commit = GroupCommit(engine, lambda workshop_id: self.workshop_locks[workshop_id],
                                        yield_once, refusals=(DomainError,))

    @staticmethod
    def refuse(code, language="fi"):
        """Refuses the connection: the client's `connect_error` carries `data: {code, message}`
        with one of the codes of docs/protocol.md (all of them permanent: retrying cannot help)."""
        with force_locale(language):
            message = error_message(code)
        raise ConnectionRefusedError(message, {"code": code, "message": message})

    def connect(self, sid, auth, cookies):
        if sid in self.clients:  # a client's event named "connect", not a connection
            return self.fail(sid, "connect", "unknown_event")
        if not isinstance(auth, dict) or auth.get("role") not in ROLES:
            self.refuse("bad_request")
        with transaction(self.engine) as conn:
            workshop = workshops.by_code(conn, auth.get("workshop"))
            participant = roles.participant_for(conn, workshop, cookies) if workshop else None
        if workshop is None:
            self.refuse("unknown_workshop")
        role, participant_id = auth["role"], None
        if role == PARTICIPANT:
            if participant is None:
                self.refuse("not_participant", roles.phone_language(workshop, cookies))
            participant_id = participant["id"]
        elif not roles.is_facilitator(workshop, cookies):
            self.refuse("not_facilitator", workshop["language"])
        # A phone may have switched its language; its messages follow it.
        language = roles.phone_language(workshop, cookies) if role == PARTICIPANT else workshop["language"]
        client = Client(workshop["id"], workshop["code"], language, role, participant_id)
        self.clients[sid] = client
        self.server.enter_room(sid, room(client.workshop_id))
        self.server.enter_room(sid, room(client.workshop_id, audience(role)))
        if participant_id is not None:
            # Counted in memory, written in batches (presence.py).
            self.presence.change(participant_id, +1)
        self.send_snapshot(sid, client, arriving=participant_id is not None)
        self.broadcaster.start()
        return None

    def disconnect(self, sid):
        client = self.clients.pop(sid, None)
        if client is not None and client.participant_id is not None:
            self.presence.change(client.participant_id, -1)

    def arrive(self, client, hook):
        """The current step's type places a phone that arrives (pair work puts a late joiner
        into a pair): a write, under the workshop's lock, with everyone present counted first."""
        self.presence.flush()
        with self.workshop_locks[client.workshop_id]:
            with transaction(self.engine) as conn:
                workshop = workshops.get(conn, client.workshop_id)
                step = steps.current(conn, workshop)
                change = hook(conn, workshop, step, client.participant_id) if step else None
            if change is not None:
                self.broadcaster.change(client.workshop_id, change)

    def send(self, sid, event, data):
        # Not through the message queue: the socket is this process's own, and publishing a
        # phone's snapshot to every process only for them to drop it costs a copy each.
        self.server.emit(event, data, to=sid, ignore_queue=True)

    def send_snapshot(self, sid, client, arriving=False):
        """The client's snapshot. A phone `arriving` (connecting) may first be placed by the
        current step's type (`arrive`); else one read transaction does it all."""
        with transaction(self.engine) as conn:  # a read: no commit to wait for
            workshop = workshops.get(conn, client.workshop_id)
            step = steps.current(conn, workshop)
            hook = activities.get(step["activity"]).on_arrive if arriving and step else None
            state = None if hook else self._snapshot(conn, client, workshop, step)
        if hook is not None:
            self.arrive(client, hook)
            with transaction(self.engine) as conn:
                workshop = workshops.get(conn, client.workshop_id)
                state = self._snapshot(conn, client, workshop, steps.current(conn, workshop))
        self.send(sid, "snapshot", state)

    def _snapshot(self, conn, client, workshop, step):
        participant = participants.get(conn, client.participant_id) if client.role == PARTICIPANT else None
        return snapshot.build(conn, workshop, audience(client.role), participant, cache=self.snapshots,
                              known_results=self._known_results(conn, client.workshop_id, step), step=step,
                              min_answers=self.broadcaster.min_answers)

    def _known_results(self, conn, workshop_id, step):
        """The stream's last tally, while it holds every change: the results are counted once a
        round, not once per phone. Just after a restart nothing was sent yet: the first snapshot
        counts them, and the phones after it share that count."""
        if step is None:
            return None
        tallies = self.broadcaster.tallies
        known = tallies.current(workshop_id, step["id"])
        # Seeded as the stream sends it (a small group's withheld), so later deltas apply to it.
        return known if known is not None else tallies.seed(
            workshop_id, lambda: withhold(snapshot.results(conn, step), self.broadcaster.min_answers))

    def send_tally(self, sid, client):
        """`tally.get`: the whole tally, for a client that missed the one a delta was made from."""
        with transaction(self.engine) as conn:
            workshop = workshops.get(conn, client.workshop_id)
            step = steps.current(conn, workshop)
            known = self.broadcaster.tallies.last(client.workshop_id, step["id"]) if step else None
            tally = snapshot.current_tally(conn, workshop, audience(client.role), step, known,
                                          min_answers=self.broadcaster.min_answers)
        if tally is not None:
            self.send(sid, "tally", tally)

    def fail(self, sid, name, code, params=None):
        client = self.clients.get(sid)
        with force_locale(client.language if client else "fi"):
            message = error_message(code, params)
        answer = {"ok": False, "code": code, "message": message}
        if params and "retry_after" in params:
            answer["retry_after"] = params["retry_after"]
        self.send(sid, "error", {"event": name, **answer})
        return answer

    def run(self, sid, name, payload):
        client = self.clients.get(sid)
        if client is None:
            return self.fail(sid, name, "forbidden")
        # A phone is throttled as the participant (however many tabs), the others per connection.
        wait = self.throttle.retry_after(client.role, str(client.participant_id or sid))
        if wait is not None:
            return self.fail(sid, name, "rate_limited", {"retry_after": wait})
        if name in ("sync", "tally.get"):
            if payload is not None and not isinstance(payload, dict):
                return self.fail(sid, name, "bad_payload", {"field": "payload"})
            (self.send_snapshot if name == "sync" else self.send_tally)(sid, client)
            return {"ok": True}
        spec = EVENTS.get(name)
        if spec is None:
            return self.fail(sid, name, "unknown_event")
        if client.role not in spec.roles:
            return self.fail(sid, name, "forbidden")
        if payload is None:
            payload = {}
        if not isinstance(payload, dict):
            return self.fail(sid, name, "bad_payload", {"field": "payload"})
        if not spec.batched:
            self.presence.flush()  # what it may read of who is here (pair work) is written first
        g.language = client.language

        def handle(conn, shared=None):
            # A batch of answers belongs to one workshop: its row is read once.
            workshop = (shared or {}).get("workshop") or workshops.get(conn, client.workshop_id)
            if shared is not None:
                shared["workshop"] = workshop
            context = Context(conn, workshop, client.role, client.participant_id, self.library, self.quotas)
            return spec.handler(context, payload)
        try:
            if spec.batched:
                outcome = self.group_commit.run(client.workshop_id, handle)
                for change in outcome.changes:
                    self.broadcaster.change(client.workshop_id, change)
            else:
                with self.workshop_locks[client.workshop_id]:
                    with transaction(self.engine) as conn:
                        outcome = handle(conn)
                    # Committed: now the world may hear of it.
                    for change in outcome.changes:
                        self.broadcaster.change(client.workshop_id, change)
        except DomainError as error:
            return self.fail(sid, name, error.code, error.params)
        except Exception:
            log.exception("event %s failed", name)
            return self.fail(sid, name, "internal")
        if outcome.tally:
            self.broadcaster.tally_changed(client.workshop_id)
        return {"ok": True, **outcome.ack}
