"""The activity types' own files for the pages: their front-end modules and what the pages are
told of each type (web/common.py's boot data).

A type's front end is one module per surface in its folder's static/: `phone.js` (the
participant's phone), `projector.js` and `console.js`, each with an optional style sheet of the
same name (`phone.css`...); a page loads only its own surface's.
"""
from flask import Blueprint, abort, send_from_directory, url_for

from .. import activities
from ..domain.errors import DomainError

blueprint = Blueprint("activities", __name__)


SURFACES = {"participant": "phone", "projector": "projector", "facilitator": "console"}


def _file_url(kind, filename):
    if not (kind.folder / "static" / filename).is_file():
        return None
    return url_for("activities.static", name=kind.name, filename=filename)


def declarations(role):
    """{type name: declaration, with the URLs of its module and style sheet for this role's page
    (None where it has none)}."""
    surface = SURFACES[role]
    return {kind.name: {**kind.declaration(), "module": _file_url(kind, f"{surface}.js"),
                        "style": _file_url(kind, f"{surface}.css")}
            for kind in activities.all_types()}


def strings():
    """Every type's interface strings (its `strings` module's `strings()`), in the current language."""
    found = {}
    for kind in activities.all_types():
        module = kind.module("strings")
        if module is not None:
            found.update(module.strings())
    return found


@blueprint.get("/activities/<name>/static/<path:filename>")
def static(name, filename):
    try:
        kind = activities.get(name)
    except DomainError:
        abort(404)
    return send_from_directory(kind.folder / "static", filename)
