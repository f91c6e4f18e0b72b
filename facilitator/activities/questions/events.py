"""The socket events of questions with upvotes (see live/events.py and docs/protocol.md)."""
from ...live.events import FACILITATOR, PARTICIPANT, changed, event
from . import domain


@event("question.ask", PARTICIPANT, batched=True)
def ask(ctx, p):
    question, change = domain.ask(ctx.conn, ctx.workshop, ctx.participant(), p.get("client_id"), p.get("text"),
                                  p.get("step_id"))
    return changed(change, tally=change is None, question=question)


@event("question.upvote", PARTICIPANT, batched=True)
def upvote(ctx, p):
    mine, moved = domain.upvote(ctx.conn, ctx.workshop, ctx.participant(), p.get("client_id"),
                                p.get("question_id"), p.get("step_id"))
    return changed(tally=moved, my_upvotes=mine)


@event("question.withdraw", PARTICIPANT, batched=True)
def withdraw(ctx, p):
    mine, moved = domain.withdraw(ctx.conn, ctx.workshop, ctx.participant(), p.get("client_id"))
    return changed(tally=moved, my_upvotes=mine)


@event("question.approve", FACILITATOR)
def approve(ctx, p):
    return changed(domain.moderate(ctx.conn, ctx.workshop, p.get("question_id"), "shown"), tally=True)


@event("question.hide", FACILITATOR)
def hide(ctx, p):
    return changed(domain.moderate(ctx.conn, ctx.workshop, p.get("question_id"), "hidden"), tally=True)


@event("question.answered", FACILITATOR)
def answered(ctx, p):
    domain.mark_answered(ctx.conn, ctx.workshop, p.get("question_id"), p.get("answered", True))
    return changed(tally=True)


@event("question.highlight", FACILITATOR)
def highlight(ctx, p):
    domain.highlight(ctx.conn, ctx.workshop, p.get("question_id"))
    return changed(tally=True)
