"""The front end as `npm run build` made it (scripts/bundle_pages.mjs), or its sources as they are.

Built, facilitator/static/build/ holds per surface one bundle of the page's modules and every
activity type's found in facilitator/activities/ at build time, one style sheet, and base.css and
pages.css, each named by a hash of its content, with gzip and brotli copies. They are sent as
immutable for a year (a change is a new name) in the encoding the browser accepts best; pages are
sent with `no-cache` and an ETag, so a phone coming back revalidates the page (304) and takes
everything else from its cache.

The build's manifest lists every source it read with its SHA-256. A server whose sources no longer
match (edited after the build, another branch merged) serves the sources, unbundled, as without a
build, and says so in its log. A type installed after the build (a plugin package) is served
unbundled too; its modules import the core's by URL, and the page's import map points those URLs
at the bundle's re-exports, so that both share one instance of each module (its outboxes, say).
Sources are always sent with revalidation (Flask's ETag and Last-Modified; 304 when unchanged).
"""
import hashlib
import json
import logging
import mimetypes
from functools import lru_cache
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_from_directory, url_for
from markupsafe import Markup

from .. import activities

log = logging.getLogger(__name__)
PACKAGE = Path(__file__).resolve().parent.parent
BUILD = PACKAGE / "static" / "build"
IMMUTABLE = "public, max-age=31536000, immutable"
# Content-Encoding by the suffix of the precompressed copy, best first.
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))

blueprint = Blueprint("assets", __name__)


class Build:
    """What the manifest says, for a build whose sources are unchanged."""

    def __init__(self, manifest):
        self.files = manifest["files"]  # source under static/ -> built file name
        self.preloads = manifest["preloads"]  # source -> built files its bundle imports
        self.encodings = manifest["encodings"]  # built file name -> encodings it has copies in
        self.surfaces = manifest["surfaces"]

    def holds(self, surface, kind, what):
        """Whether the `surface` bundle holds `kind`'s module (what="modules") or style sheet ("styles")."""
        folder = folder_of(kind)
        return folder is not None and folder in self.surfaces[surface][what]

    def import_map(self, surface):
        """{URL a module may import: the bundle's re-export of that module} for the page."""
        urls = {}
        for source, built in self.surfaces[surface]["facades"].items():
            url = public_url(source)
            if url:
                urls[url] = url_for("assets.built", name=built)
        return {"imports": urls}


def folder_of(kind):
    """"activities/<folder>" for a type whose folder is in this package, else None."""
    return _package_relative(str(kind.folder))


@lru_cache(maxsize=None)
def _package_relative(folder):
    try:
        return Path(folder).resolve().relative_to(PACKAGE).as_posix()
    except ValueError:
        return None


def public_url(source):
    """The URL the server serves a source file under static/ or a type's static/ at, or None."""
    if source.startswith("static/"):
        return url_for("static", filename=source[len("static/"):])
    folder, _, filename = source.partition("/static/")
    for kind in activities.all_types():
        if folder_of(kind) == folder:
            return url_for("activities.static", name=kind.name, filename=filename)
    return None


def load(manifest_path=BUILD / "manifest.json"):
    """The build, if there is one and every source it was made from is unchanged; else None."""
    try:
        manifest = json.loads(Path(manifest_path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    changed = [source for source, digest in manifest["inputs"].items()
               if not (PACKAGE / source).is_file()
               or hashlib.sha256((PACKAGE / source).read_bytes()).hexdigest() != digest]
    if changed:
        log.warning("The front end changed since `npm run build` (%s%s): serving it unbundled until "
                    "the next build.", ", ".join(changed[:3]), "…" if len(changed) > 3 else "")
        return None
    return Build(manifest)


def build():
    """The running app's build, or None (no build, a stale one, or `--unbundled`)."""
    return current_app.extensions.get("facilitator.build")


def asset_url(source):
    """The URL of a file under static/ (e.g. "js/phone.js"): its build's if there is one."""
    built = build()
    if built is not None and source in built.files:
        return url_for("assets.built", name=built.files[source])
    return url_for("static", filename=source)


def page_script(source):
    """The page's module script (e.g. "js/phone.js"), with a preload of what its bundle imports."""
    built = build()
    preloads = built.preloads.get(source, ()) if built is not None else ()
    links = "".join(f'<link rel="modulepreload" href="{url_for("assets.built", name=name)}">' for name in preloads)
    return Markup(f'{links}<script type="module" src="{asset_url(source)}"></script>')


def import_map(role):
    """The page's <script type="importmap">, when a type on its surface is served unbundled."""
    from .activities import SURFACES
    built, surface = build(), SURFACES[role]
    if built is None or all(built.holds(surface, kind, "modules") for kind in activities.all_types()
                            if (kind.folder / "static" / f"{surface}.js").is_file()):
        return ""
    text = json.dumps(built.import_map(surface)).replace("<", "\\u003c")
    return Markup(f'<script type="importmap">{text}</script>')


@blueprint.get("/static/build/<name>")
def built(name):
    found = build()
    if found is None or name not in found.encodings:
        abort(404)
    accepted = request.accept_encodings
    encoding, suffix = next(((e, s) for e, s in ENCODINGS if e in found.encodings[name] and accepted[e]),
                            (None, ""))
    response = send_from_directory(BUILD, name + suffix, mimetype=mimetypes.guess_type(name)[0],
                                   max_age=31536000)
    if encoding:
        response.headers["Content-Encoding"] = encoding
    response.headers["Vary"] = "Accept-Encoding"
    response.headers["Cache-Control"] = IMMUTABLE
    return response


def init_app(app):
    app.extensions["facilitator.build"] = None if app.config["UNBUNDLED"] else load()
    app.register_blueprint(blueprint)

    @app.after_request
    def revalidate_pages(response):
        """A page is asked for again every time (its scripts' names change with a build), but sent
        again only if it changed."""
        if response.mimetype == "text/html" and "Cache-Control" not in response.headers:
            response.headers["Cache-Control"] = "no-cache"
            if request.method == "GET" and response.status_code == 200 and not response.is_streamed:
                response.add_etag()
                response.make_conditional(request)
        return response
