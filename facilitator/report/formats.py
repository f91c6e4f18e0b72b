"""The report in each format. All of them read the same model (model.py) or, for JSON, the dump.

Texts are in the workshop's language; call these inside a Flask app context.
"""
import csv
import io
import json

from babel.numbers import format_decimal
from flask import current_app, render_template
from flask_babel import force_locale, gettext as _, ngettext

from ..domain.dates import date_text
from .dump import unlinked
from .markdown import md
from .model import Report, section

FORMATS = {"html": "text/html", "pdf": "application/pdf", "md": "text/markdown", "csv": "text/csv",
           "json": "application/json"}


def decimal_for(language):
    """Numbers as the report's readers write them: 7,5 in Finnish, 7.5 in English."""
    return lambda value: "–" if value is None else format_decimal(value, locale=language)


def _model(document):
    """The report's model with the server's small-group threshold (MIN_ANSWERS_SHOWN)."""
    return Report(document, current_app.config["MIN_ANSWERS_SHOWN"])


# A Finnish Excel splits a CSV at semicolons (its decimal separator is the comma); an English one
# at commas. Both read UTF-8 only with the byte-order mark ("Mikä", not "MikÃ¤").
CSV_DELIMITERS = {"fi": ";", "en": ","}
BOM = "\ufeff"


def statuses():
    return {"not_started": _("not started"), "in_progress": _("in progress"), "done": _("done"),
            "dropped": _("dropped")}


def html(document):
    # The model too is made in the workshop's language: a type's section may name things in it.
    with force_locale(document["workshop"]["language"]):
        report = _model(document).build()
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
    """One row per idea: its step, its cluster and the dots the cluster got, the idea and the dots
    it got itself (each step type that has rows gives them), in agenda order; as the workshop
    language's spreadsheet opens it (BOM, delimiter)."""
    model = _model(document)
    language = document["workshop"]["language"]
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer, delimiter=CSV_DELIMITERS.get(language, ","))
    with force_locale(language):
        header = [_("Step"), _("Step title"), _("Cluster"), _("Dots to the cluster"), _("Idea"), _("Dots to the idea")]
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
        model = _model(document)
        report = model.build()
        w = report["workshop"]
        lines = [f"# {md(w['title'])}", "", f"*{_('Workshop report')}*", ""]
        for label, value in ((_("Organisation"), w["organisation"]), (_("Date"), w["date"] and date_text(w["date"], w["language"])),
                             (_("Facilitator"), w["facilitator_name"]),
                             (_("Participants"), report["participation"]["joined"])):
            if value:
                lines.append(f"- **{label}:** {md(value)}")
        if report["goals"]:
            lines += ["", f"## {_('Goals of the day')}", ""] + [f"- {md(goal)}" for goal in report["goals"]]
        lines += summary_lines(report)
        lines += ["", f"## {_('Agenda')}", "", f"| # | {_('Step')} | {_('Planned')} | {_('Actual')} |",
                  "|---|---|---|---|"]
        for number, step in enumerate(report["agenda"], 1):
            lines.append(f"| {number} | {md(step['title'])} | {step['planned'] or '–'} | "
                         f"{'–' if step['actual'] is None else step['actual']} |")
        lines += ["", f"## {_('What the group produced')}"]
        for step in (step for step in report["agenda"] if step["produced"]):
            lines += ["", f"### {step['number']}. {md(step['title'])}", ""]
            if step["prompt"]:
                lines += [f"*{md(step['prompt'])}*", ""]
            module = section(step["activity"])
            if step["result"].get("withheld"):
                lines.append(withheld_line(step["result"]))
            elif module is not None:
                lines += module.markdown(model, step, step["result"], decimal_for(w["language"]))
        p = report["participation"]
        lines += ["", f"## {_('Participation')}", "",
                  _("Joined: %(j)s, of whom %(c)s took part by writing, voting or answering. "
                    "Ideas: %(i)s, dots: %(v)s.", j=p["joined"], c=p["contributed"], i=p["ideas"], v=p["votes"])]
        lines += ["", "---"] + [line for paragraph in report["confidentiality"] for line in ("", f"*{paragraph}*")]
    return "\n".join(lines) + "\n"


def summary_lines(report):
    """The first page in Markdown: the agreed wording, the top themes, the action plan, the
    next meeting."""
    s = report["summary"]
    lines = ["", f"## {_('What we agreed')}"]
    for item in s["agreed"]:
        lines += ["", f"### {md(item['step'])}", ""] + [f"- {md(rule)}" for rule in item["rules"]]
    for vote in s["themes"]:
        lines += ["", f"### {_('Top themes')} · {md(vote['step'])}", ""]
        lines += [f"{t['place']}\\. {md(t['text'])} — {ngettext('%(num)s dot', '%(num)s dots', t['dots'])}  "
                  for t in vote["top"]]
    lines += ["", f"### {_('Action plan')}", "", f"| {_('What')} | {_('Who')} | {_('By when')} | {_('Status')} |",
              "|---|---|---|---|"]
    for action in report["actions"]:
        who = ", ".join(filter(None, [action["who"], *action["volunteer_names"]]))
        lines.append(f"| {md(action['what'])} | {md(who)} | {md(action['due'])} | {statuses()[action['status']]} |")
    if s["next_meeting"]:
        lines += ["", f"### {_('Next meeting')}", "", md(s["next_meeting"])]
    return lines


def withheld_line(result):
    count = result.get("responses", result.get("voters"))
    return (_("Answers: %(n)s", n=count) + " · " +
            ngettext("Results show from %(num)s answer on, so that no one's answer can be told.",
                     "Results show from %(num)s answers on, so that no one's answer can be told.", result["min_answers"]))


WRITERS = {"html": html, "pdf": pdf, "md": markdown, "csv": as_csv, "json": as_json}
