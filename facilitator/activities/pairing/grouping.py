"""Forming pairs and small groups so that people meet someone new.

Pure functions over participant ids and the set of pairs who have already met, so they can be
tested on their own. Everyone is put in exactly one group; nobody meets a previous partner again
while that can be avoided; an odd count gives one trio; a late joiner goes where they meet the
fewest old partners, in the smallest such group.
"""
import random


class _OutOfBudget(Exception):
    pass


def group_sizes(count, size):
    """Sizes as even as possible: pairs with one trio for an odd count; for fours, 4+3 rather
    than 7, 3+3 rather than 6."""
    if count == 0:
        return []
    groups = max(1, count // size)
    remainder = count - groups * size
    if remainder >= 2 and remainder * 2 >= size:
        groups += 1
    base, extra = divmod(count, groups)
    return [base + 1] * extra + [base] * (groups - extra)


def repeats(groups, met):
    return sum(frozenset((a, b)) in met for g in groups for i, a in enumerate(g) for b in g[i + 1:])


def _greedy(people, met, sizes, rng):
    left = list(people)
    rng.shuffle(left)
    groups = []
    for target in sizes:
        group = [left.pop()]
        while len(group) < target:
            best = min(left, key=lambda p: (sum(frozenset((p, m)) in met for m in group), rng.random()))
            left.remove(best)
            group.append(best)
        groups.append(group)
    return groups


def _exact(people, met, sizes, rng, budget):
    """Groups with no repeated partner, or None if there are none. Searches every grouping
    (most-constrained person first, each group's size tried in turn) up to `budget` steps."""
    order = list(people)
    rng.shuffle(order)
    unassigned = set(order)
    remaining = sorted(sizes)
    groups, steps = [], [0]

    def fits(person, group):
        return all(frozenset((person, m)) not in met for m in group)

    def constraint(person):
        return sum(frozenset((person, other)) in met for other in unassigned if other != person)

    def add_members(group, target, start):
        if len(group) == target:
            return solve()
        for index in range(start, len(order)):
            person = order[index]
            if person in unassigned and fits(person, group):
                unassigned.discard(person)
                group.append(person)
                if add_members(group, target, index + 1):
                    return True
                group.pop()
                unassigned.add(person)
        return False

    def solve():
        steps[0] += 1
        if steps[0] > budget:
            raise _OutOfBudget
        if not unassigned:
            return True
        first = max(unassigned, key=constraint)  # whoever is hardest to place must go somewhere
        unassigned.discard(first)
        for target in sorted(set(remaining)):
            remaining.remove(target)
            group = [first]
            groups.append(group)
            if add_members(group, target, 0):
                return True
            groups.pop()
            remaining.append(target)
        unassigned.add(first)
        return False

    try:
        return groups if solve() else None
    except _OutOfBudget:
        return None


def form_groups(people, met, size=2, rng=None, budget=20000):
    """Groups of about `size` from `people`, with as few old partners meeting again as possible."""
    rng = rng or random.Random()
    sizes = group_sizes(len(people), size)
    if not sizes:
        return []
    best = min((_greedy(people, met, sizes, rng) for _ in range(30)), key=lambda g: repeats(g, met))
    if repeats(best, met):
        exact = _exact(people, met, sizes, rng, budget)
        if exact is not None:
            best = exact
    return [sorted(g) for g in best]


def place_late(groups, person, met):
    """The index of the group a late joiner should join."""
    if not groups:
        return None
    return min(range(len(groups)), key=lambda i: (
        sum(frozenset((person, m)) in met for m in groups[i]), len(groups[i]), i))


def merge(groups, rng=None):
    """Two groups into one, e.g. pairs into fours for 1-2-4-All; an odd group out stays as it is
    rather than making a group of six."""
    rng = rng or random.Random()
    shuffled = [list(g) for g in groups]
    rng.shuffle(shuffled)
    merged = [shuffled[i] + shuffled[i + 1] for i in range(0, len(shuffled) - 1, 2)]
    if len(shuffled) % 2:
        merged.append(shuffled[-1])
    return [sorted(g) for g in merged]
