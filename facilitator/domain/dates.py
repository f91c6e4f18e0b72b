"""Dates as the workshop's language writes them, and as people type them.

Stored dates are ISO (2026-03-12); everything shown is the reader's: 12.3.2026 in Finnish, 12 Mar
2026 in English. A typed date is taken as d.m.yyyy (12.3.2026, also 12.3. or 12/3/2026 and ISO),
so the form, the action plan's due dates and the report agree.
"""
import re
from datetime import date as Date

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAY_MONTH_YEAR = re.compile(r"^\s*(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]?\s*(\d{4})?\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
_DAY_MONTH_NAME = re.compile(r"^\s*(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\s*$")


def date_text(day, language="fi"):
    """`day` (a date or an ISO string) as the language writes it: 12.3.2026, or 12 Mar 2026."""
    if isinstance(day, str):
        day = Date.fromisoformat(day)
    if language == "fi":
        return f"{day.day}.{day.month}.{day.year}"
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def parse_date(text, this_year=None):
    """The date typed as d.m.yyyy (or d.m. in `this_year`, d/m/yyyy, ISO, or 12 Mar 2026), or
    None if `text` is not a date. Raises nothing."""
    match = _ISO.match(text or "")
    try:
        if match:
            return Date(int(match[1]), int(match[2]), int(match[3]))
        match = _DAY_MONTH_YEAR.match(text or "")
        if match and (match[3] or this_year):
            return Date(int(match[3] or this_year), int(match[2]), int(match[1]))
        match = _DAY_MONTH_NAME.match(text or "")
        if match and match[2].capitalize() in MONTHS_EN:
            return Date(int(match[3]), MONTHS_EN.index(match[2].capitalize()) + 1, int(match[1]))
    except ValueError:  # 31.2.2026
        return None
    return None


def as_shown(text, language, this_year=None):
    """A free text that may be a date (an action's "by when"): the date in the language's form if
    it is one, else the text as written ("syksyllä", "ennen joulua")."""
    day = parse_date(text, this_year)
    return date_text(day, language) if day else (text or "")
