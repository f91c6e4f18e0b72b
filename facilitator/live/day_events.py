"""Socket events of the day around the steps: answers, the agenda from the library, the goals,
the timer and the room (see events.py)."""
from ..domain import agenda, responses, workshops
from .events import FACILITATOR, PARTICIPANT, changed, event


# --- answers, for every activity type that declares an Answer ----------------------------------

@event("answer.submit", PARTICIPANT, batched=True)
def submit_answer(ctx, p):
    answer = responses.answer(ctx.conn, ctx.workshop, ctx.participant(), p.get("value"), p.get("text", ""),
                               step_id=p.get("step_id"), round_number=p.get("round"))
    return changed(tally=True, answer=answer)


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
    return changed(added, workshops.set_goals(ctx.conn, ctx.workshop["id"], goals))


@event("agenda.clear", FACILITATOR)
def clear_agenda(ctx, p):
    return changed(agenda.clear(ctx.conn, ctx.workshop))


@event("workshop.goals", FACILITATOR)
def set_goals(ctx, p):
    return changed(workshops.set_goals(ctx.conn, ctx.workshop["id"], p.get("goals")))


# --- the room and the timer --------------------------------------------------------------------

@event("timer.start", FACILITATOR)
def start_timer(ctx, p):
    return changed(workshops.start_timer(ctx.conn, ctx.workshop["id"], p.get("seconds")))


@event("timer.stop", FACILITATOR)
def stop_timer(ctx, p):
    return changed(workshops.stop_timer(ctx.conn, ctx.workshop["id"]))


@event("room.lock", FACILITATOR)
def lock_room(ctx, p):
    return changed(workshops.set_locked(ctx.conn, ctx.workshop["id"], True))


@event("room.unlock", FACILITATOR)
def unlock_room(ctx, p):
    return changed(workshops.set_locked(ctx.conn, ctx.workshop["id"], False))


@event("screen.blank", FACILITATOR)
def blank_screen(ctx, p):
    return changed(workshops.set_blanked(ctx.conn, ctx.workshop["id"], p.get("blank")))
