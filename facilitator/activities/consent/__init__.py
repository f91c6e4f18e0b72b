"""A consent round (fist to five, or thumbs): a proposal, everyone's answer, amend, decide."""
from .. import SWITCH, ActivityType, Answer, NumberOption, Table
from . import domain
from .result import answer_values
from .tables import consent_rounds

activity = ActivityType(
    "consent", __name__, opens_on_start=True, submissions="answers", reveal="results",
    anonymous_answers=True, answer=Answer(answer_values, text_limit=280, round=domain.answer_round),
    options={"thumbs": SWITCH, "seed_count": NumberOption(0, 10, 5)},
    # For the projector's measuring test: a second round (which starts hidden), then agreed.
    demo=(("amended", (("facilitator", "consent.amend", {"proposal": "Kuuntelemme toisiamme\nAloitamme ajallaan\n"
                                                                    "Sovitut asiat tehdään"}),)),
          ("agreed", (("facilitator", "consent.decide", {"outcome": "agreed"}),))),
    result=domain.summary, ranked=domain.agreed_wording, on_start=domain.seed, snapshot=domain.snapshot,
    tables=(Table("consent_rounds", consent_rounds, ("step_id", "round", "proposal", "outcome", "started_at"),
                  links={"step_id": "steps"}),))
