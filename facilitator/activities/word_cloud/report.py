"""The word cloud's report section: the cloud as an image (SVG, the projector's layout) and the
words with how many gave each, counted as the live result counts them (result.py)."""
from flask_babel import gettext as _

from ...report.markdown import md
from .result import figures


def result(model, step):
    answers = [a["words"] for a in model.rows("word_cloud_answers", step)]
    hidden = [h["word"] for h in model.rows("word_cloud_hidden", step)]
    return figures(answers, model.workshop["language"], hidden)


def contributors(model):
    return {a["participant_id"] for a in model.rows("word_cloud_answers")}


def markdown(model, step, o, decimal):
    return [_("%(n)s people answered.", n=o["responses"]), ""] + [f"- {md(w['word'])} ({w['count']})" for w in o["words"]]


def csv_rows(model, step, number):
    """One row per word: step, title, the word (in the idea column), how many gave it (in the
    dots column)."""
    return [[number, step["title"], "", w["word"], w["count"]] for w in result(model, step)["words"]]
