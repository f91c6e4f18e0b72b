"""Socket events of the day around the steps: answers, the agenda from the library, the goals,
the timer and the room (see events.py)."""
import time

from ..domain import agenda, clock, replan, responses, steps, workshops
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
    return changed(agenda.add_method(ctx.conn, ctx.workshop, method, p.get("choices")))


@event("agenda.apply_day", FACILITATOR)
def apply_day(ctx, p):
    day = ctx.library.days.get(p.get("day_id")) if isinstance(p.get("day_id"), str) else None
    # A day on an empty agenda brings its start time too (8.30 for the ready days).
    empty = not steps.rows(ctx.conn, ctx.workshop["id"])
    changes = [agenda.apply_day(ctx.conn, ctx.workshop, day, ctx.library, p.get("choices"))]
    if empty and day.start_minutes != ctx.workshop["start_minutes"]:
        changes += [workshops.set_start(ctx.conn, ctx.workshop["id"], day.start_minutes),
                    steps.agenda_change(ctx.conn, ctx.workshop["id"])]
    goals = day.goals.get(ctx.workshop["language"])
    if goals and not ctx.workshop["goals"]:
        changes.append(workshops.set_goals(ctx.conn, ctx.workshop["id"], goals))
    return changed(*changes)


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


# --- the day in clock time ---------------------------------------------------------------------

@event("workshop.start_time", FACILITATOR)
def set_start_time(ctx, p):
    changes = [workshops.set_start(ctx.conn, ctx.workshop["id"], p.get("start_time"))]
    return changed(*changes, steps.agenda_change(ctx.conn, ctx.workshop["id"]))


@event("workshop.next_meeting", FACILITATOR)
def set_next_meeting(ctx, p):
    return changed(workshops.set_next_meeting(ctx.conn, ctx.workshop["id"], p.get("next_meeting")))


def _late(ctx):
    agenda = steps.rows(ctx.conn, ctx.workshop["id"])
    behind = clock.behind(agenda, ctx.workshop["start_minutes"], time.time())
    end = ctx.workshop["start_minutes"] + sum(clock.planned(s) for s in agenda) + behind
    return agenda, behind, end


@event("day.proposals", FACILITATOR)
def day_proposals(ctx, p):
    """How late the day runs, and what would win the time back (domain/replan.py)."""
    agenda, behind, end = _late(ctx)
    found = replan.proposals(agenda, behind, ctx.workshop["language"])
    return changed(behind=round(behind), end=round(end),
                   proposals=[{**change, "end": round(end - change["saves"])} for change in found[:5]])


@event("day.replan", FACILITATOR)
def day_replan(ctx, p):
    """One accepted proposal, as one committed change of the agenda."""
    agenda = steps.rows(ctx.conn, ctx.workshop["id"])
    step, minutes = replan.check(agenda, p.get("kind"), p.get("step_id"), p.get("minutes"))
    if minutes is None:
        return changed(steps.remove(ctx.conn, ctx.workshop["id"], step["id"]))
    return changed(steps.edit(ctx.conn, ctx.workshop["id"], step["id"], {"time_box_minutes": minutes}))
