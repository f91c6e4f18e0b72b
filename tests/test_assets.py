"""The pages' front end as `npm run build` made it (web/assets.py): fingerprinted, immutable,
compressed files; pages and sources revalidated; no source map; a stale build never served."""
import gzip
import hashlib
import json
import re
import subprocess
from pathlib import Path

import brotli
import pytest

from conftest import Room
from facilitator import activities
from facilitator.app import create_app
from facilitator.web import assets

ROOT = Path(__file__).resolve().parent.parent
BUILT_URL = re.compile(r'(?:href|src)="(/static/build/[^"]+)"')


@pytest.fixture(scope="module")
def build():
    """The build of the sources as they are (made here if missing or stale, as `npm run build`)."""
    if assets.load() is None:
        subprocess.run(["npm", "run", "--silent", "build"], cwd=ROOT, check=True, capture_output=True)
    found = assets.load()
    assert found is not None, "npm run build made no usable build"
    return found


@pytest.fixture
def room(build, tmp_path):
    return Room(create_app({"DATA_DIR": str(tmp_path), "TESTING": True}))


def pages(room):
    return {"phone": (room.phone().http, f"/{room.code}"), "projector": (room.facilitator_http, f"/w/{room.code}/screen"),
            "console": (room.facilitator_http, f"/w/{room.code}/console")}


def test_a_bundled_page_links_only_built_files_and_holds_every_type_found_in_the_folder(room):
    for surface, (http, path) in pages(room).items():
        html = http.get(path).get_data(as_text=True)
        head = html.split("</head>")[0]
        assert "/static/js/" not in head and "/static/css/" not in head and "/activities/" not in head, surface
        assert 'type="importmap"' not in head  # every type is in the bundle: nothing to map
        assert re.search(r'<link rel="modulepreload" href="/static/build/[\w.]+-[0-9a-f]{12}\.js">'
                         r'<script type="module" src="/static/build/[\w.]+-[0-9a-f]{12}\.js">', head), surface
        boot = json.loads(re.search(r'<script type="application/json" id="boot">(.*?)</script>', html, re.S).group(1))
        folders = {p.parent.parent.name for p in (ROOT / "facilitator" / "activities").glob(f"*/static/{surface}.js")}
        bundled = {name: kind for name, kind in boot["activities"].items() if kind.get("bundled")}
        assert {kind["bundled"] for kind in bundled.values()} == {f"activities/{f}" for f in folders}
        assert all(kind["module"] is None and kind["style"] is None for kind in bundled.values())


def test_built_files_are_immutable_and_sent_in_the_best_encoding_accepted(room):
    http, path = pages(room)["phone"]
    urls = BUILT_URL.findall(http.get(path).get_data(as_text=True))
    assert len(urls) == 4  # base.css, the phone's style sheet, its shared bundle and its page module
    for url in urls:
        plain = http.get(url, headers={"Accept-Encoding": "identity"})
        assert plain.status_code == 200 and "Content-Encoding" not in plain.headers
        assert plain.headers["Cache-Control"] == "public, max-age=31536000, immutable"
        assert plain.headers["Vary"] == "Accept-Encoding"
        assert url.rsplit("-", 1)[1].split(".")[0] == hashlib.sha256(plain.data).hexdigest()[:12]
        for accept, encoding, decode in (("gzip, deflate, br", "br", brotli.decompress),
                                         ("gzip, deflate", "gzip", gzip.decompress),
                                         ("br;q=0, gzip", "gzip", gzip.decompress)):
            packed = http.get(url, headers={"Accept-Encoding": accept})
            assert packed.headers["Content-Encoding"] == encoding, (url, accept)
            assert packed.headers["Vary"] == "Accept-Encoding"
            assert packed.headers["Cache-Control"] == "public, max-age=31536000, immutable"
            assert decode(packed.data) == plain.data and len(packed.data) < len(plain.data)
    assert http.get("/static/build/phone-000000000000.js").status_code == 404
    assert http.get("/static/build/manifest.json").status_code == 404


def test_pages_are_revalidated_and_not_sent_again_unchanged(room):
    for surface, (http, path) in pages(room).items():
        page = http.get(path)
        assert page.headers["Cache-Control"] == "no-cache" and page.headers["ETag"], surface
        again = http.get(path, headers={"If-None-Match": page.headers["ETag"]})
        assert again.status_code == 304 and again.data == b"", surface


def test_sources_are_revalidated_304_when_unchanged(room):
    """What no bundle holds (a type installed after the build, or no build) is sent as a source."""
    http = room.facilitator_http
    for url in ("/static/js/dom.js", "/activities/brainstorm/static/phone.js", "/static/css/base.css"):
        first = http.get(url)
        assert first.status_code == 200 and "no-cache" in first.headers["Cache-Control"], url
        assert http.get(url, headers={"If-None-Match": first.headers["ETag"]}).status_code == 304, url
        assert http.get(url, headers={"If-Modified-Since": first.headers["Last-Modified"]}).status_code == 304, url


def test_no_source_map_is_served(room, build):
    static = ROOT / "facilitator" / "static"
    assert not list(static.rglob("*.map"))
    http = room.facilitator_http
    assert http.get("/static/vendor/socket.io.esm.min.js.map").status_code == 404
    for path in [static / "vendor" / "socket.io.esm.min.js", *(static / "build").glob("*.js")]:
        assert "sourceMappingURL" not in path.read_text(encoding="utf-8"), path


def test_a_stale_or_switched_off_build_serves_the_sources(build, tmp_path):
    manifest = json.loads((assets.BUILD / "manifest.json").read_text(encoding="utf-8"))
    manifest["inputs"]["static/js/dom.js"] = "0" * 64  # dom.js edited since the build
    stale = tmp_path / "manifest.json"
    stale.write_text(json.dumps(manifest), encoding="utf-8")
    assert assets.load(stale) is None
    assert assets.load(tmp_path / "none.json") is None

    room = Room(create_app({"DATA_DIR": str(tmp_path), "TESTING": True, "UNBUNDLED": True}))
    http, path = pages(room)["phone"]
    head = http.get(path).get_data(as_text=True).split("</head>")[0]
    assert "/static/build/" not in head and '<script type="module" src="/static/js/phone.js">' in head
    assert http.get("/static/build/" + build.files["js/phone.js"]).status_code == 404


def test_the_build_finds_the_activity_types_by_their_folders(build):
    """A new type's folder is in the next build without a line of the build script changed."""
    for surface in ("phone", "projector", "console"):
        folders = sorted(f"activities/{p.parent.parent.name}"
                         for p in (ROOT / "facilitator" / "activities").glob(f"*/static/{surface}.js"))
        assert build.surfaces[surface]["modules"] == folders
    names = {assets.folder_of(kind) for kind in activities.all_types()}
    assert set(build.surfaces["phone"]["modules"]) <= names
    script = (ROOT / "scripts" / "bundle_pages.mjs").read_text(encoding="utf-8")
    assert not re.search(r"""["'`](%s)["'`]""" % "|".join(activities.names()), script)

