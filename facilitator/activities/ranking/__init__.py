"""Ranking (priorisointi): each participant puts a handful of options in order on their phone,
each phone seeing them in an order of its own; Borda points; the projector shows the result and
how often each option got each place. The options come from the step before (its top items, or
the themes of the brainstorm) or are typed in by the facilitator."""
from .. import ActivityType, NumberOption, Table
from . import domain
from .tables import ranking_options, ranking_places

activity = ActivityType(
    "ranking", __name__, uses_source=True, submissions="votes", reveal="results",
    # How many items of the step before become the options.
    options={"option_count": NumberOption(2, 10, 5)},
    result=domain.result, ranked=domain.top, on_start=domain.seed, snapshot=domain.snapshot, mine=domain.mine,
    tables=(Table("ranking_options", ranking_options, ("step_id", "position", "text"), links={"step_id": "steps"}),
            Table("ranking_places", ranking_places, ("step_id", "participant_id", "option_id", "place", "updated_at"),
                  links={"step_id": "steps", "participant_id": "participants", "option_id": "ranking_options"})))
