"""Checks for the text and identifiers that clients send."""
import re

from .errors import DomainError, require

IDEA_MAX = 280
CLUSTER_TITLE_MAX = 80
STEP_TITLE_MAX = 120
PROMPT_MAX = 500
NICKNAME_MAX = 40
_CLIENT_ID = re.compile(r"[A-Za-z0-9_-]{8,64}")
# Database ids are positive 64-bit integers; a larger number must be refused before SQL sees it.
ID_MAX = 2**63 - 1
# NUL and the C0 controls but tab, newline and carriage return: never typed by a person.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value, limit, *, required=True):
    """The trimmed text, or DomainError `bad_payload`, `empty` or `too_long`."""
    if not isinstance(value, str) or _CONTROL.search(value) or not _encodable(value):
        raise DomainError("bad_payload", field="text")
    text = value.strip()
    require(text or not required, "empty")
    require(len(text) <= limit, "too_long", limit=limit)
    return text


def _encodable(value):
    """False for text with a lone surrogate (valid JSON, but no UTF-8 database can store it)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def identifier(value, field):
    """A database id sent by a client: a whole number in the ids' range."""
    return whole_number(value, field, 1, ID_MAX)


def client_id(value):
    require(isinstance(value, str) and _CLIENT_ID.fullmatch(value), "bad_payload", field="client_id")
    return value


def whole_number(value, field, low, high):
    # bool is an int in Python; a client sending true for a number is still wrong.
    require(isinstance(value, int) and not isinstance(value, bool), "bad_payload", field=field)
    require(low <= value <= high, "bad_payload", field=field)
    return value
