"""The interface strings of brainstorm's front end (static/*.js), translated for the
current request; web/activities.py puts them into every page's boot data."""
from flask_babel import gettext as _


def strings():
    return {
        "activity_brainstorm": _("Brainstorm"),
        "field_private": _("Silent writing: ideas stay hidden until you reveal them"),
        "private_note": _("Silent writing: the others see the ideas only after the facilitator reveals them."),
        "screen_private_hint": _("Write on your phone. The ideas come up here when the facilitator reveals them."),
    }
