"""The plenary steps' report section: the closing records the next meeting; the others did their
work in the room and have nothing to add (result None: the agenda lists them, no section)."""
from flask_babel import gettext as _

from ...domain.dates import date_text
from ...report.markdown import md


def result(model, step):
    if step["activity"] != "closing" or not model.workshop.get("next_meeting"):
        return None
    return {"next_meeting": date_text(model.workshop["next_meeting"], model.workshop["language"])}


def markdown(model, step, result, decimal):
    if not result.get("next_meeting"):
        return []
    return [f"**{_('Next meeting')}:** {md(result['next_meeting'])}", ""]
