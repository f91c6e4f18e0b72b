"""The interface strings of the scale's front end (static/*.js), translated for the
current request; web/activities.py puts them into every page's boot data."""
from flask_babel import gettext as _


def strings():
    return {
        "activity_scale": _("Scale"),
        "answer_label": _("Answer {value}"),
        "no_answer_given": _("You did not answer this one."),
        "scale_hint": _("Tap a number from 0 to 10. You can change it while the question is open."),
        "scale_your_answer": _("Your answer: {value}"),
        "scale_choose": _("Choose a number"),
        "scale_step_up": _("What would one step up look like?"),
        "scale_step_up_hint": _("Think of one small, concrete sign that would tell us we have moved up by one."),
        "screen_answer_scale": _("Answer on your phone: 0 to 10"),
    }
