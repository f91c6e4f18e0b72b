"""The word cloud's count, defined once over plain data: the live result, the projector and the
report all count with this, so they agree on every word and every number.

Each entry (a word or a short phrase) stands in the cloud as its words' base forms, read by
`facilitator.language`: *asiakkaat* and *asiakkaille* are both *asiakas*. Filler words at either
end of an entry are left out (an entry of fillers only counts for nothing). Each person counts
once per word, however many of their entries come to it.
"""
from collections import Counter
from functools import lru_cache

from ... import language
from .cloud import HEIGHT, WIDTH, layout

LISTED = 100  # the words the result lists (the cloud shows those that fit)


@lru_cache(maxsize=50000)
def key(entry, lang):
    """The base form an entry counts as ("hyvää yhteishenkeä" -> "hyvä yhteishenki"), or None
    for an entry of filler words only. Cached: a storm of the same few words analyses each once."""
    words = language.words(entry, lang)
    while words and words[0].stop:
        words = words[1:]
    while words and words[-1].stop:
        words = words[:-1]
    return " ".join(w.base for w in words) or None


def counted(answers, lang, hidden=()):
    """`answers`: each participant's entries ([[entry]]); `hidden`: the words the facilitator
    took out. [{word, count}], most people first, ties in alphabetical order."""
    people = Counter()
    for entries in answers:
        people.update({key(entry, lang) for entry in entries} - {None})
    for word in hidden:
        people.pop(word, None)
    return [{"word": word, "count": n} for word, n in sorted(people.items(), key=lambda item: (-item[1], item[0]))]


def figures(answers, lang, hidden=()):
    """The result from plain data (the live result and the report): how many answered, the words
    with their counts, and the cloud's layout."""
    words = counted(answers, lang, hidden)
    return {"responses": len(answers), "words": words[:LISTED], "more": max(0, len(words) - LISTED),
            "cloud": layout(words), "area": {"width": WIDTH, "height": HEIGHT}}
