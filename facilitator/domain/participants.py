"""Participants: phones that joined a workshop, known by a secret token in a cookie."""
import secrets
import time

from sqlalchemy import bindparam, func, insert, select, update

from ..db import participants
from .errors import require
from .quotas import DEFAULT, check
from .text import NICKNAME_MAX, clean_text


def join(conn, workshop, nickname="", quotas=DEFAULT):
    """A new participant of `workshop`; refused with `locked` when the room is locked and with
    `quota` when it is full."""
    require(not workshop["locked"], "locked")
    nickname = clean_text(nickname or "", NICKNAME_MAX, required=False) or None
    check(count(conn, workshop["id"]), quotas.participants, "participants")
    token = secrets.token_urlsafe(24)
    conn.execute(insert(participants).values(
        workshop_id=workshop["id"], token=token, nickname=nickname, joined_at=time.time()))
    return by_token(conn, workshop["id"], token)


# Built once: read for every event (by id) and every connect (by token, and the count).
_BY_ID = select(participants).where(participants.c.id == bindparam("id"))
_BY_TOKEN = select(participants).where(participants.c.workshop_id == bindparam("workshop_id"),
                                       participants.c.token == bindparam("token"))
_COUNT = select(func.count()).select_from(participants).where(participants.c.workshop_id == bindparam("workshop_id"))


def by_token(conn, workshop_id, token):
    """The participant holding `token` in this workshop, or None."""
    if not isinstance(token, str) or not token:
        return None
    return conn.execute(_BY_TOKEN, {"workshop_id": workshop_id, "token": token}).mappings().first()


def count(conn, workshop_id):
    return conn.execute(_COUNT, {"workshop_id": workshop_id}).scalar_one()


def get(conn, participant_id):
    """The participant with this id, or None."""
    return conn.execute(_BY_ID, {"id": participant_id}).mappings().first()


def connected(conn, participant_id, delta):
    """Counts the phone's open connections; "present" (for pair work) means at least one."""
    conn.execute(update(participants).where(participants.c.id == participant_id)
                 .values(connections=participants.c.connections + delta))


def present(conn, workshop_id):
    return conn.execute(select(participants.c.id).where(
        participants.c.workshop_id == workshop_id, participants.c.connections > 0)
        .order_by(participants.c.id)).scalars().all()


def forget_connections(conn):
    """After a restart no phone is connected any more."""
    conn.execute(update(participants).values(connections=0))
