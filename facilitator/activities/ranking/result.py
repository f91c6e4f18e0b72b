"""The ranking's result, defined once over plain data: the live result, the projector and the
report all count with this, so they agree on every point and every tie.

Borda count: with n options, the first place is worth n − 1 points, the next n − 2, the last 0.
"""


def borda(options, places):
    """`options`: [{id, text, position}]; `places`: [(option id, place)] (0 = first), one per
    participant and option. Every option with its points and how often it got each place, most
    points first; ties keep the options' order and share a `place`."""
    count = len(options)
    points = {o["id"]: 0 for o in options}
    positions = {o["id"]: [0] * count for o in options}
    for option_id, place in places:
        if option_id in points and 0 <= place < count:
            points[option_id] += count - 1 - place
            positions[option_id][place] += 1
    ordered = sorted(options, key=lambda o: (-points[o["id"]], o["position"], o["id"]))
    result, rank, previous = [], 0, None
    for index, option in enumerate(ordered, 1):
        if points[option["id"]] != previous:
            rank, previous = index, points[option["id"]]
        result.append({"id": option["id"], "text": option["text"], "points": points[option["id"]], "place": rank,
                       "positions": positions[option["id"]]})
    return result
