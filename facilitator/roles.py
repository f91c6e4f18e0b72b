"""Who is who: the cookies that carry a role, read the same way by the pages and the live layer.

The facilitator holds the workshop's secret, a participant their own token, each in a cookie
named for the workshop; a phone may also carry the language it switched to.
"""
from .domain import participants, workshops


def facilitator_cookie(code):
    return f"facilitator_{code}"


def participant_cookie(code):
    return f"participant_{code}"


def language_cookie(code):
    return f"language_{code}"


def is_facilitator(workshop, cookies):
    return workshops.secret_matches(workshop, cookies.get(facilitator_cookie(workshop["code"])))


def participant_for(conn, workshop, cookies):
    """The participant whose token the cookies hold, or None."""
    return participants.by_token(conn, workshop["id"], cookies.get(participant_cookie(workshop["code"])))


def phone_language(workshop, cookies):
    """The language a participant chose for their phone, else the workshop's."""
    chosen = cookies.get(language_cookie(workshop["code"]))
    return chosen if chosen in workshops.LANGUAGES else workshop["language"]
