"""The interface strings of feedback's front end (static/*.js), translated for the
current request; web/activities.py puts them into every page's boot data."""
from flask_babel import gettext as _


def strings():
    return {
        "activity_feedback": _("Feedback"),
        "feedback_rating": _("Your rating"),
        "feedback_star_label": _("{value} of 5"),
        "feedback_comment_label": _("Comment (optional)"),
        "feedback_comment_placeholder": _("What worked, what would you change?"),
        "feedback_anonymous": _("Your feedback is anonymous."),
        "feedback_send": _("Send feedback"),
        "feedback_update": _("Update feedback"),
        "feedback_thanks": _("Thank you for your feedback! You can still change it."),
        "feedback_pick": _("Pick a rating first."),
        "screen_feedback_now": _("Rate on your phone from 1 to 5. It's anonymous."),
    }
