"""The weather map, defined once over plain data: the live result and the report use it."""

# From the brightest to the stormiest; a phone sends the index.
WEATHERS = ("sun", "partly_cloudy", "cloudy", "rain", "thunder")


def weather_map(answers):
    """`answers`: [(weather, word)]. How many picked each weather, and the words (case folded,
    each with how many wrote it, most first) in no order that tells who wrote which."""
    counts = [0] * len(WEATHERS)
    words = {}
    for weather, word in answers:
        if 0 <= weather < len(WEATHERS):
            counts[weather] += 1
        if word:
            words[word.casefold()] = words.get(word.casefold(), 0) + 1
    return {"counts": counts, "responses": len(answers),
            "words": [{"word": w, "count": n} for w, n in sorted(words.items(), key=lambda i: (-i[1], i[0]))]}
