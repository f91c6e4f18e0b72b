"""The interface strings of the word cloud (static/*.js), translated for the current request;
web/activities.py puts them into every page's boot data."""
from flask_babel import gettext as _


def strings():
    return {
        "activity_word_cloud": _("Word cloud"),
        "cloud_label": _("Word cloud"),
        "cloud_sent": _("Your words are sent."),
        "cloud_send": _("Send"),
        "cloud_change": _("Change my words"),
        "cloud_word_label": _("Word or phrase {number}"),
        "cloud_optional": _("(optional)"),
        "cloud_words_label": _("One to three words or short phrases"),
        "cloud_yours": _("Your words: {words}. You can change them while answers are open."),
        "cloud_heading": _("The cloud ({count} answered)"),
        "cloud_empty": _("No words yet."),
        "cloud_hint": _("Write what comes to mind first: one word is enough."),
        "cloud_screen_now": _("Send your words from your phone"),
        "cloud_screen_empty": _("The words appear here as they come."),
        "cloud_answers": _("{count} answered"),
        "cloud_field_hidden": _("Keep the cloud hidden until I reveal it"),
        "cloud_hidden_short": _("Hidden until revealed"),
        "cloud_words_heading": _("Words ({count})"),
        "cloud_hide": _("Hide"),
        "cloud_hide_label": _("Hide from the cloud: {word}"),
        "cloud_hidden_heading": _("Taken out ({count})"),
        "cloud_show": _("Put back"),
        "cloud_show_label": _("Put back in the cloud: {word}"),
    }
