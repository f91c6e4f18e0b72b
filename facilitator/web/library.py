"""The method library's own pages: a plugin's templates (e.g. a printable handout) and static files.

A plugin's templates render in an environment of their own, so they cannot shadow the product's
templates, with autoescaping on like everywhere else.
"""
import re
from functools import lru_cache

import jinja2
from flask import Blueprint, abort, current_app, g, request, send_from_directory, url_for

from ..methods import LANGUAGES
from .common import browser_language

blueprint = Blueprint("library", __name__)
_PAGE = re.compile(r"[a-z0-9_-]{1,40}")


def _method(method_id):
    method = current_app.extensions["facilitator.library"].method(method_id)
    if method is None:
        abort(404)
    return method


@lru_cache(maxsize=64)
def _environment(folder):
    return jinja2.Environment(loader=jinja2.FileSystemLoader(folder), autoescape=True)


@blueprint.get("/methods/<method_id>/static/<path:filename>")
def static(method_id, filename):
    method = _method(method_id)
    if method.static is None:
        abort(404)
    return send_from_directory(method.static, filename)


@blueprint.get("/methods/<method_id>/<page>")
def page(method_id, page):
    method = _method(method_id)
    if method.templates is None or not _PAGE.fullmatch(page):
        abort(404)
    language = request.args.get("lang")
    g.language = language if language in LANGUAGES else browser_language()
    try:
        template = _environment(str(method.templates)).get_template(f"{page}.html")
    except jinja2.TemplateNotFound:
        abort(404)
    return template.render(method=method, language=g.language, static_url=lambda name: url_for(
        "library.static", method_id=method.id, filename=name))
