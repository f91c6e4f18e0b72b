"""The dot vote's result, defined once over plain data: the live tally, the projector and the
report all rank with these functions, so they agree on every count and every tie."""


def _placed(rows):
    """`rows` (most dots first) each with its `place`: equal dots share one (1, 1, 3, ...)."""
    place, previous = 0, None
    for index, row in enumerate(rows, 1):
        if row["dots"] != previous:
            place, previous = index, row["dots"]
        row["place"] = place
    return rows


def ranking(targets, dots):
    """`targets`: [{type, id, text, order}] in the wall's order; `dots`: {(type, id): count}.
    Every target with its dots, most first; ties keep the wall's order and share a `place`."""
    ranked = sorted(targets, key=lambda t: (-dots.get((t["type"], t["id"]), 0), t["order"]))
    return _placed([{"type": t["type"], "id": t["id"], "text": t["text"], "dots": dots.get((t["type"], t["id"]), 0)}
                    for t in ranked])


def counts(dots):
    """{(type, id): count} as the tally's list, most dots first, each with its place as ranking()
    gives it (the pages mark a shared place from it)."""
    return _placed([{"target_type": kind, "target_id": target, "dots": n}
                    for (kind, target), n in sorted(dots.items(), key=lambda item: -item[1])])
