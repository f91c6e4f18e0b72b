"""Workshops: creation, look-up by join code, the room lock and the timer."""
import hmac
import re
import secrets
import time

from sqlalchemy import bindparam, insert, select, update

from ..db import workshops
from . import clock
from .changes import bump
from .dates import date_text, parse_date
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
        # As the form's reader types it (12.3.2026), or ISO (an export, a script).
        day = parse_date(date) if isinstance(date, str) else None
        require(day is not None, "bad_payload", field="date")
        details["date"] = day.isoformat()
    return details


def create(conn, *, title, organisation="", date=None, language="fi", anonymous=True, facilitator_name=""):
    """A new workshop with no steps; returns its row."""
    values = clean_details(title, organisation, date, language, facilitator_name)
    values.update(code=new_code(conn), secret=secrets.token_urlsafe(24), anonymous=bool(anonymous),
                  created_at=time.time())
    workshop_id = conn.execute(insert(workshops).values(**values)).inserted_primary_key[0]
    return get(conn, workshop_id)


# Read for every event a phone sends: built once (a statement built per call cost three times
# what running it does).
_BY_ID = select(workshops).where(workshops.c.id == bindparam("id"))
_BY_CODE = select(workshops).where(workshops.c.code == bindparam("code"))  # every connect


def get(conn, workshop_id):
    row = conn.execute(_BY_ID, {"id": workshop_id}).mappings().first()
    require(row is not None, "not_found")
    return row


def by_code(conn, code):
    """The workshop with this join code, or None."""
    code = normalise_code(code)
    if code is None:
        return None
    return conn.execute(_BY_CODE, {"code": code}).mappings().first()


def secret_matches(workshop, secret):
    return isinstance(secret, str) and hmac.compare_digest(workshop["secret"], secret)


def public(workshop):
    """What every audience may know of the workshop (the pages know where phones join)."""
    return {
        "code": workshop["code"], "title": workshop["title"], "organisation": workshop["organisation"],
        "date": workshop["date"], "language": workshop["language"], "anonymous": workshop["anonymous"],
        # The date as the room reads it (12.3.2026), so that no page formats dates its own way.
        "date_text": date_text(workshop["date"], workshop["language"]) if workshop["date"] else None,
        "locked": workshop["locked"], "started": workshop["started"],
        "current_step_id": workshop["current_step_id"], "goals": workshop["goals"],
        "blanked": bool(workshop["blanked"]),
        "start_minutes": workshop["start_minutes"], "next_meeting": workshop["next_meeting"],
    }


def set_goals(conn, workshop_id, goals):
    """The day's goals, one per line, shown on the projector and in the report."""
    goals = clean_text(goals or "", 1000, required=False)
    conn.execute(update(workshops).where(workshops.c.id == workshop_id).values(goals=goals))
    return bump(conn, workshop_id, "workshop", {"workshop": public(get(conn, workshop_id))})


def _set(conn, workshop_id, **values):
    conn.execute(update(workshops).where(workshops.c.id == workshop_id).values(**values))
    return bump(conn, workshop_id, "workshop", {"workshop": public(get(conn, workshop_id))})


def set_start(conn, workshop_id, start):
    """When the day starts: "8.30", "8:30" or minutes after midnight; the clock plan moves with it
    (the steps' clock times are in the agenda's change)."""
    minutes = clock.parse_clock(start)
    require(minutes is not None, "bad_time", field="start_time")
    return _set(conn, workshop_id, start_minutes=minutes)


def set_next_meeting(conn, workshop_id, day):
    """The next meeting's date (typed as d.m.yyyy or ISO from the date field), or None to clear it."""
    value = None
    if day:
        parsed = parse_date(day) if isinstance(day, str) else None
        require(parsed is not None, "bad_payload", field="next_meeting")
        value = parsed.isoformat()
    return _set(conn, workshop_id, next_meeting=value)


def set_locked(conn, workshop_id, locked):
    return _set(conn, workshop_id, locked=locked)


def set_blanked(conn, workshop_id, blanked):
    """The projector's pause screen on or off (a presenter's B key)."""
    require(isinstance(blanked, bool), "bad_payload", field="blank")
    return _set(conn, workshop_id, blanked=blanked)


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
