"""The live layer: Socket.IO connections and events, thin over the domain (see runner.py).

validate → call the domain in a transaction → commit → acknowledge and emit the change.
"""
import logging

from werkzeug.http import parse_cookie

from ..db import transaction
from ..throttle import EventThrottle
from ..domain import participants
from .broadcast import Broadcaster
from .compression import without_websocket_compression
from .events import registered
from .runner import Runner

log = logging.getLogger(__name__)


def close_on_malformed_packets(server):
    """A packet the Socket.IO decoder cannot read (nesting too deep, a number too long, not a
    packet at all) closes that connection with one line in the log, instead of a traceback and a
    connection left open. Events themselves run in their own tasks (the runner answers every error
    they raise), so what fails here is the decoding."""
    handle = server.eio.handlers["message"]

    def guarded(eio_sid, data):
        try:
            return handle(eio_sid, data)
        except Exception as error:
            log.warning("closed a connection that sent a malformed packet (%s)", type(error).__name__)
            server.eio.disconnect(eio_sid)
            return None
    server.eio.handlers["message"] = guarded


def close_workshop(app, workshop_id):
    """Closes this process's connections to a workshop that is gone (deleted): each client comes
    back, is refused as `unknown_workshop` and stops retrying (docs/protocol.md)."""
    runner = app.extensions.get("facilitator.runner")
    if runner is None:
        return
    server = app.extensions["facilitator.socketio"].server
    for sid in [sid for sid, client in list(runner.clients.items()) if client.workshop_id == workshop_id]:
        server.disconnect(sid)
    for key in [key for key in runner.snapshots if key[0] == workshop_id]:
        del runner.snapshots[key]  # what was said in it does not stay in memory either
    runner.broadcaster.tallies.forget(workshop_id)


def shutdown(app):
    """The server stops: every phone still connected to this process counts as gone, in one
    transaction (other processes sharing the database keep counting theirs)."""
    runner = app.extensions.get("facilitator.runner")
    if runner is None:
        return
    for client in list(runner.clients.values()):
        if client.participant_id is not None:
            runner.presence.change(client.participant_id, -1)
    runner.clients.clear()
    try:
        runner.presence.flush()
    except Exception:  # stopping goes on: a SQLite database forgets the counts at the next start
        log.exception("could not write who left while stopping")


def init_live(app, socketio):
    # Outside Flask-SocketIO's middleware, so the websocket handshake never sees the offer.
    app.wsgi_app = without_websocket_compression(app.wsgi_app)
    engine = app.extensions["facilitator.engine"]
    registered()
    if engine.dialect.name == "sqlite":
        # One process owns a SQLite file: connections counted before a restart are gone.
        with transaction(engine) as conn:
            participants.forget_connections(conn)
    broadcaster = Broadcaster(socketio, engine, app.config["TALLY_INTERVAL"],
                              app.config["PRESENCE_INTERVAL"], alone=not app.config.get("MESSAGE_QUEUE"),
                              min_answers=app.config["MIN_ANSWERS_SHOWN"])
    app.extensions["facilitator.live"] = broadcaster
    server = socketio.server
    runner = Runner(engine, app.extensions["facilitator.library"], broadcaster, lambda: socketio.sleep(0),
                    EventThrottle(app.config), app.extensions["facilitator.quotas"], server)
    app.extensions["facilitator.runner"] = runner
    close_on_malformed_packets(server)

    def on(name):
        """Registers a handler on python-socketio itself, run in an app context (the messages'
        translations need one). Flask-SocketIO's own wrapper builds a whole request for every
        event (the environ parsed, the URL matched, a session copied), a fifth of the server's
        time in a storm of upvotes, and the runner reads nothing of it."""
        def register(handler):
            def in_app(*args):
                with app.app_context():
                    return handler(*args)
            server.on(name, in_app)
            return handler
        return register

    @on("connect")
    def connect(sid, environ, auth=None):
        return runner.connect(sid, auth, parse_cookie(environ))

    @on("disconnect")
    def disconnect(sid, *_reason):
        # A client may send an event named "disconnect": while its socket is still connected
        # that is what it is, not the socket going away.
        if server.manager.is_connected(sid, "/"):
            return runner.fail(sid, "disconnect", "unknown_event")
        runner.disconnect(sid)
        return None

    @on("*")
    def any_event(name, sid, payload=None, *_extra):
        return runner.run(sid, name, payload)
