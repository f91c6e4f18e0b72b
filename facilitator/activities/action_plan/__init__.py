"""The action plan: what, who, by when. Seeded from what the group ranked highest; the
facilitator writes; participants volunteer."""
from .. import ActivityType, NumberOption, Table
from . import domain
from .tables import action_volunteers, actions

activity = ActivityType(
    "action_plan", __name__, opens_on_start=True,
    options={"seed_count": NumberOption(0, 10, 3)},
    on_start=domain.seed, snapshot=domain.snapshot, mine=domain.snapshot_mine,
    tables=(Table("actions", actions, ("step_id", "client_id", "what", "who", "due", "position", "status",
                                       "origin", "created_at"), links={"step_id": "steps"}),
            Table("action_volunteers", action_volunteers, ("action_id", "participant_id"),
                  links={"action_id": "actions", "participant_id": "participants"},
                  parent=("action_id", "actions"), named=True)))
