"""Markdown pieces that several activity types' report sections share."""
from flask_babel import gettext as _, ngettext


def md(text):
    """Table-safe text: a pipe or a newline would break the row."""
    return (text or "").replace("|", "\\|").replace("\n", " ")


def idea_lines(o):
    """Ideas by cluster (see Report.ideas_by_cluster), most points first."""
    def line(idea):
        return f"- {idea['text']}" + (f" ({idea['author']})" if idea["author"] else "")
    lines = []
    for cluster in o["clusters"]:
        lines.append(f"**{cluster['title']}** ({ngettext('%(num)s dot', '%(num)s dots', cluster['dots'])})")
        lines += [line(i) for i in cluster["ideas"]]
    lines += [line(i) for i in o["unsorted"]]
    return lines or [_("No ideas.")]


def distribution_lines(o, decimal):
    counts = ", ".join(f"{o['low'] + i}: {c}" for i, c in enumerate(o["counts"]))
    lines = [_("Answers: %(n)s", n=o["responses"]) + f" ({counts})"]
    if o["median"] is not None:
        lines.append(_("median %(m)s, average %(a)s", m=decimal(o["median"]), a=decimal(o["average"])))
    return lines


def answer_lines(model, step, o, decimal):
    """An answer step's Markdown: the distribution, then the texts as quotes."""
    return distribution_lines(o, decimal) + [f"> {text}" for text in o.get("texts", [])]


def idea_rows(model, step, number):
    """CSV rows of an idea step: step number and title, cluster, idea, points (and author)."""
    clusters, unsorted = model.ideas_by_cluster(step)
    for title, ideas in [(c["title"], c["ideas"]) for c in clusters] + [("", unsorted)]:
        for idea in ideas:
            row = [number, step["title"], title, idea["text"], idea["dots"]]
            if not model.anonymous:
                row.append(idea["author"] or "")
            yield row
