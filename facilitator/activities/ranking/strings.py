"""The interface strings of the ranking (static/*.js), translated for the current request;
web/activities.py puts them into every page's boot data."""
from flask_babel import gettext as _


def strings():
    return {
        "activity_ranking": _("Ranking"),
        "ranking_field_count": _("Items from the step before"),
        "ranking_count_short": _("Up to {count} from the step before, or typed in"),
        "ranking_place_count": _("Place {place}: {count}"),
        "ranking_none": _("No rankings yet."),
        "ranking_point": _("{count} point"),
        "ranking_points": _("{count} points"),
        "ranking_sent": _("Your ranking is sent. To change it, start over."),
        "ranking_sent_short": _("Sent"),
        "ranking_picked": _("{text} is number {place}"),
        "ranking_complete": _("Your order is complete. Send it from below."),
        "ranking_next_choice": _("Tap your choice number {place}"),
        "ranking_first_choice": _("Tap what matters most first"),
        "ranking_undo": _("Undo"),
        "ranking_clear": _("Start over"),
        "ranking_send": _("Send my ranking"),
        "ranking_waiting": _("The options come soon."),
        "ranking_hint": _("Tap the options in order of importance, the most important first."),
        "ranking_closed": _("Ranking is closed."),
        "ranking_legend": _("{count} people ranked. The first place gives the most points; the cells show how often "
                            "each option got each place."),
        "ranking_screen_now": _("Rank on your phone"),
        "ranking_screen_wait": _("Ranking opens soon"),
        "ranking_option_placeholder": _("A new option"),
        "ranking_add": _("Add"),
        "ranking_options_heading": _("Options ({count})"),
        "ranking_remove": _("Remove {text}"),
        "ranking_no_options": _("No options yet: type them in."),
        "ranking_locked": _("The options stay as they are now that people have ranked them."),
        "ranking_ranked_of": _("Ranked: {count} of {participants} joined"),
    }


def quotas():
    """What the console is told when a `quota` refusal names one of this type's limits."""
    return {"ranking_options": lambda n: _("A ranking holds at most %(limit)s options.", limit=n)}
