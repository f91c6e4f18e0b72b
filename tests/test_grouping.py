"""Pairing properties (hypothesis): everyone in exactly one group, no repeated partner while one
can be avoided, late joiners placed."""
import random
from itertools import combinations

from hypothesis import given, settings, strategies as st

from facilitator.activities.pairing.grouping import form_groups, group_sizes, merge, place_late, repeats


def people_and_history(max_people=9):
    return st.integers(min_value=1, max_value=max_people).flatmap(lambda n: st.tuples(
        st.just(list(range(1, n + 1))),
        st.sets(st.sampled_from([frozenset(p) for p in combinations(range(1, n + 1), 2)] or [frozenset()]),
                max_size=n * 2),
    ))


def repeat_free_grouping_exists(people, met, sizes):
    """Brute force, independent of the code under test: try every way to fill the groups."""
    def fill(left, sizes_left):
        if not left:
            return True
        first, rest = left[0], left[1:]
        for size in set(sizes_left):
            remaining = list(sizes_left)
            remaining.remove(size)
            for others in combinations(rest, size - 1):
                group = (first, *others)
                if all(frozenset(p) not in met for p in combinations(group, 2)):
                    if fill([p for p in rest if p not in others], remaining):
                        return True
        return False
    return fill(list(people), sizes)


@settings(max_examples=300, deadline=None)
@given(people_and_history(), st.sampled_from([2, 4]), st.integers(0, 2**32))
def test_everyone_in_exactly_one_group_and_no_avoidable_repeat(case, size, seed):
    people, met = case
    groups = form_groups(people, met, size, random.Random(seed))
    placed = [p for g in groups for p in g]
    assert sorted(placed) == people
    assert sorted(len(g) for g in groups) == sorted(group_sizes(len(people), size))
    if repeats(groups, met):
        assert not repeat_free_grouping_exists(people, met, group_sizes(len(people), size))


@given(st.integers(min_value=2, max_value=60))
def test_pairs_with_one_trio_for_an_odd_count(count):
    sizes = group_sizes(count, 2)
    assert sum(sizes) == count
    assert sorted(sizes) == [2] * (count // 2 - 1) + [2 + count % 2]


@given(st.integers(min_value=1, max_value=60))
def test_fours_stay_between_three_and_five(count):
    sizes = group_sizes(count, 4)
    assert sum(sizes) == count
    if count >= 3:
        assert all(3 <= s <= 5 for s in sizes)


@settings(max_examples=200, deadline=None)
@given(people_and_history(max_people=12), st.integers(0, 2**32))
def test_late_joiner_goes_where_they_meet_fewest_old_partners(case, seed):
    people, met = case
    if len(people) < 3:
        return
    late, present = people[-1], people[:-1]
    groups = form_groups(present, met, 2, random.Random(seed))
    index = place_late(groups, late, met)
    cost = [sum(frozenset((late, m)) in met for m in g) for g in groups]
    assert cost[index] == min(cost)
    assert len(groups[index]) == min(len(g) for g, c in zip(groups, cost) if c == cost[index])


def test_every_round_avoids_repeats_whenever_possible():
    people, met = list(range(1, 7)), set()
    for number in range(6):
        groups = form_groups(people, met, 2, random.Random(number))
        if repeats(groups, met):
            assert not repeat_free_grouping_exists(people, met, group_sizes(6, 2))
        met |= {frozenset(g) for g in groups}
    assert number == 5


def test_merge_makes_fours_from_pairs_and_leaves_the_odd_group_whole():
    fours = merge([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10, 11]], random.Random(1))
    assert sorted(p for g in fours for p in g) == list(range(1, 12))
    assert len(fours) == 3 and all(len(g) in (2, 3, 4, 5) for g in fours)
