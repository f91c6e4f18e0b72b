"""Quality and speed of the suggested themes (facilitator/activities/cluster/suggestions.py).

    .venv/bin/python -m benchmarks.themes

Groups hand-grouped sticky notes (benchmarks/data/themes_*.tsv: theme, idea) and prints, for the
product's analysis and for a plain word-token baseline (lowercase words as typed, same TF-IDF,
same grouping, at the baseline's own best threshold), the adjusted Rand index of the groups (for the
product: the themes the console offers)
against the hand grouping (an idea left unsorted counts as a group of its own) and precision@3
(of each idea's three most similar ideas, the share in its theme). Then the time to suggest
themes for 300 ideas, with the word analysis cache cold (as after a restart) and warm.
"""
import argparse
import random
import statistics
import time
from collections import Counter
from math import comb
from pathlib import Path

from facilitator import language
from facilitator.activities.cluster import grouping, similarity, suggestions
from facilitator.language import english, finnish

DATA = Path(__file__).parent / "data"
GRID = [round(0.05 * i, 2) for i in range(1, 11)]


def load(name):
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            theme, text = line.split("\t")
            rows.append((theme, text))
    return rows


def adjusted_rand(truth, found):
    """Hubert and Arabie's adjusted Rand index of two labelings of the same items."""
    pairs = Counter(zip(truth, found))
    index = sum(comb(n, 2) for n in pairs.values())
    a = sum(comb(n, 2) for n in Counter(truth).values())
    b = sum(comb(n, 2) for n in Counter(found).values())
    expected = a * b / comb(len(truth), 2)
    top = (a + b) / 2
    return 1.0 if top == expected else (index - expected) / (top - expected)


def precision_at(truth, notes, k=3):
    near = similarity.nearest(len(notes), similarity.similarities(notes), k)
    return statistics.mean(sum(truth[j] == truth[i] for j in near[i]) / k for i in range(len(truth)))


def quality(truth, groups):
    """ARI of `groups` (lists of indices); an index in none is a group of its own."""
    labels = list(range(len(truth), 2 * len(truth)))
    for number, group in enumerate(groups):
        for i in group:
            labels[i] = number
    return adjusted_rand(truth, labels)


def linked(notes, threshold):
    return grouping.average_linkage(len(notes), similarity.similarities(notes), threshold)


def score(name, lang):
    rows = load(name)
    truth = [theme for theme, _ in rows]
    texts = [text for _, text in rows]
    ours = similarity.notes(texts, lang)
    plain = similarity.tokens(texts)
    base_threshold = max(GRID, key=lambda t: quality(truth, linked(plain, t)))
    # The product's figure is what the console offers: the suggested themes, nothing else.
    offered = [t["idea_ids"] for t in suggestions.suggest(list(enumerate(texts)), lang)["themes"]]
    print(f"{name}: {len(rows)} ideas in {len(set(truth))} themes (lang {lang})")
    print(f"  {'method':<34} {'threshold':>9} {'ARI':>6} {'P@3':>6}")
    for label, notes, threshold, groups in (
            ("Voikko + parts + trigrams" if lang == "fi" else "stemmer + trigrams", ours, suggestions.THRESHOLD, offered),
            ("baseline: word tokens", plain, base_threshold, linked(plain, base_threshold))):
        print(f"  {label:<34} {threshold:>9.2f} {quality(truth, groups):>6.3f} {precision_at(truth, notes):>6.3f}")
    return texts


def timing(texts, lang, count=300, runs=5):
    """Milliseconds to suggest themes for `count` distinct ideas made from `texts`."""
    rng = random.Random(1)
    tails = ["heti", "tänä vuonna", "kaikille", "meidän yksikössä", "jatkossa", "ensi kaudella"] if lang == "fi" \
        else ["now", "this year", "for everyone", "in our unit", "from now on", "next season"]
    ideas = [(i, f"{texts[i % len(texts)]} {rng.choice(tails)} {i}") for i in range(count)]
    def run():
        start, cpu = time.perf_counter(), time.process_time()
        suggestions.suggest(ideas, lang)
        return (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000
    cold = []
    for _ in range(runs):
        finnish.analyse.cache_clear()
        english.analyse.cache_clear()
        cold.append(run())
    warm = [run() for _ in range(runs)]
    # CPU time beside the wall clock: on a shared machine the wall clock also counts the waits.
    for label, found in (("cold", cold), ("warm", warm)):
        print(f"  suggest() for {count} ideas, analysis cache {label}: {statistics.median(w for w, _ in found):.0f} ms "
              f"(CPU {statistics.median(c for _, c in found):.0f} ms), median of {runs}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ideas", type=int, default=300, help="ideas in the timing run")
    args = parser.parse_args()
    print(f"Voikko: {'yes' if language.voikko_available() else 'NO (Snowball fallback)'}")
    for name, lang in (("themes_fi.tsv", "fi"), ("themes_en.tsv", "en")):
        if (DATA / name).exists():
            timing(score(name, lang), lang, args.ideas)


if __name__ == "__main__":
    main()
