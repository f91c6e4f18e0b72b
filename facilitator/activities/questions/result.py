"""The questions' order, defined once over plain data: the live result, the projector, the phones
and the report all sort with this, so that they agree on every count and every tie."""


def board(questions, votes):
    """`questions`: [{id, text, answered, highlighted, created_at}] shown to the room; `votes`:
    {question id: upvotes}. Open questions first, most upvotes first, ties the earlier asked
    first; the answered ones after them in the same order."""
    ordered = sorted(questions, key=lambda q: (bool(q["answered"]), -votes.get(q["id"], 0), q["created_at"], q["id"]))
    return [{"id": q["id"], "text": q["text"], "votes": votes.get(q["id"], 0), "answered": bool(q["answered"]),
             "highlighted": bool(q["highlighted"])} for q in ordered]
