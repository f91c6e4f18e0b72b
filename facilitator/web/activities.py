"""The activity types' own files for the pages: their front-end modules and what the pages are
told of each type (web/common.py's boot data).

A type's front end is one module per surface in its folder's static/: `phone.js` (the
participant's phone), `projector.js` and `console.js`, each with an optional style sheet of the
same name (`phone.css`...); a page loads only its own surface's.
"""
import re
from functools import lru_cache
from pathlib import Path

from flask import Blueprint, abort, send_from_directory, url_for

from .. import activities
from ..domain.errors import DomainError
from . import assets

blueprint = Blueprint("activities", __name__)


# The console's preview (role `preview`) is the phone's page, read-only: the phone's surface.
SURFACES = {"participant": "phone", "preview": "phone", "projector": "projector", "facilitator": "console"}


def _file_url(kind, filename):
    if not (kind.folder / "static" / filename).is_file():
        return None
    return url_for("activities.static", name=kind.name, filename=filename)


def declarations(role):
    """{type name: declaration, with the URLs of its module and style sheet for this role's page
    (None where it has none, or where the page's bundle holds it: then `bundled` names its
    folder, web/assets.py)}."""
    surface, built = SURFACES[role], assets.build()
    found = {}
    for kind in activities.all_types():
        module = built is not None and built.holds(surface, kind, "modules")
        style = built is not None and built.holds(surface, kind, "styles")
        found[kind.name] = {**kind.declaration(), "module": None if module else _file_url(kind, f"{surface}.js"),
                            "style": None if style else _file_url(kind, f"{surface}.css"),
                            **({"bundled": assets.folder_of(kind)} if module else {})}
    return found


_IMPORT = re.compile(r"""\bfrom\s*["'](\./[\w./-]+)["']|\bimport\(\s*["'](\./[\w./-]+)["']""")
_QUOTED = re.compile(r"""["'](\w+)["']""")
_TEMPLATE_PREFIX = re.compile(r"`(\w+)\$\{")


@lru_cache(maxsize=None)
def _names_used(folder, surface):
    """The words a type's module for `surface` (and the modules of its own it imports) quote, and
    the prefixes of the keys it builds (t(`fist_${value}`)): which of its strings that page needs."""
    static = Path(folder) / "static"
    todo, seen, text = [static / f"{surface}.js"], set(), []
    while todo:
        path = todo.pop()
        if path in seen or not path.is_file():
            continue
        seen.add(path)
        source = path.read_text(encoding="utf-8")
        text.append(source)
        todo += [(path.parent / (a or b)).resolve() for a, b in _IMPORT.findall(source)]
    source = "\n".join(text)
    return frozenset(_QUOTED.findall(source)), tuple(_TEMPLATE_PREFIX.findall(source))


def strings(role):
    """The types' interface strings this role's page needs, in the current language: of each
    type's `strings()`, its name and the keys its module for the page's surface uses."""
    found = {}
    for kind in activities.all_types():
        module = kind.module("strings")
        if module is None:
            continue
        words, prefixes = _names_used(str(kind.folder), SURFACES[role])
        found.update({key: text for key, text in module.strings().items()
                      if key == f"activity_{kind.name}" or key in words or key.startswith(prefixes)})
    return found


@blueprint.get("/activities/<name>/static/<path:filename>")
def static(name, filename):
    try:
        kind = activities.get(name)
    except DomainError:
        abort(404)
    return send_from_directory(kind.folder / "static", filename)
