"""Error codes from docs/protocol.md in the workshop's language."""
from functools import lru_cache

from flask_babel import gettext as _

from .. import activities

MESSAGES = {
    "bad_payload": lambda p: _("The request was not understood (%(field)s).", field=p.get("field", "?")),
    "forbidden": lambda p: _("You are not allowed to do that."),
    "not_found": lambda p: _("That is no longer here."),
    "empty": lambda p: _("Write something first."),
    "too_long": lambda p: _("That is too long: at most %(limit)s characters.", limit=p.get("limit")),
    "closed": lambda p: _("Submissions are closed for this step."),
    "wrong_step": lambda p: _("That is not possible in the current step."),
    "over_budget": lambda p: _("You have used all your dots."),
    "over_item_limit": lambda p: _("You cannot put more dots on this one."),
    "locked": lambda p: _("Joining is locked: no new participants."),
    "unknown_event": lambda p: _("Unknown request."),
    "nothing_to_undo": lambda p: _("There is no move left to undo."),
    "internal": lambda p: _("Something went wrong on the server. Please try again."),
    "rate_limited": lambda p: _("Too many at once: please wait %(seconds)s seconds.", seconds=p.get("retry_after", 1)),
    "quota": lambda p: _quotas().get(p.get("what"), QUOTAS["ideas_per_step"])(p.get("limit")),
    "bad_time": lambda p: _("Write the time as hours and minutes, for example 8.30."),
    "bad_minimum": lambda p: _("The shortest time cannot be longer than the time box."),
    # Refused connections (connect_error): retrying cannot help.
    "unknown_workshop": lambda p: _("No workshop with that code."),
    "not_participant": lambda p: _("This phone is not in the workshop any more. Join again with the code."),
    "not_facilitator": lambda p: _("This page is for the facilitator: open it with the facilitator link."),
    "bad_request": lambda p: _("The connection request was not understood."),
}


QUOTAS = {
    "ideas_per_participant": lambda n: _("You have written %(limit)s ideas in this step, the most one person can.", limit=n),
    "ideas_per_step": lambda n: _("This step is full: it holds at most %(limit)s ideas.", limit=n),
    "participants": lambda n: _("The workshop is full: at most %(limit)s participants.", limit=n),
}


@lru_cache(maxsize=1)
def _quotas():
    """Every limit a `quota` refusal may name, in words: the core's own and those each activity
    type's strings module names (`quotas()`), gathered once."""
    found = dict(QUOTAS)
    for kind in activities.all_types():
        strings = kind.module("strings")
        found.update(strings.quotas() if hasattr(strings, "quotas") else {})
    return found


def error_message(code, params=None):
    return MESSAGES.get(code, MESSAGES["internal"])(params or {})
