"""The report in each format. All of them read the same model (model.py) or, for JSON, the dump.

Texts are in the workshop's language; call these inside a Flask app context.
"""
import csv
import io
import json

from babel.numbers import format_decimal
from flask import render_template
from flask_babel import force_locale, gettext as _

from .dump import unlinked
from .markdown import md
from .model import Report, section

FORMATS = {"html": "text/html", "pdf": "application/pdf", "md": "text/markdown", "csv": "text/csv",
           "json": "application/json"}


def decimal_for(language):
    """Numbers as the report's readers write them: 7,5 in Finnish, 7.5 in English."""
    return lambda value: "–" if value is None else format_decimal(value, locale=language)


def statuses():
    return {"not_started": _("not started"), "in_progress": _("in progress"), "done": _("done"),
            "dropped": _("dropped")}


def html(document):
    # The model too is made in the workshop's language: a type's section may name things in it.
    with force_locale(document["workshop"]["language"]):
        report = Report(document).build()
        return render_template("report/report.html", report=report, statuses=statuses(),
                               decimal=decimal_for(report["workshop"]["language"]))


def pdf(document):
    # WeasyPrint is imported here: only a PDF needs it (and its system libraries).
    from weasyprint import HTML
    return HTML(string=html(document)).write_pdf()


def as_json(document):
    """The whole workshop as data; an anonymous one unlinked (dump.unlinked)."""
    return json.dumps(unlinked(document), ensure_ascii=False, indent=1, sort_keys=True)


def _cell(value):
    """A cell no spreadsheet will run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def as_csv(document):
    """One row per idea: its step, cluster and dots (each step type that has rows gives them)."""
    model = Report(document)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    with force_locale(document["workshop"]["language"]):
        header = [_("Step"), _("Step title"), _("Cluster"), _("Idea"), _("Dots")]
        if not model.anonymous:
            header.append(_("Author"))
        writer.writerow(header)
        for number, step in enumerate(model.steps, 1):
            module = section(step["activity"])
            if module is None or not hasattr(module, "csv_rows"):
                continue
            for row in module.csv_rows(model, step, number):
                writer.writerow([_cell(value) for value in row])
    return buffer.getvalue()


def markdown(document):
    with force_locale(document["workshop"]["language"]):
        model = Report(document)
        report = model.build()
        w = report["workshop"]
        lines = [f"# {md(w['title'])}", "", f"*{_('Workshop report')}*", ""]
        for label, value in ((_("Organisation"), w["organisation"]), (_("Date"), w["date"]),
                             (_("Facilitator"), w["facilitator_name"]),
                             (_("Participants"), report["participation"]["joined"])):
            if value:
                lines.append(f"- **{label}:** {md(value)}")
        if report["goals"]:
            lines += ["", f"## {_('Goals of the day')}", ""] + [f"- {md(goal)}" for goal in report["goals"]]
        lines += ["", f"## {_('Agenda')}", "", f"| # | {_('Step')} | {_('Planned')} | {_('Actual')} |",
                  "|---|---|---|---|"]
        for number, step in enumerate(report["agenda"], 1):
            lines.append(f"| {number} | {md(step['title'])} | {step['planned'] or '–'} | "
                         f"{'–' if step['actual'] is None else step['actual']} |")
        lines += ["", f"## {_('What the group produced')}"]
        for number, step in enumerate(report["agenda"], 1):
            lines += ["", f"### {number}. {md(step['title'])}", ""]
            if step["prompt"]:
                lines += [f"*{md(step['prompt'])}*", ""]
            module = section(step["activity"])
            if module is not None:
                lines += module.markdown(model, step, step["result"], decimal_for(w["language"]))
        lines += ["", f"## {_('Action plan')}", "", f"| {_('What')} | {_('Who')} | {_('By when')} | {_('Status')} |",
                  "|---|---|---|---|"]
        for action in report["actions"]:
            lines.append(f"| {md(action['what'])} | {md(action['who'])} | {md(action['due'])} | "
                         f"{statuses()[action['status']]} |")
        p = report["participation"]
        lines += ["", f"## {_('Participation')}", "",
                  _("%(j)s people joined and %(c)s of them took part by writing, voting or answering. "
                    "%(i)s ideas, %(v)s dots.", j=p["joined"], c=p["contributed"], i=p["ideas"], v=p["votes"])]
    return "\n".join(lines) + "\n"


WRITERS = {"html": html, "pdf": pdf, "md": markdown, "csv": as_csv, "json": as_json}
