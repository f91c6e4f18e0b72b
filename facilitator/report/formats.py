"""The report in each format. All of them read the same model (model.py) or, for JSON, the dump.

Texts are in the workshop's language; call these inside a Flask app context.
"""
import csv
import io
import json

from babel.numbers import format_decimal
from flask import render_template
from flask_babel import force_locale, gettext as _, ngettext

from .model import IDEA_ACTIVITIES, Report

FORMATS = {"html": "text/html", "pdf": "application/pdf", "md": "text/markdown", "csv": "text/csv",
           "json": "application/json"}


def outcomes():
    return {"agreed": _("agreed"), "not_agreed": _("not agreed"), "amended": _("amended")}


def decimal_for(language):
    """Numbers as the report's readers write them: 7,5 in Finnish, 7.5 in English."""
    return lambda value: "–" if value is None else format_decimal(value, locale=language)


def statuses():
    return {"not_started": _("not started"), "in_progress": _("in progress"), "done": _("done"),
            "dropped": _("dropped")}


def html(document):
    report = Report(document).build()
    with force_locale(report["workshop"]["language"]):
        return render_template("report/report.html", report=report, statuses=statuses(), outcomes=outcomes(),
                               decimal=decimal_for(report["workshop"]["language"]))


def pdf(document):
    # WeasyPrint is imported here: only a PDF needs it (and its system libraries).
    from weasyprint import HTML
    return HTML(string=html(document)).write_pdf()


def as_json(document):
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True)


def _cell(value):
    """A cell no spreadsheet will run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def as_csv(document):
    """One row per idea: its step, cluster and dots."""
    model = Report(document)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    with force_locale(document["workshop"]["language"]):
        header = [_("Step"), _("Step title"), _("Cluster"), _("Idea"), _("Dots")]
        if not model.anonymous:
            header.append(_("Author"))
    writer.writerow(header)
    for number, step in enumerate(model.steps, 1):
        if step["activity"] not in IDEA_ACTIVITIES:
            continue
        groups, loose = model.idea_groups(step)
        for title, ideas in [(g["title"], g["ideas"]) for g in groups] + [("", loose)]:
            for idea in ideas:
                row = [number, step["title"], title, idea["text"], idea["dots"]]
                if not model.anonymous:
                    row.append(idea["author"] or "")
                writer.writerow([_cell(value) for value in row])
    return buffer.getvalue()


def markdown(document):
    report = Report(document).build()
    w = report["workshop"]
    with force_locale(w["language"]):
        lines = [f"# {w['title']}", "", f"*{_('Workshop report')}*", ""]
        for label, value in ((_("Organisation"), w["organisation"]), (_("Date"), w["date"]),
                             (_("Facilitator"), w["facilitator_name"]),
                             (_("Participants"), report["participation"]["joined"])):
            if value:
                lines.append(f"- **{label}:** {value}")
        if report["goals"]:
            lines += ["", f"## {_('Goals of the day')}", ""] + [f"- {goal}" for goal in report["goals"]]
        lines += ["", f"## {_('Agenda')}", "", f"| # | {_('Step')} | {_('Planned')} | {_('Actual')} |",
                  "|---|---|---|---|"]
        for number, step in enumerate(report["agenda"], 1):
            lines.append(f"| {number} | {_md(step['title'])} | {step['planned'] or '–'} | "
                         f"{'–' if step['actual'] is None else step['actual']} |")
        lines += ["", f"## {_('What the group produced')}"]
        for number, step in enumerate(report["agenda"], 1):
            lines += ["", f"### {number}. {step['title']}", ""]
            if step["prompt"]:
                lines += [f"*{step['prompt']}*", ""]
            lines += _outcome_lines(step, decimal_for(w["language"]))
        lines += ["", f"## {_('Action plan')}", "", f"| {_('What')} | {_('Who')} | {_('By when')} | {_('Status')} |",
                  "|---|---|---|---|"]
        for action in report["actions"]:
            lines.append(f"| {_md(action['what'])} | {_md(action['who'])} | {_md(action['due'])} | "
                         f"{statuses()[action['status']]} |")
        p = report["participation"]
        lines += ["", f"## {_('Participation')}", "",
                  _("%(j)s people joined and %(c)s of them took part by writing, voting or answering. "
                    "%(i)s ideas, %(v)s dots.", j=p["joined"], c=p["contributed"], i=p["ideas"], v=p["votes"])]
    return "\n".join(lines) + "\n"


def _md(text):
    """Table-safe text: a pipe or a newline would break the row."""
    return (text or "").replace("|", "\\|").replace("\n", " ")


def _outcome_lines(step, decimal):
    o, kind = step["outcome"], step["activity"]
    if kind in IDEA_ACTIVITIES:
        lines = []
        for group in o["groups"]:
            lines.append(f"**{group['title']}** ({ngettext('%(num)s dot', '%(num)s dots', group['dots'])})")
            lines += [f"- {i['text']}" + (f" ({i['author']})" if i["author"] else "") for i in group["ideas"]]
        lines += [f"- {i['text']}" + (f" ({i['author']})" if i["author"] else "") for i in o["loose"]]
        return lines or [_("No ideas.")]
    if kind == "dot_vote":
        return [f"{n}. {item['text']} — {ngettext('%(num)s dot', '%(num)s dots', item['dots'])}"
                for n, item in enumerate(o["ranking"], 1)]
    if kind in ("scale", "feedback"):
        counts = ", ".join(f"{o['low'] + i}: {c}" for i, c in enumerate(o["counts"]))
        lines = [_("Answers: %(n)s", n=o["responses"]) + f" ({counts})"]
        if o["median"] is not None:
            lines.append(_("median %(m)s, average %(a)s", m=decimal(o["median"]), a=decimal(o["average"])))
        return lines + [f"> {text}" for text in o["texts"]]
    if kind == "consent":
        lines = []
        for r in o["rounds"]:
            outcome = outcomes()[r["outcome"]] if r["outcome"] else ""
            lines += [f"**{_('Round %(r)s', r=r['round'])}** {outcome}".rstrip(), ""]
            lines += [f"> {line}" for line in r["proposal"].splitlines()] + [""]
        return lines
    return []
