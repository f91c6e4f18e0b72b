"""Pair work: rounds of pairs (or groups) from the phones present; each pair writes its ideas."""
from .. import SWITCH, ActivityType, NumberOption, Table
from . import domain
from .tables import pairings


def _start(conn, workshop, step):
    change = domain.start(conn, workshop, step)
    return [change] if change else []


activity = ActivityType(
    "pairing", __name__, takes_ideas=True, opens_on_start=True, submissions="ideas",
    options={"group_size": NumberOption(2, 6, 2), "merge_previous": SWITCH},
    demo=(("new_round", (("facilitator", "pairs.shuffle", {}),)),),  # the projector's measuring test
    on_start=_start, on_arrive=domain.arrive, idea_group=domain.group_of, snapshot=domain.snapshot, mine=domain.snapshot_mine,
    tables=(Table("pairings", pairings, ("step_id", "round", "group_number", "participant_id"),
                  links={"step_id": "steps", "participant_id": "participants"}),))
