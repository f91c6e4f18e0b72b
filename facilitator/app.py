"""The application factory."""
import logging
import os
from flask import Flask, g, has_request_context, request
from flask_babel import Babel
from flask_socketio import SocketIO
from jinja2 import ChoiceLoader, FileSystemLoader, PrefixLoader

from . import activities
from .db import make_engine
from .domain.quotas import Quotas
from .library import load as load_library
from .live.packets import TextPacket
from .origins import LOOPBACK, Origins, guard_sockets, origin_of
from .domain.dates import date_text
from .domain.workshops import LANGUAGES

DEFAULTS = {
    # Where the SQLite file lives unless DATABASE_URL names another database.
    "DATA_DIR": "data",
    "DATABASE_URL": None,
    # Flask-SocketIO's async mode. Only `facilitator serve` picks eventlet (and monkey-patches);
    # everything else runs on plain threads.
    "ASYNC_MODE": "threading",
    # Base URL phones use (the LAN address, or the reverse proxy's); None: the request's host.
    "PUBLIC_URL": None,
    # Origins that may send state-changing requests and open sockets (origins.py); `facilitator
    # serve` lists its own addresses. None: the public URL's and loopback's (tests in-process).
    "ALLOWED_ORIGINS": None,
    # If set, creating a workshop asks for it (a shared server).
    "ADMIN_PASSWORD": None,
    "MESSAGE_QUEUE": None,
    # Serve the front end's sources as they are, even where `npm run build` made bundles of them
    # (web/assets.py): for working on the front end.
    "UNBUNDLED": False,
    # Delete workshops this many days after their day ended; None keeps them until deleted by hand.
    "RETENTION_DAYS": None,
    # The largest Socket.IO message a client may send: an idea is 280 characters, the largest
    # payload (a consent proposal) about 2,000; the engine's own default is 1 MB.
    "MAX_MESSAGE_BYTES": 32 * 1024,
    # Floods (throttle.py): socket events per sender, (burst, sustained per second): a phone's
    # fastest honest taps, three dots at once or ideas typed one after another, stay far below.
    "EVENT_LIMITS": {"participant": (20, 4.0), "facilitator": (60, 20.0), "projector": (10, 2.0),
                     "preview": (10, 2.0)},
    # Joins per address: a whole hall may share one NAT address.
    "JOIN_LIMIT": "1200 per minute",
    # New workshops per address, on a server without an admin password.
    "NEW_WORKSHOP_LIMIT": "20 per hour",
    # Where the counts live: None is the message queue's Redis if there is one, else memory.
    "RATE_LIMIT_STORAGE": None,
    # Quotas (domain/quotas.py): ideas per participant in a step, ideas in a step, participants.
    "IDEAS_PER_PARTICIPANT": 50,
    "IDEAS_PER_STEP": 2000,
    "PARTICIPANTS_PER_WORKSHOP": 5000,
    # Confidentiality in a small group (domain/privacy.py): a step's results are shown (on the
    # projector, the phones, the console and in the report) only from this many answers on.
    "MIN_ANSWERS_SHOWN": 5,
    # Seconds between batched vote tallies and participant counts.
    "TALLY_INTERVAL": 0.25,
    "PRESENCE_INTERVAL": 0.5,
    "BABEL_DEFAULT_LOCALE": "fi",
    "BABEL_TRANSLATION_DIRECTORIES": os.path.join(os.path.dirname(__file__), "translations"),
}


def database_url(config):
    if config["DATABASE_URL"]:
        return config["DATABASE_URL"]
    os.makedirs(config["DATA_DIR"], exist_ok=True)
    return "sqlite:///" + os.path.abspath(os.path.join(config["DATA_DIR"], "facilitator.db"))


def _select_language():
    """The workshop's language where a page or event belongs to one, else the browser's (and
    Finnish outside a request, as in the report worker)."""
    if g and g.get("language"):
        return g.language
    return (request.accept_languages.best_match(LANGUAGES) if has_request_context() else None) or "fi"


def _retention(socketio, engine, days):
    """Deletes expired workshops at start and then every hour."""
    from .domain.lifecycle import purge
    while True:
        try:
            purge(engine, days)
        except Exception:  # a failed round must not end the schedule
            logging.getLogger(__name__).exception("retention purge failed")
        socketio.sleep(3600)


def pages_app(config=None):
    """Flask with the settings, the translations and the templates (the activity types' too):
    what rendering needs. `create_app` builds the server on it; the report worker renders with it."""
    app = Flask(__name__)
    app.config.update(DEFAULTS)
    app.config.update(config or {})
    app.json.ensure_ascii = False
    Babel(app, locale_selector=_select_language)
    app.jinja_env.filters["date_text"] = date_text  # {{ iso | date_text(language) }}: 12.3.2026
    from .web.assets import asset_url, import_map, page_script
    app.jinja_env.globals.update(asset_url=asset_url, import_map=import_map, page_script=page_script)
    # An activity type's templates (its report section) are found as "<type>/<name>.html".
    app.jinja_loader = ChoiceLoader([app.jinja_loader, PrefixLoader(
        {kind.name: FileSystemLoader(str(kind.folder / "templates")) for kind in activities.all_types()})])
    return app


def create_app(config=None):
    app = pages_app(config)
    app.extensions["facilitator.engine"] = make_engine(database_url(app.config))
    app.extensions["facilitator.library"] = load_library()
    app.extensions["facilitator.quotas"] = Quotas(app.config["IDEAS_PER_PARTICIPANT"], app.config["IDEAS_PER_STEP"],
                                                  app.config["PARTICIPANTS_PER_WORKSHOP"])
    origins = Origins(app.config["ALLOWED_ORIGINS"] or [origin_of(app.config["PUBLIC_URL"]) or ""] +
                      [f"http://{name}" for name in LOOPBACK])
    app.extensions["facilitator.origins"] = origins
    socketio = SocketIO(app, async_mode=app.config["ASYNC_MODE"], serializer=TextPacket,
                        message_queue=app.config["MESSAGE_QUEUE"],
                        max_http_buffer_size=app.config["MAX_MESSAGE_BYTES"],
                        cors_allowed_origins=lambda origin, _environ=None: origins.allows(origin))
    app.extensions["facilitator.socketio"] = socketio

    from .live import init_live
    from .throttle import http_limiter
    from .web import activities as activity_files, assets, console, library, participant, projector, report
    init_live(app, socketio)
    app.wsgi_app = guard_sockets(app.wsgi_app, origins)
    assets.init_app(app)
    app.register_blueprint(activity_files.blueprint)
    app.register_blueprint(console.blueprint)
    app.register_blueprint(projector.blueprint)
    app.register_blueprint(library.blueprint)
    app.register_blueprint(report.blueprint)
    app.register_blueprint(participant.blueprint)
    app.extensions["facilitator.limiter"] = http_limiter(app)

    @app.before_request
    def only_our_own_forms():
        """A state-changing request must come from this server's own pages (CSRF, DNS rebinding)."""
        if request.method not in ("GET", "HEAD", "OPTIONS") and not origins.allows_request(request.environ):
            from .web.common import foreign_form_page
            return foreign_form_page()
        return None

    if app.config["RETENTION_DAYS"] is not None:
        socketio.start_background_task(_retention, socketio, app.extensions["facilitator.engine"],
                                       app.config["RETENTION_DAYS"])

    @app.get("/healthz")
    def healthz():
        return {"ok": True}

    return app
