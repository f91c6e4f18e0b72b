"""A consent step's result, defined once over plain data (the live tally and the report)."""
from ...domain.responses import figures


def answer_values(options):
    """Fist to five (0–5), or thumbs (0–2)."""
    return range(0, 3) if options.get("thumbs") else range(0, 6)


def blocking(options, value):
    """An answer that says "I cannot live with this": a fist or one finger, or thumbs down."""
    return value == 0 if options.get("thumbs") else value <= 1


def round_result(options, consent_round, answers):
    """One round: its proposal and outcome, how the answers fell, the blocks and the objections
    (sorted, so that their order does not tell who wrote which). `answers`: [(value, text)]."""
    numbers = figures([value for value, _text in answers], answer_values(options))
    return {"round": consent_round["round"], "proposal": consent_round["proposal"],
            "outcome": consent_round["outcome"], "thumbs": bool(options.get("thumbs")),
            **numbers,
            "blocks": sum(1 for value, _text in answers if blocking(options, value)),
            "objections": sorted(text for _value, text in answers if text)}
