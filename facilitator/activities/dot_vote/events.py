"""The dot vote's socket events (see live/events.py)."""
from ...live.events import PARTICIPANT, changed, event
from . import domain


@event("vote.add", PARTICIPANT, batched=True)
def add_vote(ctx, p):
    mine, _step, counted = domain.add(ctx.conn, ctx.workshop, ctx.participant(), p.get("client_id"),
                                      p.get("target_type"), p.get("target_id"), p.get("step_id"))
    return changed(tally=counted, my_votes=mine)


@event("vote.remove", PARTICIPANT, batched=True)
def remove_vote(ctx, p):
    mine, _step, counted = domain.remove(ctx.conn, ctx.workshop, ctx.participant(), p.get("client_id"))
    return changed(tally=counted, my_votes=mine)
