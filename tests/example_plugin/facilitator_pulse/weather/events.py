"""The weather check-in's socket event: `weather.choose` {weather: 0–4, word?}."""
from facilitator.live.events import PARTICIPANT, changed, event

from . import domain


@event("weather.choose", PARTICIPANT, batched=True)
def choose(ctx, p):
    mine = domain.choose(ctx.conn, ctx.workshop, ctx.participant(), p.get("weather"), p.get("word", ""))
    return changed(tally=True, weather=mine)
