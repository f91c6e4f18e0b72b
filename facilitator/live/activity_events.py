"""Socket events of the development-day activities and the agenda builder (see events.py)."""
from ..domain import actions, agenda, consent, pairing, responses, workshops
from .events import FACILITATOR, PARTICIPANT, changed, event


# --- answers: scale, consent, feedback ---------------------------------------------------------

@event("answer.submit", PARTICIPANT, grouped=True)
def submit_answer(ctx, p):
    answer = responses.answer(ctx.conn, ctx.workshop, ctx.participant(), p.get("value"), p.get("text", ""))
    return changed(tally=True, answer=answer)


@event("consent.amend", FACILITATOR)
def amend_proposal(ctx, p):
    return changed(*consent.amend(ctx.conn, ctx.workshop, p.get("proposal")), tally=True)


@event("consent.decide", FACILITATOR)
def decide_consent(ctx, p):
    return changed(*consent.decide(ctx.conn, ctx.workshop, p.get("outcome")), tally=True)


# --- pairs and the action plan -----------------------------------------------------------------

@event("pairs.shuffle", FACILITATOR)
def shuffle_pairs(ctx, p):
    return changed(pairing.shuffle(ctx.conn, ctx.workshop))


@event("action.create", FACILITATOR)
def create_action(ctx, p):
    action, change = actions.create(ctx.conn, ctx.workshop, p.get("client_id"), p.get("what"),
                                    p.get("who", ""), p.get("due", ""))
    return changed(change, action=action)


@event("action.update", FACILITATOR)
def update_action(ctx, p):
    fields = {k: p[k] for k in ("what", "who", "due", "status") if k in p}
    action, change = actions.edit(ctx.conn, ctx.workshop, p.get("action_id"), fields)
    return changed(change, action=action)


@event("action.delete", FACILITATOR)
def delete_action(ctx, p):
    return changed(actions.remove(ctx.conn, ctx.workshop, p.get("action_id")))


@event("action.volunteer", PARTICIPANT)
def volunteer(ctx, p):
    action, change = actions.volunteer(ctx.conn, ctx.workshop, ctx.participant(), p.get("action_id"),
                                       p.get("willing", True))
    return changed(change, action=action, volunteered=actions.volunteered(ctx.conn, ctx.participant_id))


# --- the agenda from the library ---------------------------------------------------------------

@event("agenda.add_method", FACILITATOR)
def add_method(ctx, p):
    method_id = p.get("method_id")
    method = ctx.library.method(method_id) if isinstance(method_id, str) else None
    return changed(agenda.add_method(ctx.conn, ctx.workshop, method))


@event("agenda.apply_day", FACILITATOR)
def apply_day(ctx, p):
    day = ctx.library.days.get(p.get("day_id")) if isinstance(p.get("day_id"), str) else None
    added = agenda.apply_day(ctx.conn, ctx.workshop, day, ctx.library)
    goals = day.goals.get(ctx.workshop["language"])
    if ctx.workshop["goals"] or not goals:
        return changed(added)
    return changed(added, workshops.set_goals(ctx.conn, ctx.workshop["id"], goals, ctx.join_url))


@event("agenda.clear", FACILITATOR)
def clear_agenda(ctx, p):
    return changed(agenda.clear(ctx.conn, ctx.workshop))


@event("workshop.goals", FACILITATOR)
def set_goals(ctx, p):
    return changed(workshops.set_goals(ctx.conn, ctx.workshop["id"], p.get("goals"), ctx.join_url))


# --- the room and the timer --------------------------------------------------------------------

@event("timer.start", FACILITATOR)
def start_timer(ctx, p):
    return changed(workshops.start_timer(ctx.conn, ctx.workshop["id"], p.get("seconds")))


@event("timer.stop", FACILITATOR)
def stop_timer(ctx, p):
    return changed(workshops.stop_timer(ctx.conn, ctx.workshop["id"]))


@event("room.lock", FACILITATOR)
def lock_room(ctx, p):
    return changed(workshops.set_locked(ctx.conn, ctx.workshop["id"], True, ctx.join_url))


@event("room.unlock", FACILITATOR)
def unlock_room(ctx, p):
    return changed(workshops.set_locked(ctx.conn, ctx.workshop["id"], False, ctx.join_url))
