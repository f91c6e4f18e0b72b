"""The socket events clients may send: who may send each, and what it does to the domain.

Each handler gets a `Context` inside an open transaction and returns an `Outcome`; the runner in
`runner.py` validates, checks the role, commits, and only then acknowledges and broadcasts. An
activity type registers its own events in its folder's `events.py` with the same `@event`.
"""
from dataclasses import dataclass, field

from ..domain import clusters, ideas, participants as participant_rows, steps
from ..domain.errors import require

FACILITATOR, PARTICIPANT, PROJECTOR = "facilitator", "participant", "projector"


@dataclass
class Context:
    conn: object
    workshop: dict
    role: str
    participant_id: int | None
    library: object
    quotas: object

    def participant(self):
        """The sender's row if a participant sent the event, else None (the facilitator)."""
        if self.role != PARTICIPANT:
            return None
        row = participant_rows.get(self.conn, self.participant_id)
        require(row is not None, "forbidden")
        return row


@dataclass
class Outcome:
    ack: dict = field(default_factory=dict)
    changes: list = field(default_factory=list)
    tally: bool = False  # the vote tally may have moved


@dataclass(frozen=True)
class Event:
    handler: object
    roles: frozenset
    # Small answers that come in storms (dots, scale answers): committed in batches (group_commit.py).
    batched: bool = False


EVENTS: dict[str, Event] = {}


def event(name, *roles, batched=False):
    def register(handler):
        EVENTS[name] = Event(handler, frozenset(roles), batched)
        return handler
    return register


def registered():
    """Every event: the core's and each activity type's (its folder's `events` module registers
    them on import)."""
    from .. import activities
    from . import day_events  # noqa: F401
    for kind in activities.all_types():
        kind.module("events")
    return EVENTS


def changed(*changes, tally=False, **ack):
    return Outcome(ack=ack, changes=[c for c in changes if c is not None], tally=tally)


# --- ideas -------------------------------------------------------------------------------------

@event("idea.submit", PARTICIPANT, FACILITATOR)
def submit_idea(ctx, p):
    idea, change = ideas.submit(ctx.conn, ctx.workshop, ctx.participant(), p.get("client_id"),
                                p.get("text"), step_id=p.get("step_id"),
                                quotas=ctx.quotas)
    return changed(change, idea=idea)


@event("idea.edit", PARTICIPANT, FACILITATOR)
def edit_idea(ctx, p):
    idea, change = ideas.edit(ctx.conn, ctx.workshop, ctx.participant(), p.get("idea_id"), p.get("text"))
    return changed(change, idea=idea)


@event("idea.delete", PARTICIPANT, FACILITATOR)
def delete_idea(ctx, p):
    return changed(ideas.delete(ctx.conn, ctx.workshop, ctx.participant(), p.get("idea_id")), tally=True)


@event("idea.hide", FACILITATOR)
def hide_idea(ctx, p):
    return changed(ideas.set_hidden(ctx.conn, ctx.workshop, p.get("idea_id"), True), tally=True)


@event("idea.unhide", FACILITATOR)
def unhide_idea(ctx, p):
    return changed(ideas.set_hidden(ctx.conn, ctx.workshop, p.get("idea_id"), False), tally=True)


@event("idea.move", FACILITATOR)
def move_idea(ctx, p):
    return changed(ideas.move(ctx.conn, ctx.workshop, p.get("idea_id"), p.get("cluster_id"),
                               p.get("position")))


# --- clusters ----------------------------------------------------------------------------------

@event("cluster.create", FACILITATOR)
def create_cluster(ctx, p):
    cluster, change = clusters.create(ctx.conn, ctx.workshop, p.get("client_id"), p.get("title"),
                                      p.get("step_id"))
    return changed(change, cluster=cluster)


@event("cluster.rename", FACILITATOR)
def rename_cluster(ctx, p):
    cluster, change = clusters.rename(ctx.conn, ctx.workshop, p.get("cluster_id"), p.get("title"))
    return changed(change, cluster=cluster)


@event("cluster.delete", FACILITATOR)
def delete_cluster(ctx, p):
    return changed(clusters.delete(ctx.conn, ctx.workshop, p.get("cluster_id")), tally=True)


# --- the agenda and the step engine ------------------------------------------------------------

@event("step.next", FACILITATOR)
def next_step(ctx, p):
    return changed(*steps.advance(ctx.conn, ctx.workshop["id"], +1), tally=True)


@event("step.previous", FACILITATOR)
def previous_step(ctx, p):
    return changed(*steps.advance(ctx.conn, ctx.workshop["id"], -1), tally=True)


@event("step.goto", FACILITATOR)
def goto_step(ctx, p):
    return changed(*steps.goto(ctx.conn, ctx.workshop["id"], p.get("step_id")), tally=True)


@event("step.add", FACILITATOR)
def add_step(ctx, p):
    step_id, change = steps.add(ctx.conn, ctx.workshop["id"], activity=p.get("activity"),
                                title=p.get("title"), prompt=p.get("prompt", ""),
                                time_box_minutes=p.get("time_box_minutes"), options=p.get("options"))
    return changed(change, step_id=step_id)


@event("step.edit", FACILITATOR)
def edit_step(ctx, p):
    fields = {k: p[k] for k in ("title", "prompt", "time_box_minutes", "min_minutes", "optional", "notes", "options")
              if k in p}
    return changed(steps.edit(ctx.conn, ctx.workshop["id"], p.get("step_id"), fields))


@event("step.remove", FACILITATOR)
def remove_step(ctx, p):
    return changed(steps.remove(ctx.conn, ctx.workshop["id"], p.get("step_id")))


@event("step.move", FACILITATOR)
def move_step(ctx, p):
    return changed(steps.move(ctx.conn, ctx.workshop["id"], p.get("step_id"), p.get("position")))


def _current_flag(flag, value):
    def handler(ctx, p):
        return changed(steps.set_current_flag(ctx.conn, ctx.workshop["id"], flag, value), tally=True)
    return handler


event("submissions.open", FACILITATOR)(_current_flag("submissions_open", True))
event("submissions.close", FACILITATOR)(_current_flag("submissions_open", False))
event("results.hide", FACILITATOR)(_current_flag("results_revealed", False))


@event("results.reveal", FACILITATOR)
def reveal_results(ctx, p):
    """Shows the current step's results (and whatever its type reveals with them)."""
    return changed(*steps.reveal(ctx.conn, ctx.workshop["id"]), tally=True)
