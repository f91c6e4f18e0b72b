"""The report surface: downloads in every format, and deleting a workshop for good."""
import re
import subprocess
import unicodedata

from flask import Blueprint, Response, current_app, request, url_for
from flask_babel import gettext as _

from ..domain import lifecycle
from ..live import close_workshop
from ..report import formats, runsheet as runsheet_formats, worker
from .common import engine, load_workshop, message_page, require_facilitator

blueprint = Blueprint("report", __name__)
WRITERS = formats.WRITERS


def filename(workshop, extension):
    """An ASCII file name from the title and date, e.g. kehittamispaiva-2026-11-24.pdf."""
    plain = unicodedata.normalize("NFKD", workshop["title"]).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60] or "workshop"
    return f"{slug}-{workshop['date']}.{extension}" if workshop["date"] else f"{slug}.{extension}"


@blueprint.get("/w/<code>/runsheet.<extension>")
def runsheet(code, extension):
    """The run-sheet of the day (report/runsheet.py), as PDF or HTML."""
    if extension not in ("pdf", "html"):
        return message_page(404, _("No such format"), _("The run-sheet comes as PDF or HTML."))
    return download(code, f"runsheet.{extension}")


@blueprint.get("/w/<code>/report.<extension>")
def download(code, extension):
    workshop = load_workshop(code)
    require_facilitator(workshop)
    if extension not in WRITERS and extension not in runsheet_formats.WRITERS:
        return message_page(404, _("No such format"), _("The report comes as HTML, PDF, Markdown, CSV or JSON."))
    # In a worker process: the dump and the rendering of a large day are seconds of CPU work.
    try:
        body = worker.render(engine().url.render_as_string(hide_password=False), workshop["id"], extension,
                             current_app.config["MIN_ANSWERS_SHOWN"])
    except (worker.RenderError, OSError, subprocess.SubprocessError) as error:
        current_app.logger.error("the %s report could not be made: %s", extension, error)
        return message_page(500, _("The report could not be made"),
                            _("Try again in a moment. The workshop's data is safe."))
    disposition = "inline" if extension == "html" and request.args.get("view") else "attachment"
    mimetype = {**formats.FORMATS, **runsheet_formats.FORMATS}[extension]
    return Response(body, mimetype=mimetype, headers={
        "Content-Disposition": f'{disposition}; filename="{filename(workshop, extension)}"',
        "Cache-Control": "no-store"})


@blueprint.post("/w/<code>/delete")
def delete(code):
    """Deletes the workshop and everything in it; the form must repeat the join code."""
    workshop = load_workshop(code)
    require_facilitator(workshop)
    if (request.form.get("confirm") or "").strip().upper() != workshop["code"]:
        return message_page(400, _("Not deleted"),
                            _("To delete the workshop, type its code %(code)s to confirm.", code=workshop["code"]),
                            {"href": url_for("console.console", code=workshop["code"]), "label": _("Back to the console")})
    lifecycle.delete(engine(), workshop["id"])
    close_workshop(current_app, workshop["id"])
    current_app.logger.info("workshop deleted")
    return message_page(200, _("The workshop is deleted"),
                        _("Everything in it is gone from this server, for good."),
                        {"href": url_for("console.new"), "label": _("Create a new workshop")})
