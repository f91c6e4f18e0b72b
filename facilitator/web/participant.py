"""The phones' surface: typing a code, joining, and the phone view."""
from flask import Blueprint, current_app, g, redirect, render_template, request, url_for
from flask_babel import gettext as _

from ..db import transaction
from ..domain import participants, workshops
from ..domain.errors import DomainError
from ..live.messages import error_message
from ..roles import language_cookie, participant_cookie
from .common import (
    boot, browser_language, engine, load_workshop, message_page, participant_for, phone_language,
    public_workshop, set_cookie,
)

blueprint = Blueprint("participant", __name__)


@blueprint.get("/")
def enter():
    g.language = browser_language()
    return render_template("participant/enter.html", code="", error=None, language=g.language)


@blueprint.get("/join")
def join_by_code():
    typed = request.args.get("code", "")
    code = workshops.normalise_code(typed)
    if code is None:
        g.language = browser_language()
        error = _("A code is six characters, letters and digits, for example K7P4QX.")
        return render_template("participant/enter.html", code=typed[:20], error=error,
                               language=g.language), 400
    return redirect(url_for("participant.phone", code=code))


def _locked_page():
    return message_page(403, _("Joining is locked"),
                        _("The facilitator has locked this workshop to new participants. Ask them to unlock it."))


@blueprint.get("/<code>")
def phone(code):
    workshop = load_workshop(code)
    if workshop["code"] != code:  # typed in lower case, or with a dash
        return redirect(url_for("participant.phone", code=workshop["code"]))
    g.language = phone_language(workshop)
    participant = participant_for(workshop)
    if participant is not None:
        return render_template("participant/phone.html", workshop=public_workshop(workshop),
                               boot=boot(workshop, "participant"), language=g.language)
    if workshop["locked"]:
        return _locked_page()
    return render_template("participant/join.html", workshop=public_workshop(workshop), error=None,
                           language=g.language)


@blueprint.post("/<code>/language")
def choose_language(code):
    """A participant switches their phone's language; the workshop's own stays as it is."""
    workshop = load_workshop(code)
    response = redirect(url_for("participant.phone", code=workshop["code"]))
    chosen = request.form.get("language")
    if chosen not in workshops.LANGUAGES:
        return response
    return set_cookie(response, language_cookie(workshop["code"]), chosen)


@blueprint.post("/<code>/join")
def join(code):
    workshop = load_workshop(code)
    g.language = phone_language(workshop)
    try:
        with transaction(engine()) as conn:
            participant = participants.join(conn, workshop, request.form.get("nickname", ""),
                                            current_app.extensions["facilitator.quotas"])
    except DomainError as error:
        if error.code == "locked":
            return _locked_page()
        if error.code == "quota":
            return message_page(403, _("The workshop is full"), error_message("quota", error.params))
        message = _("A nickname can be at most 40 characters.")
        return render_template("participant/join.html", workshop=public_workshop(workshop),
                               error=message, language=g.language), 400
    current_app.extensions["facilitator.live"].participants_changed(workshop["id"])
    response = redirect(url_for("participant.phone", code=workshop["code"]))
    return set_cookie(response, participant_cookie(workshop["code"]), participant["token"])
