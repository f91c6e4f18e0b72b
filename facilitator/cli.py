"""The `facilitator` command.

`serve` is the one place that monkey-patches for eventlet (or gevent): it must happen before the
application and its libraries are imported, and nothing else in the package depends on it.
"""
import argparse
import os
import signal
import sys

ASYNC_MODES = ("eventlet", "gevent", "threading")


def _parser():
    parser = argparse.ArgumentParser(prog="facilitator", description="Run development days live.")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="start the server")
    serve.add_argument("--host", default="0.0.0.0", help="address to listen on (default: all)")
    serve.add_argument("--port", type=int, default=5000)
    serve.add_argument("--database", default=os.environ.get("FACILITATOR_DATABASE"),
                       help="database URL (default: SQLite in --data-dir)")
    serve.add_argument("--data-dir", default=os.environ.get("FACILITATOR_DATA_DIR", "data"))
    serve.add_argument("--message-queue", default=os.environ.get("FACILITATOR_MESSAGE_QUEUE"),
                       help="redis:// URL shared by several server processes (with a PostgreSQL "
                            "--database); see docs/performance.md")
    serve.add_argument("--public-url", default=os.environ.get("FACILITATOR_PUBLIC_URL"),
                       help="base URL phones use, e.g. behind a reverse proxy")
    serve.add_argument("--async-mode", choices=ASYNC_MODES,
                       default=os.environ.get("FACILITATOR_ASYNC_MODE", "eventlet"))
    serve.add_argument("--admin-password", default=os.environ.get("FACILITATOR_ADMIN_PASSWORD"),
                       help="if set, creating a workshop asks for it")
    return parser


def _patch(async_mode):
    if async_mode == "eventlet":
        import warnings
        # eventlet announces its deprecation on import; a facilitator at a venue can do nothing
        # about it (the project weighs replacing it in its benchmarks).
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import eventlet
        eventlet.monkey_patch()
    elif async_mode == "gevent":
        from gevent import monkey
        monkey.patch_all()


def serve(args):
    _patch(args.async_mode)
    from .app import create_app
    from .network import public_url

    base = public_url(args.host, args.port, args.public_url)
    app = create_app({
        "DATA_DIR": args.data_dir, "DATABASE_URL": args.database, "ASYNC_MODE": args.async_mode,
        "PUBLIC_URL": base, "ADMIN_PASSWORD": args.admin_password,
        "MESSAGE_QUEUE": args.message_queue,
    })
    local = f"http://{'127.0.0.1' if args.host in ('0.0.0.0', '::') else args.host}:{args.port}"
    print(f"Facilitator is running ({args.async_mode}).", flush=True)
    print(f"  Facilitator: {local}/new", flush=True)
    print(f"  Participants join at: {base}/", flush=True)
    print("Stop with Ctrl-C.", flush=True)

    def stop(_signum, _frame):
        # Every change is committed before it is acknowledged, so stopping loses nothing.
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, stop)
    socketio = app.extensions["facilitator.socketio"]
    try:
        socketio.run(app, host=args.host, port=args.port, log_output=False,
                     allow_unsafe_werkzeug=args.async_mode == "threading")
    except KeyboardInterrupt:
        pass
    finally:
        app.extensions["facilitator.engine"].dispose()
        print("Facilitator stopped.", flush=True)
    return 0


def main(argv=None):
    args = _parser().parse_args(argv)
    if args.command == "serve":
        return serve(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
