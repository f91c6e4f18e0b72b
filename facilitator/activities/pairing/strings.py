"""The interface strings of pair work's front end (static/*.js), translated for the
current request; web/activities.py puts them into every page's boot data."""
from flask_babel import gettext as _

from ...web.strings import plural


def strings():
    return {
        "activity_pairing": _("Pair work"),
        "field_group_size": _("Group size"),
        "field_merge_previous": _("Make fours of the previous pairs (1-2-4-All)"),
        "pairs_round": plural("Round {round}: {count} group", "Round {round}: {count} groups"),
        "field_talk_only": _("Talk only: nothing is written down"),
        "pair_talk_only": _("Talk it over with your pair. Nothing is written down or goes into the report."),
        "pairs_none": _("No groups yet: they are formed from the phones present."),
        "pairs_shuffle": _("New pairs"),
        "pairs_shuffle_confirm": _("Everyone gets a new pair and the {count} groups of round {round} are broken up. "
                                   "Make new pairs?"),
        "pairs_group": _("Group {number}"),
        "pairs_unnamed": _("{count} without a name"),
        "pairs_people": plural("{count} person", "{count} people"),
        "pair_number": _("Pair {number}"),
        "group_number": _("Group {number}"),
        "pair_with": _("with {names}"),
        "pair_find": _("Find the others with the same mark and number."),
        "pair_finding": _("Finding you a pair…"),
        "pair_alone": _("You have no pair this round: the facilitator will put you with a pair or a group."),
        "pair_round": _("Round {round}"),
        "pair_ideas_heading": _("Write down your pair's ideas"),
        "pair_idea_placeholder": _("Your pair's idea…"),
        "pair_new_round": _("New pairs: {label}"),
        "screen_pairs_find": _("Find your pair: the same mark and number"),
        "screen_groups_find": _("Find your group: the same mark and number"),
        "screen_pairs_waiting": _("The pairs are being formed…"),
    }
