"""The core dispatches through the activity registry and never names a built-in activity type:
a new type is one folder (facilitator/activities/<name>/ or a package of its own)."""
import re
from pathlib import Path

from facilitator import activities

PACKAGE = Path(activities.__file__).resolve().parent.parent
# Method modules are data over the activity types: naming them is what a method does.
# (Path.match before Python 3.13 reads "**" as "*": the deeper levels are named.)
NOT_CORE = ("activities/*/**", "activities/*/*/*", "methods/**")
# "cluster" is the id of the clustering activity type and also a core word: a cluster of ideas,
# and a dot's target type (glossary: docs/glossary.md). As a bare word it is allowed; used as an
# activity type (compared with, or assigned to, an `activity`) it is not.
CORE_WORDS = {"cluster"}


def core_files():
    for path in sorted(PACKAGE.rglob("*")):
        relative = path.relative_to(PACKAGE)
        if path.suffix == ".py" or (path.suffix == ".html" and relative.parts[:2] == ("templates", "report")):
            if not any(relative.match(pattern) for pattern in NOT_CORE):
                yield path


def naming(text, names):
    """Every place in `text` that names one of `names` as an activity type."""
    words = "|".join(sorted(names))
    literal = re.compile(rf"""["']({words})["']""")
    as_activity = re.compile(rf"""activity["'\]]*\s*(==|!=|=|:|\bin\b)\s*\(?["']({words})["']""")
    return [m.group(0) for m in literal.finditer(text) if m.group(1) not in CORE_WORDS] + \
        [m.group(0) for m in as_activity.finditer(text)]


def test_the_check_finds_what_it_looks_for():
    names = activities.names()
    assert naming('if step["activity"] == "consent":', names)
    assert naming("kind in ('dot_vote',)", names)
    assert naming('{"activity": "cluster", "title": t}', names)
    assert not naming('totals[("cluster", ref)]', names)


def test_no_core_module_names_a_built_in_activity_type():
    names = activities.names()
    assert {"brainstorm", "cluster", "dot_vote", "consent", "pairing"} <= set(names)
    found = {str(path.relative_to(PACKAGE)): hits for path in core_files()
             if (hits := naming(path.read_text(), names))}
    assert found == {}
    assert any(path.name == "runner.py" for path in core_files())  # the walk reaches the core


def test_layers_import_downwards():
    """The live layer, the domain, the activity types and the CLI never import the pages'
    blueprints (web/): what both need (roles, cookies) lives below them."""
    web_import = re.compile(r"^\s*(from\s+(\.\.?web|facilitator\.web)\b|import\s+facilitator\.web)", re.M)
    offenders = [str(path.relative_to(PACKAGE)) for path in sorted(PACKAGE.rglob("*.py"))
                 if path.relative_to(PACKAGE).parts[0] in ("live", "domain", "activities", "report", "cli.py")
                 and web_import.search(path.read_text())]
    assert offenders == []
    assert web_import.search("from ..web.common import join_url")  # the check can fail
