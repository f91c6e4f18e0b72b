"""The core pages know the activity types only through the registry and the declarations in their
boot data: no core script and no page template names a built-in type."""
import json
import re
from pathlib import Path

from facilitator import activities

ROOT = Path(__file__).resolve().parent.parent / "facilitator"
CORE_JS = sorted(p for p in (ROOT / "static" / "js").rglob("*.js") if "vendor" not in p.parts)
TEMPLATES = sorted((ROOT / "templates").rglob("*.html"))

# Words that are also a type's name but mean a thing of the core here. A cluster is a group of
# ideas (the protocol's `cluster.*` events and `target_type`), and the board's column for one has
# the test id "cluster" that the browser tests find it by.
NOT_THE_TYPE = {("static/js/console_board.js", 'testid: "cluster"')}


def quoted(names):
    """A string literal that is exactly one of `names`: "consent", 'dot_vote' or `review`."""
    return re.compile(r"""(["'`])(%s)\1""" % "|".join(re.escape(name) for name in names))


def mentions(path, pattern):
    name = str(path.relative_to(ROOT))
    allowed = [text for file, text in NOT_THE_TYPE if file == name]
    return [f"{name}:{number}: {line.strip()}"
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if pattern.search(line) and not any(text in line and len(pattern.findall(line)) == 1 for text in allowed)]


def test_the_check_sees_the_built_in_types_and_the_core_files():
    names = activities.names()
    assert {"brainstorm", "consent", "dot_vote", "review"} <= set(names)
    assert any(p.name == "phone.js" for p in CORE_JS) and any(p.name == "console.html" for p in TEMPLATES)
    pattern = quoted(names)
    assert pattern.search('if (step.activity === "consent")') and pattern.search("['dot_vote', 1]")
    assert not pattern.search('"consent_round"') and not pattern.search("t(`activity_${name}`)")


def test_no_core_script_or_page_template_names_an_activity_type():
    pattern = quoted(activities.names())
    found = [hit for path in CORE_JS + TEMPLATES for hit in mentions(path, pattern)]
    assert found == [], "dispatch through the registry (static/js/activities.js) instead:\n" + "\n".join(found)



def test_each_page_links_its_surfaces_style_sheets_and_starts_loading_its_modules(tmp_path):
    """Unbundled (no build, or `--unbundled`); test_assets.py has the bundled pages."""
    from conftest import Room, create_app
    room = Room(create_app({"DATA_DIR": str(tmp_path), "TESTING": True, "UNBUNDLED": True}))
    pages = {"phone": (room.phone().http, f"/{room.code}"), "projector": (room.facilitator_http, f"/w/{room.code}/screen"),
             "console": (room.facilitator_http, f"/w/{room.code}/console")}
    for surface, (http, path) in pages.items():
        html = http.get(path).get_data(as_text=True)
        head = html.split("</head>")[0]
        styles = set(re.findall(r'<link rel="stylesheet" href="(/activities/[^"]+)">', head))
        loader = re.search(r'<script type="module" async>\s*for \(const url of (\[.*?\])\) import\(url\);', head)
        modules = set(json.loads(loader.group(1)))
        own = {kind.name for kind in activities.all_types() if (kind.folder / "static" / f"{surface}.css").is_file()}
        assert styles == {f"/activities/{name}/static/{surface}.css" for name in own}
        assert f"/activities/consent/static/{surface}.js" in modules
        # The page's own script is in the head too, so that it is fetched before the types' files.
        assert re.search(r'<script type="module" src="/static/js/\w+\.js">', head)
        for url in styles | modules:
            assert http.get(url).status_code == 200, url


# ---- every page gets the strings its scripts look up -----------------------------------------

SURFACE_PAGES = {"phone": "phone.js", "projector": "screen.js", "console": "console.js"}
IMPORT = re.compile(r"""(?:^|\s)(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']""", re.M)
# t("key", ...), t(cond ? "a" : "b"), a console module's option labels, and tables of keys (*_TEXTS).
LOOKUP = re.compile(r"""\bt\(\s*(?:[\w.]+\s*\?\s*)?["'](\w+)["'](?:\s*:\s*["'](\w+)["'])?""")
LABEL = re.compile(r"""\blabel:\s*["'](\w+)["']""")
TABLE = re.compile(r"""_TEXTS\s*=\s*\{(.*?)\n\};""", re.S)


def module_file(url, importer):
    """The file behind a module's URL as the browser resolves it from `importer`'s URL."""
    from posixpath import dirname, normpath
    path = url if url.startswith("/") else normpath(dirname(importer) + "/" + url)
    if path.startswith("/static/js/") and "/vendor/" not in path:
        return path, ROOT / path.lstrip("/")
    if path.startswith("/activities/"):
        name, rest = path[len("/activities/"):].split("/static/", 1)
        # Served from the type's folder (several types may share one: web/activities.py).
        return path, activities.get(name).folder / "static" / rest
    return path, None


def reachable(urls):
    seen, todo = {}, list(urls)
    while todo:
        url = todo.pop()
        if url in seen:
            continue
        _, path = module_file(url, "/")
        if path is None:
            continue
        seen[url] = path
        for match in IMPORT.finditer(path.read_text(encoding="utf-8")):
            target, file = module_file(match.group(1) or match.group(2), url)
            if file is not None:
                todo.append(target)
    return seen


def looked_up(text):
    keys = {key for match in LOOKUP.finditer(text) for key in match.groups() if key}
    keys |= set(LABEL.findall(text))
    for table in TABLE.findall(text):
        keys |= {value for name, value in re.findall(r"""(\w+):\s*["'](\w+)["']""", table) if not name.startswith("test")}
    return keys


def test_each_page_gets_every_string_its_scripts_look_up_and_the_phone_no_console_strings(app):
    from facilitator.web.activities import strings
    from facilitator.web.strings import js_strings
    with app.test_request_context():
        roles = {"phone": "participant", "projector": "projector", "console": "facilitator"}
        given = {surface: {**js_strings(surface), **strings(roles[surface])} for surface in SURFACE_PAGES}
    for surface, page in SURFACE_PAGES.items():
        entry = [f"/static/js/{page}"] + [f"/activities/{kind.name}/static/{surface}.js" for kind in activities.all_types()
                                            if (kind.folder / "static" / f"{surface}.js").is_file()]
        modules = reachable(entry)
        assert len(modules) > len(entry)
        missing = {f"{url}: {key}" for url, path in modules.items()
                   for key in looked_up(path.read_text(encoding="utf-8")) if key not in given[surface]}
        assert not missing, f"the {surface} page lacks strings: " + ", ".join(sorted(missing))
    assert "library_heading" in given["console"] and "library_heading" not in given["phone"]
    assert "idea_placeholder" in given["phone"] and "idea_placeholder" not in given["console"]
    # A type's strings too go only where its module for that page uses them.
    assert "fist_3" in given["phone"] and "consent_amend_label" not in given["phone"]
    assert "consent_amend_label" in given["console"] and "activity_consent" in given["projector"]
