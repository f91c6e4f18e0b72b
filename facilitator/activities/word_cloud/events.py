"""The word cloud's socket events (see live/events.py and docs/protocol.md)."""
from ...live.events import FACILITATOR, PARTICIPANT, changed, event
from . import domain


@event("word_cloud.submit", PARTICIPANT, batched=True)
def submit(ctx, p):
    mine = domain.submit(ctx.conn, ctx.workshop, ctx.participant(), p.get("words"), p.get("step_id"))
    return changed(tally=True, word_cloud=mine)


@event("word_cloud.hide", FACILITATOR)
def hide(ctx, p):
    return changed(domain.set_hidden(ctx.conn, ctx.workshop, p.get("word"), True), tally=True)


@event("word_cloud.show", FACILITATOR)
def show(ctx, p):
    return changed(domain.set_hidden(ctx.conn, ctx.workshop, p.get("word"), False), tally=True)
