"""The action plan's socket events (see live/events.py); the series review sets statuses with
`action.edit` too."""
from ...live.events import FACILITATOR, PARTICIPANT, changed, event
from . import domain


@event("action.create", FACILITATOR)
def create_action(ctx, p):
    action, change = domain.create(ctx.conn, ctx.workshop, p.get("client_id"), p.get("what"),
                                   p.get("who", ""), p.get("due", ""))
    return changed(change, action=action)


@event("action.edit", FACILITATOR)
def edit_action(ctx, p):
    fields = {k: p[k] for k in ("what", "who", "due", "status") if k in p}
    action, change = domain.edit(ctx.conn, ctx.workshop, p.get("action_id"), fields)
    return changed(change, action=action)


@event("action.delete", FACILITATOR)
def delete_action(ctx, p):
    return changed(domain.delete(ctx.conn, ctx.workshop, p.get("action_id")))


@event("action.volunteer", PARTICIPANT)
def volunteer(ctx, p):
    action, change = domain.volunteer(ctx.conn, ctx.workshop, ctx.participant(), p.get("action_id"),
                                      p.get("willing", True))
    return changed(change, action=action, volunteered=domain.volunteered(ctx.conn, ctx.participant_id))
