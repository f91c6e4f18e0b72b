"""Average-linkage grouping over sparse similarities (pure): two groups join while the mean
similarity of their ideas, pair by pair, is at least the threshold. Mean linkage keeps a theme
from chaining through one idea that touches two subjects (single linkage would)."""
import heapq
from collections import defaultdict


def average_linkage(count, sims, threshold):
    """The groups of indices 0..count-1, each a sorted list, largest group first."""
    members = {i: [i] for i in range(count)}
    links = defaultdict(dict)  # group -> {other group: sum of pair similarities}
    for (i, j), value in sims.items():
        links[i][j] = links[j][i] = value
    heap = [(-value, i, j) for (i, j), value in sims.items() if value >= threshold]
    heapq.heapify(heap)
    next_id = count
    while heap:
        _, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue  # one side has joined another group since
        merged = members.pop(a) + members.pop(b)
        joined = next_id
        next_id += 1
        members[joined] = merged
        neighbours = defaultdict(float)
        for side in (a, b):
            for other, total in links.pop(side, {}).items():
                if other in members and other != joined:
                    neighbours[other] += total
                    links[other].pop(side, None)
        for other, total in neighbours.items():
            links[joined][other] = links[other][joined] = total
            mean = total / (len(merged) * len(members[other]))
            if mean >= threshold:
                heapq.heappush(heap, (-mean, min(joined, other), max(joined, other)))
    return sorted((sorted(group) for group in members.values()), key=lambda g: (-len(g), g[0]))
