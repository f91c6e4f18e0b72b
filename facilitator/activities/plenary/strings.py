"""The interface strings of the plenary steps' front end (static/*.js), translated for the
current request; web/activities.py puts them into every page's boot data."""
from flask_babel import gettext as _


def strings():
    return {
        "activity_opening": _("Opening"),
        "activity_discussion": _("Discussion"),
        "activity_break": _("Break"),
        "activity_closing": _("Closing"),
        "plenary_programme": _("Programme"),
        "plenary_goals": _("Goals of the day"),
        "plenary_resumes": _("We continue at {time}"),
        "plenary_resumes_phone": _("Break. We continue at {time}."),
        "plenary_together": _("Nothing to do on your phone now: we work together in the room."),
        "plenary_next_meeting": _("Next meeting: {date}"),
        "plenary_next_meeting_label": _("Date of the next meeting"),
        "plenary_next_meeting_hint": _("A series meets every 3–6 weeks: {from}–{to}."),
        "plenary_next_meeting_save": _("Save the date"),
        "plenary_next_meeting_saved": _("The next meeting is saved."),
        "plenary_next_meeting_none": _("No date for the next meeting yet."),
        "plenary_thanks": _("Thank you for today!"),
    }
