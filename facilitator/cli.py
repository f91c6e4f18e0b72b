"""The `facilitator` command.

`serve` is the one place that monkey-patches for eventlet (or gevent): it must happen before the
application and its libraries are imported, and nothing else in the package depends on it.
"""
import argparse
import contextlib
import importlib.util
import os
import signal
import socket
import sys

from .commands import env_int, privacy  # no Flask at import: the commands import lazily

ASYNC_MODES = ("eventlet", "gevent", "threading")
LISTEN_BACKLOG = 2048


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
    serve.add_argument("--unbundled", action="store_true", default=bool(os.environ.get("FACILITATOR_UNBUNDLED")),
                       help="serve the front end's source modules, not `npm run build`'s bundles "
                            "(for working on the front end)")
    serve.add_argument("--retention-days", type=int, default=env_int("FACILITATOR_RETENTION_DAYS"),
                       help="delete workshops this many days after their day ended (default: keep)")
    serve.add_argument("--min-answers-shown", type=int, default=env_int("FACILITATOR_MIN_ANSWERS_SHOWN"),
                       help="show a step's results only from this many answers on (default: 5)")
    serve.add_argument("--join-limit", type=_rate, default=os.environ.get("FACILITATOR_JOIN_LIMIT"),
                       help="joins from one address, e.g. '3000 per minute' for a hall of more phones "
                            "behind one NAT (default: 1200 per minute)")

    export = commands.add_parser("export", help="write a workshop's report or data to a file")
    export.add_argument("workshop", help="the workshop's join code")
    export.add_argument("--format", choices=("html", "pdf", "md", "csv", "json", "runsheet.pdf", "runsheet.html"),
                        default="pdf", help="the report's format, or the day's run-sheet (runsheet.pdf)")
    export.add_argument("-o", "--output", required=True, help="file to write ('-' for standard output)")
    importer = commands.add_parser("import", help="create a workshop from a JSON export")
    importer.add_argument("file")
    purge = commands.add_parser("purge", help="delete workshops whose day ended long enough ago")
    purge.add_argument("--older-than", type=int, required=True, metavar="DAYS")
    backup = commands.add_parser("backup", help="copy the SQLite database to a file, safely while serving")
    backup.add_argument("path", help="the copy to write, e.g. backups/before-upgrade.db")
    for command in (export, importer, purge, backup):
        command.add_argument("--database", default=os.environ.get("FACILITATOR_DATABASE"))
        command.add_argument("--data-dir", default=os.environ.get("FACILITATOR_DATA_DIR", "data"))
    return parser


def monkey_patch(async_mode):
    """Patches the standard library for eventlet or gevent; the first thing a server process does."""
    if async_mode == "eventlet":
        # eventlet's green DNS resolver imports all of dnspython: measured, 0.2 s of a quiet start
        # and 1.7 s on a loaded machine, for a server that resolves a name only when its database
        # pool opens a connection (then the blocking lookup of a LAN name takes a moment). A
        # restart is what phones wait for, so it goes (set it to "no" to keep greendns).
        os.environ.setdefault("EVENTLET_NO_GREENDNS", "yes")
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


def _missing_async_mode(async_mode):
    """What to tell whoever asked for an async mode that is not installed (gevent is an extra;
    eventlet and threading always are), or None."""
    if async_mode != "gevent" or importlib.util.find_spec("gevent") is not None:
        return None
    return ("--async-mode gevent needs gevent, which is not installed: "
            "pip install 'facilitator[gevent]' (or pip install gevent) and start again.")


def _stopper(async_mode):
    """A SIGTERM handler that stops the server as Ctrl-C does.

    Under eventlet or gevent the signal lands in whichever green thread runs at that moment, often
    one writing to the database for a disconnecting phone: raising there would cut that handler
    short and leave the server running. So the interrupt goes to the main green thread, which
    runs the server loop."""
    def interrupt(_signum, _frame):
        raise KeyboardInterrupt
    if async_mode == "threading":  # the handler runs in the main thread, which runs the server
        return interrupt
    import greenlet
    main = greenlet.getcurrent()

    def hub():
        if async_mode == "eventlet":
            from eventlet import hubs
            return hubs.get_hub().greenlet
        import gevent
        return gevent.get_hub()

    def stop(signum, frame):
        # In the main green thread raising is what Ctrl-C does; so it is in eventlet's hub, which
        # hands the interrupt on to the main one. gevent's hub hands it on too, but prints it as
        # a traceback first: there it goes by gevent.kill below.
        current = greenlet.getcurrent()
        if current is main or (async_mode == "eventlet" and current is hub()):
            interrupt(signum, frame)
        if async_mode == "eventlet":
            from eventlet import hubs
            hubs.get_hub().schedule_call_global(0, main.throw, KeyboardInterrupt())
        else:
            import gevent
            gevent.kill(main, KeyboardInterrupt)
    return stop


