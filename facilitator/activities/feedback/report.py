"""Feedback's report section: the distribution of the ratings, and the comments."""
from ...report.markdown import answer_lines as markdown  # noqa: F401  (the section's Markdown)


def result(model, step):
    return model.answer_figures(step)
