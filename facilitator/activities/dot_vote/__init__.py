"""Dot voting: everyone spends a few dots on the clusters and ideas of an earlier step."""
from .. import ActivityType, NumberOption, Table
from . import domain
from .tables import votes

activity = ActivityType(
    "dot_vote", __name__, uses_source=True, opens_on_start=True, submissions="votes", reveal="results",
    options={"dots_per_person": NumberOption(1, 20, 3), "max_dots_per_item": NumberOption(1, 20, 2)},
    result=domain.tally, ranked=domain.top, mine=domain.snapshot_mine,
    tables=(Table("votes", votes, ("step_id", "participant_id", "client_id", "target_type", "target_id",
                                   "created_at"),
                  links={"step_id": "steps", "participant_id": "participants"},
                  typed_links={"target_id": ("target_type", {"idea": "ideas", "cluster": "clusters"})}),))
