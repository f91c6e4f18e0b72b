"""Clustering's socket events (see live/events.py): the facilitator's only, each checked by
domain.py, each move undoable."""
from ...live.events import FACILITATOR, changed, event
from . import domain


@event("cluster.suggest", FACILITATOR)
def suggest(ctx, p):
    return changed(**domain.suggested(ctx.conn, ctx.workshop, p.get("step_id")))


@event("cluster.move", FACILITATOR)
def move(ctx, p):
    return changed(*domain.move(ctx.conn, ctx.workshop, p.get("step_id"), p.get("idea_ids"),
                                p.get("cluster_id"), p.get("position")), tally=True)


@event("cluster.accept", FACILITATOR)
def accept(ctx, p):
    cluster, changes = domain.accept(ctx.conn, ctx.workshop, p.get("step_id"), p.get("client_id"),
                                     p.get("title"), p.get("idea_ids"))
    return changed(*changes, tally=True, cluster=cluster)


@event("cluster.merge", FACILITATOR)
def merge(ctx, p):
    return changed(*domain.merge(ctx.conn, ctx.workshop, p.get("step_id"), p.get("keep_id"), p.get("drop_id")),
                   tally=True)


@event("cluster.undo", FACILITATOR)
def undo(ctx, p):
    return changed(*domain.undo(ctx.conn, ctx.workshop, p.get("step_id")), tally=True)


@event("cluster.dismiss", FACILITATOR)
def dismiss(ctx, p):
    domain.dismiss(ctx.conn, ctx.workshop, p.get("step_id"), p.get("idea_ids"))
    return changed()
