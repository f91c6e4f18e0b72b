"""The action plan: what, who, by when. Seeded from what the group ranked highest; the
facilitator writes; participants volunteer."""
from .. import ActivityType, NumberOption, Table
from . import domain
from .tables import action_volunteers, actions

# A plan as a team writes one, for the projector's measuring test (ActivityType.demo).
DEMO_ACTIONS = (("Kokeillaan viikkopalaveria 30 minuutissa", "Sari ja Ville", "2027-01-15"),
                ("Perehdytyksen muistilista uusille", "Anna", "2027-02-01"),
                ("Yhteinen kalenteri koko tiimille", "Mikko", "2027-01-31"),
                ("Palautekierros kerran kuussa", "Tiimi", "2027-03-01"),
                ("Etäpäivien pelisäännöt kirjaan", "Helmi", "2027-02-15"))

activity = ActivityType(
    "action_plan", __name__, opens_on_start=True,
    options={"seed_count": NumberOption(0, 10, 3)},
    demo=(("actions", tuple(("facilitator", "action.create", {"client_id": "", "what": what, "who": who, "due": due})
                            for what, who, due in DEMO_ACTIONS)),),
    on_start=domain.seed, snapshot=domain.snapshot, mine=domain.snapshot_mine,
    tables=(Table("actions", actions, ("step_id", "client_id", "what", "who", "due", "position", "status",
                                       "origin", "created_at"), links={"step_id": "steps"}),
            Table("action_volunteers", action_volunteers, ("action_id", "participant_id"),
                  links={"action_id": "actions", "participant_id": "participants"},
                  parent=("action_id", "actions"), named=True)))
