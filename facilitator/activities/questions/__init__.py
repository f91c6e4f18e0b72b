"""Questions with upvotes (kysymykset): participants ask, anonymously, and upvote the others'
questions; the board is sorted by upvotes live; the facilitator may approve each question first,
marks them answered and highlights one on the projector."""
from .. import SWITCH, ActivityType, Table
from . import domain
from .tables import question_votes, questions

activity = ActivityType(
    "questions", __name__, opens_on_start=True,
    # With `moderated` on, a question shows only once the facilitator approves it.
    options={"moderated": SWITCH},
    result=domain.result, on_start=domain.on_start, snapshot=domain.snapshot, mine=domain.mine,
    tables=(Table("questions", questions, ("step_id", "participant_id", "client_id", "text", "status", "answered",
                                           "highlighted", "created_at"),
                  links={"step_id": "steps", "participant_id": "participants"}),
            Table("question_votes", question_votes, ("step_id", "question_id", "participant_id", "client_id",
                                                     "withdrawn", "created_at"),
                  links={"step_id": "steps", "question_id": "questions", "participant_id": "participants"})))
