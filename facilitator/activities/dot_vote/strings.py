"""The interface strings of the dot vote's front end (static/*.js), translated for the
current request; web/activities.py puts them into every page's boot data."""
from flask_babel import gettext as _

from ...web.strings import plural


def strings():
    return {
        "activity_dot_vote": _("Dot vote"),
        "single_ideas": _("Ideas on their own"),
        "cluster_idea_count": _("Ideas: {count}"),
        "and_more": plural("+ {count} more", "+ {count} more"),
        "vote_heading": _("Spend your dots"),
        "your_dots_heading": _("Your dots"),
        "vote_hint": _("Tap + to give a dot to what matters most. At most {max} dots per item."),
        "vote_add_label": _("Give a dot to: {title}"),
        "vote_remove_label": _("Take a dot back from: {title}"),
        "your_dots": _("Your dots: {count}"),
        "dots_left": _("Dots left: {left} of {total}"),
        "dots_sent": _("Your dots are sent"),
        "dots_all_spent": _("All your dots are spent. You can still move them."),
        "vote_nothing": _("There is nothing to vote on yet."),
        "voting_closed": _("Voting is closed. The results come soon."),
        "results_heading": _("Results"),
        "results_none": _("No dots yet."),
        "place": _("{place}."),
        "place_shared": _("shared {place}."),
        "vote_options_short": plural("{dots} dot, at most {max} per item", "{dots} dots, at most {max} per item"),
        "field_dots": _("Dots per person"),
        "field_max_per_item": _("Max dots per item"),
        "dots_spent": _("Dots spent: {count}"),
        "voters_of": _("Voted: {voters} of {participants} joined"),
        "vote_nothing_facilitator": _("Nothing to vote on: the brainstorm before this step has no ideas."),
        "screen_vote_now": plural("Vote on your phone: {dots} dot each", "Vote on your phone: {dots} dots each"),
    }
