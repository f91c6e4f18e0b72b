"""The day in clock time: when each step is planned to start and end, and how far ahead or behind
the day runs against that plan.

The plan starts at the workshop's start time and lays the steps' planned durations (their time
boxes) end to end, breaks included, so a coffee break that takes its fifteen minutes is on time,
not overrun. How far behind the day is = when it will end if the rest goes by the plan, minus when
the plan ends. Times are minutes after midnight on the clock of the room; instants are seconds
since the epoch. Pure: no database, no Flask.
"""
import os
import re
from datetime import date as Date, datetime, time as Time
from zoneinfo import ZoneInfo

DEFAULT_START = 8 * 60 + 30
_CLOCK = re.compile(r"^\s*(\d{1,2})(?:[.:](\d{2}))?\s*$")


def timezone():
    """The room's time zone (FACILITATOR_TIMEZONE, default Europe/Helsinki): the day's clock times
    are the room's, whatever zone the server runs in."""
    return ZoneInfo(os.environ.get("FACILITATOR_TIMEZONE") or "Europe/Helsinki")


def parse_clock(text):
    """Minutes after midnight from "8.30", "8:30", "08.30" or "9"; None if it is not a time."""
    if isinstance(text, int) and not isinstance(text, bool):
        return text if 0 <= text < 24 * 60 else None
    match = _CLOCK.match(text) if isinstance(text, str) else None
    if not match:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2) or 0)
    return hours * 60 + minutes if hours < 24 and minutes < 60 else None


def clock_text(minutes, language="fi"):
    """"9.30" in Finnish, "9:30" in English (the caller adds "klo")."""
    minutes = round(minutes) % (24 * 60)
    separator = "." if language == "fi" else ":"
    return f"{minutes // 60}{separator}{minutes % 60:02d}"


def planned(step):
    return step["time_box_minutes"] or 0


def plan(start_minutes, agenda):
    """[(step, start, end)] in minutes after midnight, in agenda order."""
    rows, at = [], start_minutes
    for step in agenda:
        rows.append((step, at, at + planned(step)))
        at += planned(step)
    return rows


def day_of(agenda, now, zone):
    """The date the day runs on: the one its first step started on, or today before the start
    (a day run on another date than planned keeps its clock times)."""
    starts = [s["started_at"] for s in agenda if s["started_at"]]
    return datetime.fromtimestamp(min(starts) if starts else now, zone).date()


def instant(day, minutes, zone):
    """Seconds since the epoch of `minutes` after midnight on `day` in `zone`."""
    hours, rest = divmod(int(minutes), 60)
    return datetime.combine(day, Time(hours % 24, rest), zone).timestamp() + (minutes - int(minutes)) * 60


def projected_end(agenda, start_at, now):
    """When the day will end (seconds) if what is left goes by the plan: the current step takes at
    least its time box, the steps after it theirs. Steps stepped back over or skipped do not run."""
    current = next((s for s in agenda if s["state"] == "active"), None)
    if current is None:
        ended = [s["ended_at"] for s in agenda if s["ended_at"]]
        if ended:  # the day has ended
            return max(ended)
        return max(now, start_at) + sum(planned(s) for s in agenda) * 60
    end = max(now, (current["started_at"] or now) + planned(current) * 60)
    return end + sum(planned(s) for s in agenda if s["position"] > current["position"]
                     and s["state"] == "pending") * 60


def behind(agenda, start_minutes, now, zone=None):
    """Minutes the day runs behind its clock plan (negative: ahead)."""
    zone = zone or timezone()
    day = day_of(agenda, now, zone)
    start_at = instant(day, start_minutes, zone)
    planned_end = start_at + sum(planned(s) for s in agenda) * 60
    return (projected_end(agenda, start_at, now) - planned_end) / 60


def serialize(agenda, start_minutes, now, zone=None):
    """Each step's planned clock times for the pages: {step id: {start, end, start_at}} (minutes
    after midnight, and the planned start as an instant, so that a page can count what is left
    on the server's clock)."""
    zone = zone or timezone()
    day = day_of(agenda, now, zone)
    return {step["id"]: {"start": start, "end": end, "start_at": instant(day, start, zone)}
            for step, start, end in plan(start_minutes, agenda)}


def suggested_next_meeting(day, weeks=4):
    """The next meeting's date a closing suggests: a series meets every 3–6 weeks."""
    return Date.fromordinal(day.toordinal() + 7 * weeks)
