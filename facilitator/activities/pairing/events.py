"""Pair work's socket events (see live/events.py)."""
from ...live.events import FACILITATOR, changed, event
from . import domain


@event("pairs.shuffle", FACILITATOR)
def shuffle_pairs(ctx, p):
    return changed(domain.shuffle(ctx.conn, ctx.workshop))
