"""The consent round's socket events (see live/events.py)."""
from ...live.events import FACILITATOR, changed, event
from . import domain


@event("consent.amend", FACILITATOR)
def amend_proposal(ctx, p):
    return changed(*domain.amend(ctx.conn, ctx.workshop, p.get("proposal")), tally=True)


@event("consent.decide", FACILITATOR)
def decide_consent(ctx, p):
    return changed(*domain.decide(ctx.conn, ctx.workshop, p.get("outcome")), tally=True)
