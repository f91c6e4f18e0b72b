"""The facilitator's surface: creating a workshop, the secret link and the console."""
import hmac
import json

from flask import Blueprint, current_app, g, redirect, render_template, request, url_for
from flask_babel import gettext as _

from ..db import transaction
from ..domain import series, steps, workshops
from ..domain.errors import DomainError
from ..methods.first_agenda import method as first_agenda
from ..report.dump import FORMAT, dump
from ..roles import facilitator_cookie
from .projector import qr_svg
from .common import (
    boot, browser_language, engine, is_facilitator, join_url, load_workshop, message_page,
    public_base, public_workshop, require_facilitator, set_cookie,
)

blueprint = Blueprint("console", __name__)

FIELD_ERRORS = {
    "title": lambda: _("Give the workshop a title (at most 120 characters)."),
    "organisation": lambda: _("The organisation's name can be at most 120 characters."),
    "facilitator_name": lambda: _("The facilitator's name can be at most 120 characters."),
    "date": lambda: _("Give the date as d.m.yyyy, for example 12.3.2026."),
    "language": lambda: _("Choose Finnish or English."),
    "question": lambda: _("The question can be at most 500 characters."),
    "admin_password": lambda: _("The admin password is not right."),
    "continue_from": lambda: _("That earlier workshop was not found among yours, or the file is not a "
                               "Facilitator JSON export."),
}


def default_agenda(language, question):
    """The first agenda (methods/first_agenda.py) in the workshop's language; the question typed
    in the form, if any, is its first step's prompt."""
    agenda = [{"activity": step.activity, "title": step.title[language], "prompt": step.prompt[language],
               "time_box_minutes": step.minutes, "options": step.options} for step in first_agenda.steps]
    if question:
        agenda[0]["prompt"] = question
    return agenda


def _form():
    source = request.form if request.method == "POST" else {}
    return {"title": source.get("title", ""), "organisation": source.get("organisation", ""),
            "facilitator": source.get("facilitator", ""),
            "continue_from": source.get("continue_from", ""),
            "date": source.get("date", ""), "question": source.get("question", ""),
            "language": source.get("language", g.get("language") or "fi"),
            "anonymous": source.get("anonymous") == "1" if request.method == "POST" else True}


def _render_new(form, errors, status=200):
    return render_template("console/new.html", form=form, errors=errors, language=g.language,
                           needs_admin_password=bool(current_app.config["ADMIN_PASSWORD"])), status


@blueprint.route("/new", methods=["GET", "POST"])
def new():
    g.language = browser_language()
    form = _form()
    if request.method == "GET":
        return _render_new(form, {})
    admin_password = current_app.config["ADMIN_PASSWORD"]
    if admin_password and not hmac.compare_digest(
            request.form.get("admin_password", "").encode(), admin_password.encode()):
        return _render_new(form, {"admin_password": FIELD_ERRORS["admin_password"]()}, 403)
    if len(form["question"].strip()) > 500:
        return _render_new(form, {"question": FIELD_ERRORS["question"]()}, 400)
    earlier = _earlier_session(form["continue_from"], request.files.get("continue_file"))
    if earlier is False:
        return _render_new(form, {"continue_from": FIELD_ERRORS["continue_from"]()}, 400)
    try:
        with transaction(engine()) as conn:
            workshop = workshops.create(conn, title=form["title"], organisation=form["organisation"],
                                        date=form["date"] or None, language=form["language"],
                                        anonymous=form["anonymous"], facilitator_name=form["facilitator"])
            if earlier:
                series.carry_over(conn, workshop, earlier)
            for step in default_agenda(workshop["language"], form["question"].strip()):
                steps.add(conn, workshop["id"], **step)
    except DomainError as error:
        field = error.params.get("field", "title")
        shown = "facilitator" if field == "facilitator_name" else field
        return _render_new(form, {shown: FIELD_ERRORS.get(field, FIELD_ERRORS["title"])()}, 400)
    response = redirect(url_for("console.console", code=workshop["code"]))
    return set_cookie(response, facilitator_cookie(workshop["code"]), workshop["secret"])


