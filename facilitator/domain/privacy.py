"""What a small group's answers may show: the k-anonymity rule, defined once for the live results
and the report.

A step's result counts answers (`responses`: a scale, a consent round, feedback) or people
(`voters`: a dot vote). With fewer than `min_answers` of them (the setting MIN_ANSWERS_SHOWN,
5 by default) the distribution would tell who answered what in a team of four, so it is shown to
nobody, the facilitator's console included: every audience, and the report, get only how many
answered and that the rest is withheld. The facilitator asks the room aloud instead.
"""

COUNT_KEYS = ("responses", "voters")


def shows_names(workshop, options):
    """Whether a step's ideas (and its pairs) show the nicknames of those who wrote them: in a
    named workshop always; in an anonymous one (the default) only in a step whose `named` option
    is on, and the phone says so in that step. Answers (a scale, a vote, feedback) never do."""
    return not workshop["anonymous"] or bool((options or {}).get("named"))


def answer_count(result):
    """How many answered or voted, or None for a result that counts neither (ideas, pairs)."""
    for key in COUNT_KEYS:
        if key in result:
            return result[key]
    return None


def is_withheld(result, min_answers):
    count = answer_count(result)
    # No answers tell nothing about anyone: an empty result is shown as it is.
    return count is not None and 0 < count < min_answers


def withhold(result, min_answers, keep=("step_id", "activity", "revealed", "dots_spent", "round",
                                          "proposal", "outcome", "thumbs")):
    """`result` as it may be shown: itself with at least `min_answers` answers; else only what
    says how far the room is (and, for a round, its wording and outcome), marked `withheld`."""
    if result is None or not is_withheld(result, min_answers):
        return result
    shown = {key: result[key] for key in keep + COUNT_KEYS if key in result}
    shown.update(withheld=True, min_answers=min_answers)
    return shown
