"""The dot vote's result, defined once over plain data: the live tally, the projector and the
report all rank with these functions, so they agree on every count and every tie."""


def ranking(targets, dots):
    """`targets`: [{type, id, text, order}] in the wall's order; `dots`: {(type, id): count}.
    Every target with its dots, most first; ties keep the wall's order and share a `place`."""
    ranked = sorted(targets, key=lambda t: (-dots.get((t["type"], t["id"]), 0), t["order"]))
    result, place, previous = [], 0, None
    for index, target in enumerate(ranked, 1):
        count = dots.get((target["type"], target["id"]), 0)
        if count != previous:
            place, previous = index, count
        result.append({"type": target["type"], "id": target["id"], "text": target["text"],
                       "dots": count, "place": place})
    return result


def counts(dots):
    """{(type, id): count} as the tally's list, most dots first."""
    return [{"target_type": kind, "target_id": target, "dots": n}
            for (kind, target), n in sorted(dots.items(), key=lambda item: -item[1])]
