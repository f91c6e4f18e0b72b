"""The ranking's socket events (see live/events.py and docs/protocol.md)."""
from ...live.events import FACILITATOR, PARTICIPANT, changed, event
from . import domain


@event("ranking.submit", PARTICIPANT, batched=True)
def submit(ctx, p):
    order = domain.submit(ctx.conn, ctx.workshop, ctx.participant(), p.get("order"), p.get("step_id"))
    return changed(tally=True, order=order)


@event("ranking.add_option", FACILITATOR)
def add_option(ctx, p):
    return changed(domain.add_option(ctx.conn, ctx.workshop, p.get("text")), tally=True)


@event("ranking.remove_option", FACILITATOR)
def remove_option(ctx, p):
    return changed(domain.remove_option(ctx.conn, ctx.workshop, p.get("option_id")), tally=True)
