"""Pair work: rounds of pairs (or groups) from the phones present; each pair writes its ideas, or,
with `talk_only` (a conversation whose content is personal), only talks: nothing is written, so
nothing can reach the report."""
import json

from ...domain.steps import set_current_flag
from .. import SWITCH, ActivityType, NumberOption, Table
from . import domain
from .tables import pairings


def _start(conn, workshop, step):
    changes = [domain.start(conn, workshop, step)]
    if json.loads(step["options"]).get("talk_only"):
        changes.append(set_current_flag(conn, workshop["id"], "submissions_open", False))
    return [change for change in changes if change]


activity = ActivityType(
    "pairing", __name__, takes_ideas=True, opens_on_start=True, submissions="ideas",
    options={"group_size": NumberOption(2, 6, 2), "merge_previous": SWITCH, "talk_only": SWITCH},
    demo=(("new_round", (("facilitator", "pairs.shuffle", {}),)),),  # the projector's measuring test
    on_start=_start, on_arrive=domain.arrive, idea_group=domain.group_of, snapshot=domain.snapshot, mine=domain.snapshot_mine,
    tables=(Table("pairings", pairings, ("step_id", "round", "group_number", "participant_id"),
                  links={"step_id": "steps", "participant_id": "participants"}),))
