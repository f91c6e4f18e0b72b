"""The live layer: Socket.IO connections and events, thin over the domain (see runner.py).

validate → call the domain in a transaction → commit → acknowledge and emit the change.
"""
from flask import request

from ..db import transaction
from ..domain import participants
from .broadcast import Broadcaster
from .compression import without_websocket_compression
from .events import registered
from .runner import Runner


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
                              app.config["PRESENCE_INTERVAL"])
    app.extensions["facilitator.live"] = broadcaster
    runner = Runner(engine, app.extensions["facilitator.library"], broadcaster, lambda: socketio.sleep(0))
    app.extensions["facilitator.runner"] = runner

    @socketio.on("connect")
    def connect(auth):
        runner.connect(request.sid, auth, request.cookies)

    @socketio.on("disconnect")
    def disconnect(*_reason):
        runner.disconnect(request.sid)

    @socketio.on("*")
    def any_event(name, payload=None, *_extra):
        return runner.run(request.sid, name, payload)