def _earlier_session(code, upload):
    """The earlier workshop to continue, as a dump: None if none was asked for, False if the one
    asked for cannot be used (unknown, not this facilitator's, or not an export)."""
    if upload is not None and upload.filename:
        try:
            document = json.load(upload.stream)
        except (ValueError, UnicodeDecodeError):
            return False
        return document if isinstance(document, dict) and document.get("format") == FORMAT else False
    if not code.strip():
        return None
    with transaction(engine()) as conn:
        earlier = workshops.by_code(conn, code)
        # Only the facilitator of the earlier workshop may carry its contents over.
        if earlier is None or not is_facilitator(earlier):
            return False
        return dump(conn, earlier["id"])


@blueprint.get("/w/<code>/facilitate/<secret>")
def facilitate(code, secret):
    workshop = load_workshop(code)
    if not workshops.secret_matches(workshop, secret):
        return message_page(403, _("This link is not valid"),
                            _("Ask for the facilitator link from whoever created the workshop."))
    # ?to=remote: the link the console's QR code gives a phone opens the phone console.
    page = "console.remote" if request.args.get("to") == "remote" else "console.console"
    response = redirect(url_for(page, code=workshop["code"]))
    return set_cookie(response, facilitator_cookie(workshop["code"]), workshop["secret"])


def library_for_console(library, language):
    """The method library as the console's planner shows it: texts in the workshop's language."""
    def choice_json(choice):
        return {"name": choice.name, "label": choice.label[language], "default": choice.default,
                "options": [{"key": key, "label": option["label"][language]} for key, option in choice.options.items()]}

    def choices_of(methods):
        found = {choice.name: choice for method in methods for choice in method.choices}
        return [choice_json(choice) for choice in found.values()]

    def method_json(method):
        return {"id": method.id, "title": method.title[language], "summary": method.summary[language],
                "themes": list(method.themes), "minutes": method.minutes, "choices": choices_of([method]),
                "steps": [{"activity": s.activity, "title": s.title[language], "minutes": s.minutes}
                          for s in method.steps]}

    def day_json(day):
        return {"id": day.id, "title": day.title[language], "summary": day.summary[language],
                "methods": list(day.methods), "goals": day.goals.get(language, ""),
                "minutes": sum(library.methods[m].minutes for m in day.methods if m in library.methods),
                "choices": choices_of([library.methods[m] for m in day.methods if m in library.methods])}

    return {"methods": [method_json(m) for m in library.methods.values()],
            "days": [day_json(d) for d in library.days.values()]}


@blueprint.get("/w/<code>/console")
def console(code):
    workshop = load_workshop(code)
    require_facilitator(workshop)
    link = public_base() + f"w/{workshop['code']}/facilitate/{workshop['secret']}"
    page_boot = boot(workshop, "facilitator")
    page_boot["library"] = library_for_console(current_app.extensions["facilitator.library"],
                                               workshop["language"])
    return render_template("console/console.html", workshop=public_workshop(workshop),
                           boot=page_boot, facilitator_link=link, remote_qr=qr_svg(link + "?to=remote"),
                           remote_url=url_for("console.remote", code=workshop["code"]),
                           screen_url=url_for("projector.screen", code=workshop["code"]),
                           join_url=join_url(workshop["code"]), language=g.language)


@blueprint.get("/w/<code>/remote")
def remote(code):
    """The facilitator's console for a phone: the same role and cookie as the console."""
    workshop = load_workshop(code)
    require_facilitator(workshop)
    page_boot = boot(workshop, "facilitator")
    # It drives the day and draws no step: the types' declarations without their console modules.
    page_boot["activities"] = {name: {**kind, "module": None, "style": None}
                               for name, kind in page_boot["activities"].items()}
    return render_template("console/remote.html", workshop=public_workshop(workshop), boot=page_boot,
                           language=g.language)


@blueprint.get("/w/<code>/preview")
def preview(code):
    """The current step as a phone shows it, for the console's preview: the phone's page and
    modules, connected in the read-only preview role (a phone's view, nothing of its own)."""
    workshop = load_workshop(code)
    require_facilitator(workshop)
    page_boot = {**boot(workshop, "participant"), "role": "preview"}
    return render_template("participant/phone.html", workshop=public_workshop(workshop), boot=page_boot,
                           language=g.language, preview=True)
