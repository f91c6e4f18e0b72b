"""Suggested themes for the clustering step (pure; no Flask).

The unsorted ideas of the source step are grouped by how alike they read (similarity.py:
base forms, compound parts and trigrams) with mean linkage (grouping.py). A group of two or
more is a suggested theme: the ideas, the words they share (to highlight) and a title (the
shared word most of them carry). An idea that is like no other stays out. Two ideas that say
nearly the same are offered as a "merge?" pair. Nothing here changes a cluster: the facilitator
accepts, edits or dismisses (events.py).
"""
from collections import Counter

from . import grouping, similarity

# Mean similarity at which two groups of ideas join (tuned on benchmarks/themes.py's data).
THRESHOLD = 0.05
# Similarity at which two ideas say nearly the same thing.
DUPLICATE = 0.8
MAX_MERGES = 10
# A theme whose ideas are mostly ones the facilitator dismissed together is not offered again.
DISMISSED_OVERLAP = 0.5


def suggest(ideas, lang, dismissed=(), threshold=THRESHOLD):
    """`ideas`: [(id, text)]; `dismissed`: sets of idea ids dismissed together.
    Returns {"themes": [{idea_ids, title, words}], "merges": [{idea_ids, words}]}."""
    ids = [idea_id for idea_id, _ in ideas]
    found = similarity.notes([text for _, text in ideas], lang)
    sims = similarity.similarities(found)
    dismissed = [set(group) for group in dismissed]
    themes = []
    for group in grouping.average_linkage(len(ids), sims, threshold):
        if len(group) < 2:
            continue
        members = [ids[i] for i in group]
        if _dismissed(members, dismissed):
            continue
        title, shared = _shared([found[i] for i in group])
        if not title:  # they share only trigrams, or only adjectives and adverbs ("parempi"):
            continue   # no subject to name, so no theme
        themes.append({"idea_ids": members, "title": title, "words": shared})
    merges = []
    for (i, j), value in sorted(sims.items(), key=lambda item: -item[1]):
        if value < DUPLICATE or len(merges) == MAX_MERGES:
            break
        pair = [ids[i], ids[j]]
        if not _dismissed(pair, dismissed):
            merges.append({"idea_ids": pair, "words": _shared([found[i], found[j]])[1]})
    return {"themes": themes, "merges": merges}


def _dismissed(members, dismissed):
    group = set(members)
    return any(len(group & gone) / len(group | gone) >= DISMISSED_OVERLAP for gone in dismissed)


def _shared(notes):
    """(title, words to highlight): the word features at least two of `notes` carry; the title is
    the one most carry, a whole word before a compound's part (two notes on *etätyö* and
    *etätyöpäivät* share *etä* and *työ*, but the title says *Etätyö*), then the rarer."""
    counts = Counter(f for note in notes for f in note.surfaces)
    shared = [f for f, n in counts.items() if n >= 2]
    if not any(f in note.nouns for note in notes for f in shared):
        return "", shared and sorted({s for note in notes for f in shared for s in note.surfaces.get(f, ())})
    if not shared:
        return "", []
    weight = {f: max(note.vector.get(f, 0.0) for note in notes) for f in shared}
    # A whole word names the theme for every note whose word features contain all of its own.
    titles = Counter()
    for note in notes:
        for f in note.wholes:
            parts = {p for p in note.surfaces if p != f and note.labels[p] in note.labels[f]}
            titles[f] = max(titles[f], sum(1 for other in notes
                                           if f in other.surfaces or (parts and parts <= other.surfaces.keys())))
    best = max(shared + [f for f, n in titles.items() if n >= 2],
               key=lambda f: (max(counts[f], titles[f]), any(f in note.wholes for note in notes), weight.get(f, 0.0), f))
    label = next(note.labels[best] for note in notes if best in note.labels)
    surfaces = sorted({s for note in notes for f in shared for s in note.surfaces.get(f, ())})
    return label[:1].upper() + label[1:], surfaces
