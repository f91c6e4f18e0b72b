"""The live layer: Socket.IO connections and events, thin over the domain.

validate → call the domain in a transaction → commit → acknowledge and emit the change.
"""
import logging
import threading
from collections import defaultdict
from dataclasses import dataclass

from flask import g, request
from flask_babel import force_locale
from flask_socketio import ConnectionRefusedError, emit, join_room

from ..db import transaction
from ..domain import pairing, participants, snapshot, workshops
from ..domain.errors import DomainError
from ..web.common import is_facilitator, join_url, participant_for, phone_language
from . import activity_events  # noqa: F401  (registers its events)
from .broadcast import Broadcaster, room
from .group_commit import GroupCommit
from .compression import without_websocket_compression
from .events import EVENTS, PARTICIPANT, Context
from .messages import error_message

log = logging.getLogger(__name__)
ROLES = ("facilitator", "projector", "participant")


@dataclass(frozen=True)
class Client:
    workshop_id: int
    code: str
    language: str
    role: str
    participant_id: int | None


def init_live(app, socketio):
    # Outside Flask-SocketIO's middleware, so the websocket handshake never sees the offer.
    app.wsgi_app = without_websocket_compression(app.wsgi_app)
    engine = app.extensions["facilitator.engine"]
    library = app.extensions["facilitator.library"]
    if engine.dialect.name == "sqlite":
        # One process owns a SQLite file: connections counted before a restart are gone.
        with transaction(engine) as conn:
            participants.forget_connections(conn)
    broadcaster = Broadcaster(socketio, engine, app.config["TALLY_INTERVAL"],
                              app.config["PRESENCE_INTERVAL"])
    app.extensions["facilitator.live"] = broadcaster
    clients: dict[str, Client] = {}
    # One writer at a time per workshop, so that revisions leave in the order they were committed.
    workshop_locks = defaultdict(threading.Lock)
    group_commit = GroupCommit(engine, lambda workshop_id: workshop_locks[workshop_id],
                               lambda: socketio.sleep(0), refusals=(DomainError,))

    def refuse(code, language="fi"):
        with force_locale(language):
            raise ConnectionRefusedError({"code": code, "message": error_message(code)})

    @socketio.on("connect")
    def connect(auth):
        if not isinstance(auth, dict) or auth.get("role") not in ROLES:
            refuse("bad_payload")
        with transaction(engine) as conn:
            workshop = workshops.by_code(conn, auth.get("workshop"))
        if workshop is None:
            refuse("not_found")
        role, participant_id = auth["role"], None
        if role == PARTICIPANT:
            participant = participant_for(workshop)
            if participant is None:
                refuse("forbidden", workshop["language"])
            participant_id = participant["id"]
        elif not is_facilitator(workshop):
            refuse("forbidden", workshop["language"])
        # A phone may have switched its language; its messages follow it.
        language = phone_language(workshop) if role == PARTICIPANT else workshop["language"]
        client = Client(workshop["id"], workshop["code"], language, role, participant_id)
        clients[request.sid] = client
        join_room(room(client.workshop_id))
        join_room(room(client.workshop_id, role))
        if participant_id is not None:
            present(client, +1)
        send_snapshot(client)
        broadcaster.start()

    @socketio.on("disconnect")
    def disconnect(*_reason):
        client = clients.pop(request.sid, None)
        if client is not None and client.participant_id is not None:
            present(client, -1)

    def present(client, delta):
        """Counts the phone's open connections; one arriving mid-round joins a pair."""
        with workshop_locks[client.workshop_id]:
            with transaction(engine) as conn:
                pairing.connected(conn, client.participant_id, delta)
                change = pairing.arrive(conn, workshops.get(conn, client.workshop_id),
                                        client.participant_id) if delta > 0 else None
            if change is not None:
                broadcaster.change(client.workshop_id, change)

    def send_snapshot(client):
        with transaction(engine) as conn:
            workshop = workshops.get(conn, client.workshop_id)
            participant = None
            if client.role == PARTICIPANT:
                participant = participants.get(conn, client.participant_id)
            state = snapshot.build(conn, workshop, client.role, join_url(client.code), participant)
        emit("snapshot", state)

    def fail(client, name, code, params=None):
        with force_locale(client.language if client else "fi"):
            message = error_message(code, params)
        answer = {"ok": False, "code": code, "message": message}
        emit("error", {"event": name, **answer})
        return answer

    def run(name, payload):
        client = clients.get(request.sid)
        if client is None:
            return fail(None, name, "forbidden")
        if name == "sync":
            send_snapshot(client)
            return {"ok": True}
        spec = EVENTS.get(name)
        if spec is None:
            return fail(client, name, "unknown_event")
        if client.role not in spec.roles:
            return fail(client, name, "forbidden")
        if payload is None:
            payload = {}
        if not isinstance(payload, dict):
            return fail(client, name, "bad_payload", {"field": "payload"})
        g.language = client.language

        def handle(conn, shared=None):
            # A batch of grouped answers belongs to one workshop: its row is read once.
            workshop = (shared or {}).get("workshop") or workshops.get(conn, client.workshop_id)
            if shared is not None:
                shared["workshop"] = workshop
            context = Context(conn, workshop, client.role, client.participant_id, join_url(client.code), library)
            return spec.handler(context, payload)
        try:
            if spec.grouped:
                outcome = group_commit.run(client.workshop_id, handle)
                for change in outcome.changes:
                    broadcaster.change(client.workshop_id, change)
            else:
                with workshop_locks[client.workshop_id]:
                    with transaction(engine) as conn:
                        outcome = handle(conn)
                    # Committed: now the world may hear of it.
                    for change in outcome.changes:
                        broadcaster.change(client.workshop_id, change)
        except DomainError as error:
            return fail(client, name, error.code, error.params)
        except Exception:
            log.exception("event %s failed", name)
            return fail(client, name, "internal")
        if outcome.tally:
            broadcaster.tally_changed(client.workshop_id)
        return {"ok": True, **outcome.ack}

    @socketio.on("*")
    def any_event(name, payload=None, *_extra):
        return run(name, payload)
