"""Workshops: creation, look-up by join code, the room lock and the timer."""
import hmac
import re
import secrets
import time
from datetime import date as Date

from sqlalchemy import insert, select, update

from ..db import workshops
from . import clock
from .changes import bump
from .errors import DomainError, require
from .text import clean_text, whole_number

# Easy to read aloud and to type on a phone: no 0/O, 1/I/L, 2/Z, 5/S, 8/B.
CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
CODE_LENGTH = 6
LANGUAGES = ("fi", "en")
_CODE = re.compile(f"[{CODE_ALPHABET}]{{{CODE_LENGTH}}}")


def normalise_code(text):
    """The code as stored, or None if `text` cannot be one."""
    code = (text or "").strip().upper().replace(" ", "").replace("-", "")
    return code if _CODE.fullmatch(code) else None


def new_code(conn):
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if conn.execute(select(workshops.c.id).where(workshops.c.code == code)).first() is None:
            return code


def clean_details(title, organisation="", date=None, language="fi", facilitator_name=""):
    """The checked fields of a new workshop; DomainError names the first bad one."""
    def field(name, value, required=False):
        try:
            return clean_text(value or "", 120, required=required)
        except DomainError as error:
            raise DomainError(error.code, field=name, **error.params) from None

    details = {
        "title": field("title", title, required=True),
        "organisation": field("organisation", organisation),
        "facilitator_name": field("facilitator_name", facilitator_name),
        "language": language,
        "date": None,
    }
    require(language in LANGUAGES, "bad_payload", field="language")
    if date:
        try:
            details["date"] = Date.fromisoformat(date).isoformat()
        except (TypeError, ValueError):
            raise DomainError("bad_payload", field="date") from None
    return details


def create(conn, *, title, organisation="", date=None, language="fi", anonymous=True, facilitator_name=""):
    """A new workshop with no steps; returns its row."""
    values = clean_details(title, organisation, date, language, facilitator_name)
    values.update(code=new_code(conn), secret=secrets.token_urlsafe(24), anonymous=bool(anonymous),
                  created_at=time.time())
    workshop_id = conn.execute(insert(workshops).values(**values)).inserted_primary_key[0]
    return get(conn, workshop_id)


def get(conn, workshop_id):
    row = conn.execute(select(workshops).where(workshops.c.id == workshop_id)).mappings().first()
    require(row is not None, "not_found")
    return row


def by_code(conn, code):
    """The workshop with this join code, or None."""
    code = normalise_code(code)
    if code is None:
        return None
    return conn.execute(select(workshops).where(workshops.c.code == code)).mappings().first()


def secret_matches(workshop, secret):
    return isinstance(secret, str) and hmac.compare_digest(workshop["secret"], secret)


def public(workshop):
    """What every audience may know of the workshop (the pages know where phones join)."""
    return {
        "code": workshop["code"], "title": workshop["title"], "organisation": workshop["organisation"],
        "date": workshop["date"], "language": workshop["language"], "anonymous": workshop["anonymous"],
        "locked": workshop["locked"], "started": workshop["started"],
        "current_step_id": workshop["current_step_id"], "goals": workshop["goals"],
        "start_minutes": workshop["start_minutes"], "next_meeting": workshop["next_meeting"],
    }


def set_goals(conn, workshop_id, goals):
    """The day's goals, one per line, shown on the projector and in the report."""
    goals = clean_text(goals or "", 1000, required=False)
    conn.execute(update(workshops).where(workshops.c.id == workshop_id).values(goals=goals))
    return bump(conn, workshop_id, "workshop", {"workshop": public(get(conn, workshop_id))})


def set_start(conn, workshop_id, start):
    """When the day starts: "8.30", "8:30" or minutes after midnight; the clock plan moves with it
    (the steps' clock times are in the agenda's change)."""
    minutes = clock.parse_clock(start)
    require(minutes is not None, "bad_time", field="start_time")
    conn.execute(update(workshops).where(workshops.c.id == workshop_id).values(start_minutes=minutes))
    return bump(conn, workshop_id, "workshop", {"workshop": public(get(conn, workshop_id))})


def set_next_meeting(conn, workshop_id, day):
    """The next meeting's date (ISO from the date field), or None to clear it."""
    value = None
    if day:
        try:
            value = Date.fromisoformat(day).isoformat() if isinstance(day, str) else None
        except ValueError:
            value = None
        require(value is not None, "bad_payload", field="next_meeting")
    conn.execute(update(workshops).where(workshops.c.id == workshop_id).values(next_meeting=value))
    return bump(conn, workshop_id, "workshop", {"workshop": public(get(conn, workshop_id))})


def set_locked(conn, workshop_id, locked):
    conn.execute(update(workshops).where(workshops.c.id == workshop_id).values(locked=locked))
    return bump(conn, workshop_id, "workshop", {"workshop": public(get(conn, workshop_id))})


def timer(workshop):
    ends_at = workshop["timer_ends_at"]
    return {"running": ends_at is not None, "ends_at": int(ends_at * 1000) if ends_at else None,
            "seconds": workshop["timer_seconds"]}


def _timer_change(conn, workshop_id):
    return bump(conn, workshop_id, "timer", {"timer": timer(get(conn, workshop_id)),
                                             "server_time": int(time.time() * 1000)})


def start_timer(conn, workshop_id, seconds):
    seconds = whole_number(seconds, "seconds", 1, 7200)
    conn.execute(update(workshops).where(workshops.c.id == workshop_id)
                 .values(timer_ends_at=time.time() + seconds, timer_seconds=seconds))
    return _timer_change(conn, workshop_id)


def stop_timer(conn, workshop_id):
    conn.execute(update(workshops).where(workshops.c.id == workshop_id).values(timer_ends_at=None))
    return _timer_change(conn, workshop_id)
