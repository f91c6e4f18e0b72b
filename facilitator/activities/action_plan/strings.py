"""The interface strings of the action plan (also the series review's: it shows the actions the same way)'s front end (static/*.js), translated for the
current request; web/activities.py puts them into every page's boot data."""
from flask_babel import gettext as _


def strings():
    return {
        "activity_action_plan": _("Action plan"),
        "field_seed_actions": _("Top-voted items to start the plan from"),
        "action_status": _("Status"),
        "action_add": _("Add action"),
        "action_none": _("No actions yet. Add the first one below."),
        "action_what_placeholder": _("What do we do?"),
        "action_due_placeholder": _("e.g. 30 Nov 2026"),
        "actions_heading": _("Actions"),
        "actions_hint": _("Tap “I'll join in” on the actions you want to help with."),
        "actions_named": _("Joining in is not anonymous: your nickname {name} shows with the action, on the screen "
                           "and in the report."),
        "actions_named_no_nickname": _("Joining in is not anonymous: the others see that someone joined in. Without a "
                                       "nickname your name does not show; tell the facilitator who you are."),
        "actions_empty": _("No actions yet. They appear here as the facilitator writes them."),
        "action_what": _("What"),
        "action_who": _("Who"),
        "action_due": _("By when"),
        "action_volunteers": _("Joining in"),
        "action_who_value": _("Who: {who}"),
        "action_due_value": _("Due: {due}"),
        "action_volunteer_count": _("Joining in: {count}"),
        "action_join": _("I'll join in"),
        "action_joined": _("You're in"),
        "action_join_label": _("I'll join in: {what}"),
        "action_leave_label": _("You're in: {what}. Tap to step back."),
        "status_not_started": _("Not started"),
        "status_in_progress": _("In progress"),
        "status_done": _("Done"),
        "status_dropped": _("Dropped"),
    }
