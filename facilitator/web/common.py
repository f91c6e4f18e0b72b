"""What the blueprints share: the database, the workshop behind a code, roles from cookies."""
from flask import abort, current_app, g, make_response, render_template, request
from flask_babel import gettext as _

from .. import roles
from ..db import transaction
from ..domain import workshops

COOKIE_AGE = 60 * 60 * 24 * 30  # a month: a series of sessions reuses the same phones


def engine():
    return current_app.extensions["facilitator.engine"]


def phone_language(workshop):
    return roles.phone_language(workshop, request.cookies)


def public_base():
    """Where phones reach this server, ending in a slash."""
    base = current_app.config["PUBLIC_URL"] or request.host_url
    return base.rstrip("/") + "/"


def join_url(code):
    return public_base() + code


def browser_language():
    return request.accept_languages.best_match(workshops.LANGUAGES) or "fi"


def message_page(status, title, text, link=None):
    """A friendly page in the current language instead of a bare error."""
    return make_response(render_template("message.html", title=title, text=text, link=link,
                                         language=g.get("language") or browser_language()), status)


def foreign_form_page():
    g.language = g.get("language") or browser_language()
    return message_page(403, _("This form came from another page"),
                        _("The server takes forms only from its own pages. Open the page again at this "
                          "server's address and try once more."))


def load_workshop(code):
    """The workshop behind `code` with its language in force, or a friendly 404."""
    with transaction(engine()) as conn:
        workshop = workshops.by_code(conn, code)
    if workshop is None:
        abort(message_page(404, _("No workshop with that code"),
                           _("Check the code on the screen and try again."),
                           {"href": "/", "label": _("Type the code again")}))
    g.language = workshop["language"]
    return workshop


def is_facilitator(workshop):
    return roles.is_facilitator(workshop, request.cookies)


def require_facilitator(workshop):
    if not is_facilitator(workshop):
        abort(message_page(403, _("This page is for the facilitator"),
                           _("Open it with the facilitator link you got when the workshop was created.")))


def participant_for(workshop):
    with transaction(engine()) as conn:
        return roles.participant_for(conn, workshop, request.cookies)


def set_cookie(response, name, value):
    response.set_cookie(name, value, max_age=COOKIE_AGE, httponly=True, samesite="Lax",
                        secure=public_base().startswith("https://"))
    return response


def boot(workshop, role):
    """What a page's script starts from: the activity types' declarations and front-end modules,
    and the texts (the core's and every type's) in the language now in force."""
    declared, texts = _surface(role)
    return {"code": workshop["code"], "role": role, "language": g.get("language") or workshop["language"],
            "workshop_language": workshop["language"], "activities": declared, "strings": texts}


def _surface(role):
    """(declarations, strings) of a role's page in the language in force: the same for every page
    of that role and language while the server runs, so made once (they were most of the phone
    page's CPU: a hall of phones asks for it at once)."""
    from flask_babel import get_locale
    from .activities import SURFACES, declarations, strings
    from .strings import js_strings
    made = current_app.extensions.setdefault("facilitator.surfaces", {})
    key = (role, str(get_locale()))
    if key not in made:
        made[key] = (declarations(role), {**js_strings(SURFACES[role]), **strings(role)})
    return made[key]


def public_workshop(workshop):
    return workshops.public(workshop)
