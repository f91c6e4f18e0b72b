"""How alike two ideas are, as a reader of sticky notes sees it (pure; no Flask).

An idea becomes a weighted bag of features: the base form of each word that is not filler
(facilitator.language: *asiakkaille* and *asiakkaan* are both *asiakas*), the parts of a compound
(*asiakaspalvelu* also counts as *asiakas* and *palvelu*, at half weight) and the character
trigrams of each word (so *palaveirt*, a typo Voikko cannot read, still meets *palaveri*). English
words are stemmed with Snowball on top of the base form. Weights are TF-IDF over the ideas of
the step (a word every note has tells nothing), vectors are unit length, similarity is cosine.
"""
import math
from collections import defaultdict
from dataclasses import dataclass

import snowballstemmer

from ...language import words

PART_WEIGHT = 0.5    # a compound's part against the compound itself
GRAM_WEIGHT = 0.7    # a word's trigrams together against the word itself
# What a word's class says of the subject: a sticky note's subject is nearly always a noun
# ("Lyhyemmät palaverit"); adjectives and adverbs ("uusi", "useammin") join unrelated notes.
NOUNS = ("noun", "name", "")
KIND_WEIGHT = {"noun": 1.0, "name": 1.0, "": 0.9, "verb": 0.5, "other": 0.5, "adjective": 0.35, "adverb": 0.3}
# A feature in more than this share of the ideas (and more than COMMON_FLOOR of them) is too
# common to join two of them; in a handful of ideas, half may well share the theme's word.
COMMON = 0.4
COMMON_FLOOR = 10


@dataclass(frozen=True)
class Note:
    """One idea's features: `vector` {feature: weight} and, for highlighting, the words as typed
    by the word features they carry."""
    vector: dict
    surfaces: dict   # word feature -> the words (as typed) that carry it
    labels: dict     # word feature -> its base form, as a title shows it
    wholes: frozenset = frozenset()  # the word features that are whole words, not parts
    nouns: frozenset = frozenset()   # the word features a noun (or a name, or an unknown word) carries


_english = snowballstemmer.stemmer("english")


def _word_features(word, lang):
    weight = KIND_WEIGHT.get(word.kind, 0.5)
    if lang == "en":
        key = _english.stemWord(word.base)
        return [("w:" + key, weight, word.base)], key, weight
    features = [("w:" + word.base, weight, word.base)]
    if len(word.parts) > 1:
        features += [("w:" + part, weight * PART_WEIGHT, part) for part in word.parts if len(part) >= 3]
    return features, word.base, weight


def _grams(key):
    padded = f"<{key}>"
    return [padded[i:i + 3] for i in range(len(padded) - 2)]


def notes(texts, lang, *, grams=True):
    """The features of each text, TF-IDF weighted over `texts` and of unit length."""
    lang = (lang or "").split("-")[0].lower()
    raw = []
    for text in texts:
        bag, surfaces, labels, wholes, nouns = defaultdict(float), defaultdict(set), {}, set(), set()
        for word in words(text, lang):
            if word.stop:
                continue
            features, key, weight = _word_features(word, lang)
            wholes.add(features[0][0])
            if word.kind in NOUNS:
                nouns.update(feature for feature, _, _ in features)
            for feature, value, label in features:
                bag[feature] = max(bag[feature], value)
                surfaces[feature].add(word.surface)
                labels.setdefault(feature, label)
            if grams and len(key) >= 4:
                found = _grams(key)
                share = weight * GRAM_WEIGHT / math.sqrt(len(found))
                for gram in found:
                    bag["g:" + gram] = max(bag["g:" + gram], share)
        raw.append((bag, surfaces, labels, wholes, nouns))
    return _weighted(raw)


def tokens(texts):
    """The plain baseline: each lowercase word as typed is a feature (no analysis, no trigrams)."""
    raw = []
    for text in texts:
        bag, surfaces = defaultdict(float), defaultdict(set)
        for word in words(text, ""):
            bag["w:" + word.base] = 1.0
            surfaces["w:" + word.base].add(word.surface)
        raw.append((bag, surfaces, {f: f[2:] for f in bag}, set(bag), set(bag)))
    return _weighted(raw)


def _weighted(raw):
    count = len(raw)
    df = defaultdict(int)
    for bag, *_ in raw:
        for feature in bag:
            df[feature] += 1
    idf = {f: math.log((count + 1) / (n + 1)) + 1 for f, n in df.items()}
    limit = max(COMMON_FLOOR, COMMON * count)
    result = []
    for bag, surfaces, labels, wholes, nouns in raw:
        vector = {f: w * idf[f] for f, w in bag.items() if df[f] <= limit}
        norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
        result.append(Note({f: w / norm for f, w in vector.items()}, dict(surfaces), labels, frozenset(wholes), frozenset(nouns)))
    return result


def similarities(found):
    """{(i, j): cosine} for every pair i < j of notes that share a feature."""
    postings = defaultdict(list)
    for index, note in enumerate(found):
        for feature, weight in note.vector.items():
            postings[feature].append((index, weight))
    sums = defaultdict(float)
    for entries in postings.values():
        for a in range(len(entries)):
            i, wi = entries[a]
            for j, wj in entries[a + 1:]:
                sums[(i, j)] += wi * wj
    return dict(sums)


def nearest(count, sims, k):
    """Each note's `k` most similar others, most similar first (ties by index)."""
    around = [[] for _ in range(count)]
    for (i, j), value in sims.items():
        around[i].append((value, j))
        around[j].append((value, i))
    return [[j for _, j in sorted(pairs, key=lambda p: (-p[0], p[1]))[:k]] for pairs in around]
