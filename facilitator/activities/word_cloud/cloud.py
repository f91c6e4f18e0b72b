"""The cloud's layout, deterministic and pure: the projector draws it and the report prints it,
so both show the same picture.

Words are set in rows, the biggest in the middle row and each row's biggest word in its middle,
like a word cloud but never overlapping: a word's width is estimated from its letters and the
drawing is held to that width (SVG `textLength`). Sizes follow how many people gave the word,
from MIN_SIZE to MAX_SIZE; when the words do not fit, the sizes shrink, but never below MIN_SIZE
(32 px on a 1920×1080 projector, readable from the back row): the least given words are left
out instead.
"""
import math

# Beside the projector's join panel and under a two-line prompt, at 1920×1080.
WIDTH, HEIGHT = 1500, 560
MIN_SIZE, MAX_SIZE = 32, 132
GAP = 0.45       # between words in a row, in ems of the smaller neighbour
LEADING = 1.18   # a row's height per em of its biggest word
MOST_WORDS = 60
COLOURS = 6      # the drawing's palette (dark enough for text on the projector's light ground)

_NARROW, _WIDE = set("iljtfr.,'’-!:;|"), set("mwMW@")


def width(text, size):
    """The width a word is drawn at: about what a bold sans-serif font takes."""
    ems = sum(0.34 if c in _NARROW else 0.95 if c in _WIDE else 0.74 if c.isupper() else 0.33 if c == " " else 0.64
              for c in text)
    return round(ems * size, 1)


def _sizes(counts, top):
    low, high = min(counts), max(counts)
    if high == low:
        return [min(top, max(MIN_SIZE, 72))] * len(counts)
    return [MIN_SIZE + (top - MIN_SIZE) * math.sqrt((n - low) / (high - low)) for n in counts]


def _rows(words, sizes, limit):
    rows, row, used = [], [], 0.0
    for word, size in zip(words, sizes):
        w = width(word["word"], size)
        w = min(w, limit)
        need = w + (GAP * size if row else 0)
        if row and used + need > limit:
            rows.append(row)
            row, used, need = [], 0.0, w
        row.append((word, size, w))
        used += need
    if row:
        rows.append(row)
    return rows


def _height(rows):
    return sum(max(size for _w, size, _x in row) * LEADING for row in rows)


def _centred(items):
    """The biggest in the middle, the next ones alternately to its right and left."""
    out = []
    for index, item in enumerate(items):
        if index % 2:
            out.append(item)
        else:
            out.insert(0, item)
    return out


def layout(words, width_limit=WIDTH, height_limit=HEIGHT):
    """`words`: [{word, count}] most given first. The words that fit, each with its `size`, its
    centre `x`, its baseline `y`, its drawn `width` and a `colour` (0–5)."""
    words = [w for w in words if w["count"] > 0][:MOST_WORDS]
    while words:
        counts = [w["count"] for w in words]
        top = MAX_SIZE
        while True:
            sizes = _sizes(counts, top)
            rows = _rows(words, sizes, width_limit)
            if _height(rows) <= height_limit or top <= MIN_SIZE:
                break
            top = max(MIN_SIZE, top * 0.92)
        if _height(rows) <= height_limit:
            break
        words = words[:-1]  # still too many at the smallest size: the least given one goes
    else:
        return []
    # The rows from the middle out: the first (biggest) row in the middle, then above, below...
    order = _centred(list(range(len(rows))))
    placed, y = [], (height_limit - _height(rows)) / 2
    for row_index in order:
        row = rows[row_index]
        tallest = max(size for _w, size, _x in row)
        items = _centred(row)
        total = sum(w for _word, _size, w in items) + sum(GAP * s for _word, s, _w in items[1:])
        x = (width_limit - total) / 2
        baseline = y + tallest * (LEADING + 0.72) / 2
        for number, (word, size, w) in enumerate(items):
            if number:
                x += GAP * size
            placed.append({"word": word["word"], "count": word["count"], "size": round(size, 1), "x": round(x + w / 2, 1),
                           "y": round(baseline, 1), "width": w, "colour": (len(placed) * 5 + row_index) % COLOURS})
            x += w
        y += tallest * LEADING
    return placed