def _rate(text):
    """A rate such as '1200 per minute', as Flask-Limiter reads it."""
    from limits import parse
    try:
        parse(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a rate such as '1200 per minute': {text!r}") from None
    return text


def _server_options(args):
    """What `socketio.run` is given beyond host and port, per async mode (threading: nothing)."""
    if args.async_mode == "gevent":
        # The same backlog and TCP_NODELAY as eventlet's below, for the same reasons: gevent
        # takes the backlog as an option and opens its socket through this class method.
        from gevent import pywsgi
        listener = pywsgi.WSGIServer.get_listener
        pywsgi.WSGIServer.get_listener = classmethod(
            lambda cls, address, backlog=None, family=None: _no_delay(listener(address, backlog, family)))
        return {"backlog": LISTEN_BACKLOG}
    if args.async_mode != "eventlet":
        return {}
    # eventlet's WSGI server serves at most 1,024 connections at once by default, and every
    # connected phone holds one for as long as it is connected: the 1,025th phone would wait in
    # the accept queue until another left (measured: docs/performance.md). Its pool is ours so
    # that stopping does not wait for them (see _NotWaitingPool).
    # A hall of phones opens the page within seconds of the QR code going up, each with a few
    # connections at once; beyond eventlet's listen backlog of 50 the kernel drops them, and they
    # come back only with SYN retries after 1, 3, 7... s. Flask-SocketIO opens the socket with
    # eventlet.listen and has no backlog option.
    import eventlet
    listen = eventlet.listen
    eventlet.listen = lambda *args, **kwargs: _no_delay(listen(*args, **{"backlog": LISTEN_BACKLOG, **kwargs}))
    return {"custom_pool": _NotWaitingPool(20000)}


def _no_delay(sock):
    """An answer of two messages (an error and the ack, a snapshot and the ack) waited for the
    phone's delayed ACK of the first: 40 ms a reply with Nagle's algorithm on. The phones'
    sockets take the option from the listening one."""
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def _NotWaitingPool(size):
    """eventlet's WSGI server, once told to stop, waits for every connection's green thread to
    end: a thousand open websockets kept a restart waiting for seconds. Nothing is lost by not
    waiting (every change is committed before it is acknowledged, and live.shutdown counts the
    phones gone), so this pool's `waitall` returns at once and the sockets close with the process;
    the phones reconnect as after any dropped connection."""
    from eventlet import greenpool

    class Pool(greenpool.GreenPool):
        def waitall(self):
            return None
    return Pool(size)


def _collect_less():
    """A room of a thousand phones is millions of objects, and CPython's default thresholds
    (700, 10, 10) walked them all again and again: with what starting made frozen out of the
    collections and a first generation of 50,000, the 1,000-phone fan-out took 63-71 µs of CPU a
    delivery instead of 80-83, and memory per phone stayed 72 KB (docs/performance.md)."""
    import gc
    gc.freeze()
    gc.set_threshold(50000, 50, 100)


def _serving_app(args, base, origins):
    from .app import create_app
    return create_app({
        "ALLOWED_ORIGINS": origins,
        "DATA_DIR": args.data_dir, "DATABASE_URL": args.database, "ASYNC_MODE": args.async_mode,
        "PUBLIC_URL": base, "ADMIN_PASSWORD": args.admin_password, "RETENTION_DAYS": args.retention_days,
        **privacy(args.min_answers_shown),
        "MESSAGE_QUEUE": args.message_queue, "UNBUNDLED": args.unbundled,
        **({"JOIN_LIMIT": args.join_limit} if args.join_limit else {}),
    })


@contextlib.contextmanager
def _unused_by_serving(message_queue):
    """python-socketio imports its clients and every message queue's manager, and they import
    their libraries if installed: requests, websocket-client and aiohttp (for the clients, never
    used by a server) and, without a message queue, redis. Up to a third of a start's CPU, spent
    while the phones wait; so while the server's modules load, these count as not installed
    (what python-socketio expects when a library is missing), and afterwards they may be
    imported as usual."""
    unused = ("requests", "websocket", "aiohttp", None if message_queue else "redis")
    names = [n for n in unused if n and n not in sys.modules]
    for name in names:
        sys.modules[name] = None  # `import name` raises ImportError
    try:
        yield
    finally:
        for name in names:
            sys.modules.pop(name, None)


def serve(args):
    missing = _missing_async_mode(args.async_mode)
    if missing:
        print(missing, file=sys.stderr, flush=True)
        return 2
    monkey_patch(args.async_mode)
    from .migrations import UpgradeError
    from .network import lan_address, public_url
    from .origins import server_origins

    base = public_url(args.host, args.port, args.public_url)
    origins = server_origins(base, args.host, args.port) + [f"http://{lan_address()}:{args.port}"]
    try:
        with _unused_by_serving(args.message_queue):
            app = _serving_app(args, base, origins)
    except UpgradeError as error:
        print(str(error), file=sys.stderr, flush=True)
        return 1

    local = f"http://{'127.0.0.1' if args.host in ('0.0.0.0', '::') else args.host}:{args.port}"
    print(f"Facilitator is running ({args.async_mode}).", flush=True)
    print(f"  Facilitator: {local}/new", flush=True)
    print(f"  Participants join at: {base}/", flush=True)
    print("Stop with Ctrl-C.", flush=True)

    # Every change is committed before it is acknowledged, so stopping loses nothing.
    signal.signal(signal.SIGTERM, _stopper(args.async_mode))
    _collect_less()
    socketio = app.extensions["facilitator.socketio"]
    try:
        socketio.run(app, host=args.host, port=args.port, log_output=False,
                     allow_unsafe_werkzeug=args.async_mode == "threading", **_server_options(args))
    except KeyboardInterrupt:
        pass
    finally:
        from .live import shutdown
        shutdown(app)
        app.extensions["facilitator.engine"].dispose()
        print("Facilitator stopped.", flush=True)
    if args.async_mode != "threading":
        # Tearing down the interpreter over a thousand connections' objects took seconds of a
        # restart; what needed saying is committed and flushed (stdout above, the database in
        # shutdown), so the process ends here.
        sys.stderr.flush()
        os._exit(0)
    return 0


def main(argv=None):
    args = _parser().parse_args(argv)
    from .commands import backup_, export, import_, purge_
    commands = {"serve": serve, "export": export, "import": import_, "purge": purge_, "backup": backup_}
    return commands[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
