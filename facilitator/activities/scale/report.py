"""The scale's report section: the distribution of the answers."""
from ...report.markdown import answer_lines as markdown  # noqa: F401  (the section's Markdown)


def result(model, step):
    return model.answer_figures(step)
