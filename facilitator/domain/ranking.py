"""The one ranking every result uses (the live tally, the projector, the report): most points
first; equal points keep the wall's order and share a place. A tie is a tie: two items with the
same points are both second, and neither is drawn as ahead of the other (the projector's bars,
static/js of the dot vote, follow the same rule)."""


def ranked(items, points):
    """[(place, item)] of `items` (in the wall's order), `points(item)` most first."""
    order = sorted(enumerate(items), key=lambda pair: (-points(pair[1]), pair[0]))
    result, place, previous = [], 0, None
    for index, (_position, item) in enumerate(order, 1):
        if points(item) != previous:
            place, previous = index, points(item)
        result.append((place, item))
    return result
