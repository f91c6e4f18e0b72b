"""Markdown pieces that several activity types' report sections share. Every text a person
wrote goes through `md()`: a report opened in a viewer that renders HTML must not run it."""
import re

from flask_babel import gettext as _, ngettext


# What would turn user text into markup: emphasis, code, links and images ("[", so that no "](" can
# follow), table cells. Raw HTML goes as entities. Every user text stands behind a prefix ("- ",
# "> ", "| ", "### 1. "), so "#", "-" and "+" cannot start a heading or a list and stay as typed.
_SPECIAL = re.compile(r"([\\`*_\[\]|])")


def md(text):
    """User text as plain text in Markdown: no raw HTML (<, > and & become entities), no link,
    image, emphasis or table cell of its own (their characters are escaped), one line."""
    plain = (str(text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
             .replace("\r", " ").replace("\n", " "))
    return _SPECIAL.sub(r"\\\1", plain)


def md_lines(text, prefix=""):
    """A multi-line user text (a proposal) as escaped lines, each behind `prefix` (e.g. "> ")."""
    return [prefix + md(line) for line in str(text or "").splitlines()]


def idea_lines(o):
    """Ideas by cluster (see Report.ideas_by_cluster), most points first."""
    def line(idea):
        return f"- {md(idea['text'])}" + (f" ({md(idea['author'])})" if idea["author"] else "")
    lines = []
    for cluster in o["clusters"]:
        lines.append(f"**{md(cluster['title'])}** ({ngettext('%(num)s dot', '%(num)s dots', cluster['dots'])})")
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
    return distribution_lines(o, decimal) + [f"> {md(text)}" for text in o.get("texts", [])]


def idea_rows(model, step, number):
    """CSV rows of an idea step: step number and title, cluster and the dots it got, idea and the
    dots it got itself (and author). Dots given to a cluster stay the cluster's: its ideas show
    none of their own rather than a 0 each."""
    clusters, unsorted = model.ideas_by_cluster(step)
    for cluster, ideas in [(c, c["ideas"]) for c in clusters] + [(None, unsorted)]:
        for idea in ideas:
            row = [number, step["title"], cluster["title"] if cluster else "", cluster["dots"] if cluster else "",
                   idea["text"], "" if cluster else idea["dots"]]
            if not model.anonymous:
                row.append(idea["author"] or "")
            yield row
