"""The dot vote's result, defined once over plain data: the live tally, the projector and the
report all rank with these functions, so they agree on every count and every tie."""
from ...domain.ranking import ranked


def ranking(targets, dots):
    """`targets`: [{type, id, text, order}]; `dots`: {(type, id): count}. Every target with its
    dots, most first; ties keep the wall's order and share a `place` (domain/ranking.py)."""
    def count(target):
        return dots.get((target["type"], target["id"]), 0)
    return [{"type": t["type"], "id": t["id"], "text": t["text"], "dots": count(t), "place": place}
            for place, t in ranked(sorted(targets, key=lambda t: t["order"]), count)]


def counts(dots):
    """{(type, id): count} as the tally's list, most dots first, each with its place as ranking()
    gives it (the pages mark a shared place from it)."""
    rows = [{"target_type": kind, "target_id": target, "dots": n} for (kind, target), n in dots.items()]
    return [{**row, "place": place} for place, row in ranked(rows, lambda row: row["dots"])]
