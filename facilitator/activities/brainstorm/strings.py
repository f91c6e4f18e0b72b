"""The interface strings of brainstorm's front end (static/*.js), translated for the
current request; web/activities.py puts them into every page's boot data."""
from flask_babel import gettext as _


def strings():
    return {
        "activity_brainstorm": _("Brainstorm"),
        "field_private": _("Silent writing: ideas stay hidden until you reveal them"),
        "field_named": _("Names shown in this step: each idea with its writer's nickname"),
        "ideas_named": _("Names shown"),
        "named_note": _("Names are shown in this step: your nickname goes with each idea you write, on the screen "
                        "and in the report."),
        "private_note": _("Silent writing: the others see the ideas only after the facilitator reveals them."),
        "screen_private_hint": _("Write on your phone. The ideas come up here when the facilitator reveals them."),
    }
