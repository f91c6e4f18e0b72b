"""The socket events clients may send: who may send each, and what it does to the domain.

Each handler gets a `Context` inside an open transaction and returns an `Outcome`; the runner in
`connection.py` validates, checks the role, commits, and only then acknowledges and broadcasts.
"""
from dataclasses import dataclass, field

from ..domain import activities, clusters, ideas, participants as participant_rows, steps, votes, workshops
from ..domain.errors import require

FACILITATOR, PARTICIPANT, PROJECTOR = "facilitator", "participant", "projector"


@dataclass
class Context:
    conn: object
    workshop: dict
    role: str
    participant_id: int | None
    join_url: str
    library: object

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
    # Small answers that come in storms (dots, scale answers): committed together (group_commit.py).
    grouped: bool = False


EVENTS: dict[str, Event] = {}


def event(name, *roles, grouped=False):
    def register(handler):
        EVENTS[name] = Event(handler, frozenset(roles), grouped)
        return handler
    return register


def changed(*changes, tally=False, **ack):
    return Outcome(ack=ack, changes=[c for c in changes if c is not None], tally=tally)


# --- ideas -------------------------------------------------------------------------------------

@event("idea.submit", PARTICIPANT, FACILITATOR)
def submit_idea(ctx, p):
    idea, change = ideas.submit(ctx.conn, ctx.workshop, ctx.participant(), p.get("client_id"),
                                p.get("text"), step_id=p.get("step_id") if ctx.role == FACILITATOR else None)
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


# --- votes -------------------------------------------------------------------------------------

@event("vote.add", PARTICIPANT, grouped=True)
def add_vote(ctx, p):
    mine, _step, counted = votes.add(ctx.conn, ctx.workshop, ctx.participant(), p.get("client_id"),
                                     p.get("target_type"), p.get("target_id"))
    return changed(tally=counted, my_votes=mine)


@event("vote.remove", PARTICIPANT, grouped=True)
def remove_vote(ctx, p):
    mine, _step, counted = votes.remove(ctx.conn, ctx.workshop, ctx.participant(), p.get("client_id"))
    return changed(tally=counted, my_votes=mine)


# --- the agenda and the step engine ------------------------------------------------------------

def _entered(ctx, change):
    """A step became current: its type's start hook runs (pairs form, actions are seeded...)."""
    workshop = workshops.get(ctx.conn, ctx.workshop["id"])
    step = steps.current(ctx.conn, workshop)
    hook = activities.get(step["activity"]).on_start if step else None
    return changed(change, *(hook(ctx.conn, workshop, step) if hook else []), tally=True)


@event("step.next", FACILITATOR)
def next_step(ctx, p):
    return _entered(ctx, steps.advance(ctx.conn, ctx.workshop["id"], +1))


@event("step.previous", FACILITATOR)
def previous_step(ctx, p):
    return _entered(ctx, steps.advance(ctx.conn, ctx.workshop["id"], -1))


@event("step.goto", FACILITATOR)
def goto_step(ctx, p):
    return _entered(ctx, steps.goto(ctx.conn, ctx.workshop["id"], p.get("step_id")))


@event("step.add", FACILITATOR)
def add_step(ctx, p):
    step_id, change = steps.add(ctx.conn, ctx.workshop["id"], activity=p.get("activity"),
                                title=p.get("title"), prompt=p.get("prompt", ""),
                                time_box_minutes=p.get("time_box_minutes"), options=p.get("options"))
    return changed(change, step_id=step_id)


@event("step.update", FACILITATOR)
def update_step(ctx, p):
    fields = {k: p[k] for k in ("title", "prompt", "time_box_minutes", "options") if k in p}
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
    """Shows the current step's results; a private brainstorm's ideas go up on the wall."""
    change = steps.set_current_flag(ctx.conn, ctx.workshop["id"], "results_revealed", True)
    step = steps.current(ctx.conn, ctx.workshop)
    revealed = ideas.reveal_change(ctx.conn, ctx.workshop, step) if step["activity"] == "brainstorm" else None
    return changed(change, revealed, tally=True)
