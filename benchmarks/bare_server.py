"""The bare baseline: a minimal Flask-SocketIO server that speaks just enough of Facilitator's
protocol for the load harness, and does no work of its own.

No database, no validation, no roles: a join sets a cookie, an idea is broadcast to the room as a
`change`, a vote bumps an in-memory counter (taking one back lowers it) and a batched `tally` goes to the projector and the
phones four times a second (as the product sends it once results are revealed). Whatever it costs per delivered message is the framework's own cost, the floor
the product is measured against.

    python -m benchmarks.bare_server --port 5100 --async-mode eventlet
"""
import argparse
import itertools
import os
import signal
import sys
from collections import Counter

# The same patching as `facilitator serve`, so both servers run on the same footing.
from facilitator.cli import monkey_patch


def create_app(async_mode):
    from flask import Flask, redirect
    from flask_socketio import SocketIO, emit, join_room

    app = Flask(__name__)
    socketio = SocketIO(app, async_mode=async_mode)
    revision = itertools.count(1)
    state = {"rev": 0, "dirty": False, "ticker": False}
    counts = Counter()
    sids = itertools.count(1)

    @app.get("/healthz")
    def healthz():
        return {"ok": True}

    @app.post("/new")
    def new():
        response = redirect("/w/BARE00/console")
        response.set_cookie("facilitator_BARE00", "x", httponly=True)
        return response

    @app.post("/<code>/join")
    def join(code):
        response = redirect(f"/{code}")
        response.set_cookie(f"participant_{code}", str(next(sids)), httponly=True)
        return response

    def snapshot():
        emit("snapshot", {"rev": state["rev"], "ideas": [], "steps": []})

    @socketio.on("connect")
    def connect(auth):
        role = (auth or {}).get("role", "participant")
        join_room("all")
        join_room(role)
        snapshot()
        if not state["ticker"]:
            state["ticker"] = True
            socketio.start_background_task(tally_ticker)

    def change(kind, **data):
        state["rev"] = next(revision)
        socketio.emit("change", {"rev": state["rev"], "kind": kind, **data}, to="all")

    @socketio.on("idea.submit")
    def idea(payload):
        idea = {"id": state["rev"] + 1, "text": payload["text"], "cluster_id": None}
        change("idea.added", idea=idea)
        return {"ok": True, "idea": idea}

    dots = {}  # client id -> (target type, target id): what vote.remove takes back

    @socketio.on("vote.add")
    def vote(payload):
        target = (payload["target_type"], payload["target_id"])
        counts[target] += 1
        dots[payload["client_id"]] = target
        state["dirty"] = True
        dot = {"client_id": payload["client_id"], "target_type": target[0], "target_id": target[1]}
        return {"ok": True, "my_votes": [dot]}

    @socketio.on("vote.remove")
    def unvote(payload):
        target = dots.pop(payload["client_id"], None)
        if target is not None:
            counts[target] -= 1
            state["dirty"] = True
        return {"ok": True, "my_votes": []}

    @socketio.on("sync")
    def sync(_payload=None):
        snapshot()
        return {"ok": True}

    @socketio.on("*")
    def anything_else(name, _payload=None):
        # Step and reveal commands: one small broadcast, as the product sends.
        change("steps", steps=[])
        return {"ok": True}

    def tally_ticker():
        while True:
            socketio.sleep(0.25)
            if state["dirty"]:
                state["dirty"] = False
                rows = [{"target_type": t, "target_id": i, "dots": n} for (t, i), n in counts.items() if n]
                tally = {"step_id": 1, "revealed": True, "dots_spent": sum(counts.values()),
                         "voters": 0, "counts": rows}
                # As the product once results are revealed: the projector and every phone.
                socketio.emit("tally", tally, to=["projector", "participant"])

    return app, socketio


def main(argv=None):
    parser = argparse.ArgumentParser(prog="bare_server")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--async-mode", default="eventlet", choices=("eventlet", "gevent", "threading"))
    args = parser.parse_args(argv)
    monkey_patch(args.async_mode)
    app, socketio = create_app(args.async_mode)

    from facilitator.cli import _server_options, _stopper
    # The product's SIGTERM handling and server options, so both stop and scale alike.
    signal.signal(signal.SIGTERM, _stopper(args.async_mode))
    print(f"bare server on {args.port} ({args.async_mode})", flush=True)
    try:
        socketio.run(app, host="127.0.0.1", port=args.port, log_output=False,
                     allow_unsafe_werkzeug=args.async_mode == "threading", **_server_options(args))
    except KeyboardInterrupt:
        pass
    if args.async_mode != "threading":
        os._exit(0)  # as `facilitator serve` ends: no interpreter teardown over every connection
    return 0


if __name__ == "__main__":
    sys.exit(main())
