"""The interface strings of clustering's front end (static/*.js), translated for the
current request; web/activities.py puts them into every page's boot data."""
from flask_babel import gettext as _


def strings():
    return {
        "activity_cluster": _("Clustering"),
        "clustering_text": _("The facilitator is clustering the ideas. Watch the clusters form here or on the screen."),
        # Suggested themes (themes.js)
        "themes_heading": _("Suggested themes"),
        "themes_hint": _("Groups of ideas that share words (marked). Accept one to make it a cluster, edit its title first, or dismiss it."),
        "themes_none": _("No suggestions now: the unsorted ideas share no words. Group them by hand below."),
        "themes_refresh": _("Suggest again"),
        "theme_title_label": _("Title of suggested theme {number}"),
        "theme_accept": _("Accept"),
        "theme_dismiss": _("Dismiss"),
        "theme_accepted": _("Cluster {title} made with {count} ideas."),
        "merge_question": _("Merge? These two say nearly the same."),
        "merge_accept": _("Merge"),
        "merge_dismiss": _("Keep both"),
        "merged": _("Merged: the second idea is hidden from the room."),
        # Picking and moving several ideas (picking.js, moves.js)
        "pick_bar_label": _("Selected ideas"),
        "pick_hint": _("Select ideas with their boxes, Ctrl-click or Space."),
        "picked_count": _("Selected: {count}"),
        "pick_move_label": _("Move the selected ideas to"),
        "pick_move": _("Move"),
        "pick_clear": _("Clear selection"),
        "pick_one": _("Select"),
        "pick_idea": _("Select idea: {text}"),
        "pick_keys": _("Keys: Space selects, Shift+Space selects a range, M opens the menu, 1–9 moves to that cluster, 0 back to not grouped, Ctrl+Z undoes."),
        "cluster_moved": _("{count} moved to {title}."),
        "cluster_undo": _("Undo last move"),
        "cluster_undo_hint": _("Puts the ideas of the last move back where they were (Ctrl+Z)"),
        "cluster_undone": _("The last move was undone."),
    }
