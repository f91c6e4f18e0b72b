"""The interface strings of questions with upvotes (static/*.js), translated for the current
request; web/activities.py puts them into every page's boot data."""
from flask_babel import gettext as _


def strings():
    return {
        "activity_questions": _("Questions"),
        "questions_field_moderated": _("Approve each question before it shows"),
        "questions_moderated_short": _("Questions approved first"),
        "questions_label": _("Your question"),
        "questions_placeholder": _("Ask a question. Nobody sees who asked."),
        "questions_send": _("Ask"),
        "questions_sent": _("Your question is sent."),
        "questions_waiting": _("Waiting for the facilitator's approval"),
        "questions_hidden_own": _("The facilitator did not put this question up."),
        "questions_yours": _("Your question"),
        "questions_heading": _("Questions ({count})"),
        "questions_none": _("No questions yet. Be the first to ask."),
        "questions_none_screen": _("No questions yet. Ask on your phone."),
        "questions_upvote": _("Upvote: {text}"),
        "questions_upvotes": _("{count} upvotes"),
        "questions_answered": _("Answered"),
        "questions_closed": _("Asking is closed. You can still see the questions."),
        "questions_hint": _("Tap the thumb on the questions you most want answered. Tap again to take it back."),
        "questions_screen_now": _("Ask and upvote on your phone"),
        "questions_now": _("Now"),
        "questions_queue": _("Waiting for approval ({count})"),
        "questions_queue_none": _("No questions are waiting."),
        "questions_approve": _("Show"),
        "questions_hide": _("Hide"),
        "questions_hidden_list": _("Hidden ({count})"),
        "questions_highlight": _("Show on screen"),
        "questions_unhighlight": _("Take off screen"),
        "questions_mark_answered": _("Mark answered"),
        "questions_mark_open": _("Mark not answered"),
        "questions_open": _("Open asking"),
        "questions_close": _("Close asking"),
        "questions_summary": _("{questions} questions, {voters} people upvoted"),
    }


def quotas():
    """What the phone is told when a `quota` refusal names one of this type's limits."""
    return {
        "questions_per_participant": lambda n: _("You have asked %(limit)s questions in this step, the most one person can.",
                                                 limit=n),
        "questions_per_step": lambda n: _("This step is full: it holds at most %(limit)s questions.", limit=n),
    }
