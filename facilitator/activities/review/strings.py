"""The interface strings of the series review's front end (static/*.js), translated for the
current request; web/activities.py puts them into every page's boot data."""
from flask_babel import gettext as _


def strings():
    return {
        "activity_review": _("Review of last time"),
    }
