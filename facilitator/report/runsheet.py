"""The run-sheet (käsikirjoitus): the facilitator's printable script of the day, made from the
same dump as the report (dump -> model -> format) and with the same clock times (Report.clock_plan).

Per step: its clock time and duration, its work method, what the room is asked, the facilitator's
notes, and what may give when the day runs late (the shortest time box, an optional step).
It holds no participant's answers: it is the plan, not the outcome.
"""
from flask import render_template
from flask_babel import force_locale

from .. import activities
from ..domain import clock
from ..domain.dates import date_text
from ..domain.errors import DomainError
from .model import Report


def _kind_label(activity):
    """The step's work method as the catalog names it (its front end's `activity_<name>`)."""
    try:
        module = activities.get(activity).module("strings")
    except DomainError:  # a type no longer installed
        return activity
    return module.strings().get(f"activity_{activity}", activity) if module else activity


def build(document):
    """What the run-sheet shows, in the workshop's language (call inside force_locale)."""
    model = Report(document)
    workshop = model.workshop
    times = model.clock_plan()
    language = workshop["language"]
    rows, block = [], object()
    for step in model.steps:
        content = (step.get("content") or {}).get(language) or {}
        method = content.get("method") if step.get("block") is not None and step.get("block") != block else None
        block = step.get("block")
        rows.append({"start": times[step["id"]][0], "end": times[step["id"]][1], "title": step["title"],
                     "kind": _kind_label(step["activity"]), "prompt": step["prompt"], "minutes": step["time_box_minutes"],
                     "min_minutes": step.get("min_minutes"), "optional": step.get("optional"),
                     "notes": step.get("notes") or "", "method": method})
    start = workshop.get("start_minutes", clock.DEFAULT_START)
    total = sum(clock.planned(s) for s in model.steps)
    return {"workshop": {k: workshop.get(k) for k in ("title", "organisation", "facilitator_name", "language")},
            "date": date_text(workshop["date"], language) if workshop.get("date") else None,
            "next_meeting": date_text(workshop["next_meeting"], language) if workshop.get("next_meeting") else None,
            "start": clock.clock_text(start, language), "end": clock.clock_text(start + total, language),
            "goals": [line for line in (workshop["goals"] or "").splitlines() if line.strip()], "steps": rows}


def html(document):
    with force_locale(document["workshop"]["language"]):
        return render_template("report/runsheet.html", sheet=build(document))


def pdf(document):
    from weasyprint import HTML  # only a PDF needs it
    return HTML(string=html(document)).write_pdf()


WRITERS = {"runsheet.html": html, "runsheet.pdf": pdf}
FORMATS = {"runsheet.html": "text/html", "runsheet.pdf": "application/pdf"}
