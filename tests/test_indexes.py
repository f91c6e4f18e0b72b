"""What a phone sends reads its own rows of the step (its dots, upvotes, places, answers): every
table holding a participant's rows of a step finds them by an index on both, or a storm of a
thousand phones reads every phone's rows once per phone (the upvote storm did, benchmarks/storms.py)."""
from sqlalchemy import text

from facilitator import activities
from facilitator.db import make_engine, metadata

# Within a step these are read by the step, not by the phone: the ideas (the wall; a phone's own
# ideas are found by their author, the test below; the quota counts one person's ideas in a step
# of at most a few thousand) and the pairings (a round's groups are drawn all at once; a phone's
# group is found with its round, by the unique index).
READ_BY_STEP = {"ideas", "pairings"}


def test_a_participants_own_rows_of_a_step_are_found_by_an_index_on_both(tmp_path):
    activities.load()
    engine = make_engine(f"sqlite:///{tmp_path}/facilitator.db")
    owned = [table.name for table in metadata.sorted_tables
             if {"step_id", "participant_id"} <= set(table.c.keys()) and table.name not in READ_BY_STEP]
    assert {"question_votes", "ranking_places", "votes"} <= set(owned)
    with engine.connect() as conn:
        plans = {name: " ".join(row[-1] for row in conn.execute(text(
            f"EXPLAIN QUERY PLAN SELECT * FROM {name} WHERE step_id = 1 AND participant_id = 1")))
            for name in owned}
    assert {name: plan for name, plan in plans.items()
            if not ("step_id=?" in plan and "participant_id=?" in plan)} == {}


def test_a_phones_own_ideas_are_found_by_an_index(tmp_path):
    """Every snapshot of a phone lists its ideas and its hidden ones (domain/snapshot.py): by an
    index on the author, not by reading every idea in the database once per reconnecting phone."""
    engine = make_engine(f"sqlite:///{tmp_path}/facilitator.db")
    with engine.connect() as conn:
        for where in ("participant_id = 1", "participant_id = 1 AND hidden = 1"):
            plan = " ".join(row[-1] for row in conn.execute(text(f"EXPLAIN QUERY PLAN SELECT * FROM ideas WHERE {where}")))
            assert "participant_id=?" in plan, (where, plan)
