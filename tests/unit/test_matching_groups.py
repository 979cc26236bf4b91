"""Groups against an exact set-partitioning MILP; mentors against brute force; hard rules in every unit."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from matching_helpers import random_cohort
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csc_matrix

from peerdesk.core.matching.criteria import Constraints, MatchingError, MatchSettings
from peerdesk.core.matching.engine import match
from peerdesk.core.matching.groups import best_groups, group_sizes
from peerdesk.core.matching.mentors import best_mentors


def exact_groups(scores: np.ndarray, allowed: np.ndarray, size: int) -> float:
    """The optimum over every feasible group (set partitioning, HiGHS)."""
    n = len(scores)
    columns, weights = [], []
    for combo in itertools.combinations(range(n), size):
        idx = np.array(combo)
        if allowed[np.ix_(idx, idx)][np.triu_indices(size, 1)].all():
            columns.append(combo)
            weights.append(scores[np.ix_(idx, idx)].sum() // 2)
    rows = [i for c in columns for i in c]
    cols = [k for k, c in enumerate(columns) for _ in c]
    a = csc_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, len(columns)))
    res = milp(-np.array(weights, float), constraints=LinearConstraint(a, 1, 1),
               integrality=np.ones(len(columns)), bounds=Bounds(0, 1))
    assert res.status == 0
    return -res.fun


@pytest.mark.parametrize(("n", "size", "seed"), [(12, 4, 0), (15, 5, 1), (16, 4, 2), (15, 3, 3), (18, 3, 4)])
def test_groups_within_one_percent_of_the_exact_optimum(n, size, seed):
    rng = np.random.default_rng(seed)
    scores = rng.integers(0, 1000, (n, n))
    scores = np.triu(scores, 1) + np.triu(scores, 1).T
    country = np.arange(n) % (n // size + 2)  # enough countries for distinct ones per group
    rng.shuffle(country)
    allowed = country[:, None] != country[None, :]
    result = best_groups(scores, allowed, [size] * (n // size), time_limit=0.5)
    assert result.violations == 0
    assert result.score >= 0.99 * exact_groups(scores, allowed, size)


def test_group_sizes_for_odd_counts():
    assert group_sizes(24, 5, "larger") == [6, 6, 6, 6]
    assert group_sizes(21, 5, "larger") == [6, 5, 5, 5]
    assert group_sizes(21, 5, "smaller") == [5, 4, 4, 4, 4]
    assert group_sizes(9, 5, "larger") == [5, 4]
    assert group_sizes(3, 5) == [3]


def test_groups_with_distinct_countries_hold_every_rule():
    people = random_cohort(60, seed=7, languages=("en",), countries=8)
    settings = MatchSettings(mode="groups", group_size=5, constraints=Constraints(distinct_countries=True))
    result = match(people, settings, time_limit=0.5)
    by_id = {p.id: p for p in people}
    assert sorted(m for u in result.units for m in u.members) == sorted(by_id)
    for unit in result.units:
        countries = [by_id[m].country for m in unit.members]
        assert len(set(countries)) == len(countries)
        assert len(unit.members) == 5
    assert not result.violations


def test_group_size_outside_bounds_is_refused():
    with pytest.raises(MatchingError, match="outside the bounds"):
        match(random_cohort(10), MatchSettings(mode="groups", group_size=7,
                                               constraints=Constraints(max_group_size=6)))


def test_mentors_assignment_is_optimal_and_respects_capacity():
    rng = np.random.default_rng(5)
    n = 9
    scores = rng.integers(0, 1000, (n, n))
    scores = np.triu(scores, 1) + np.triu(scores, 1).T
    allowed = np.ones((n, n), dtype=bool)
    mentors, mentees = [0, 1, 2], [3, 4, 5, 6, 7, 8]
    result = best_mentors(scores, allowed, mentors, mentees, capacity=2)
    best = 0
    for choice in itertools.product(mentors, repeat=len(mentees)):
        if max(choice.count(m) for m in mentors) <= 2:
            best = max(best, sum(int(scores[m, e]) for m, e in zip(choice, mentees, strict=True)))
    assert result.score == best
    assert all(len(ms) <= 2 for _, ms in result.units)


def test_mentor_units_name_the_mentor_first():
    people = random_cohort(12, seed=8, languages=("en",))
    result = match(people, MatchSettings(mode="mentors", mentor_capacity=3))
    by_id = {p.id: p for p in people}
    for unit in result.units:
        assert unit.roles[0] == "mentor" and set(unit.roles[1:]) == {"mentee"}
        assert by_id[unit.members[0]].career_level in ("senior", "executive")
        assert len(unit.members) <= 4


def test_must_pair_mentor_and_mentee_stay_together():
    from peerdesk.core.matching.criteria import pair_key

    people = random_cohort(12, seed=8, languages=("en",))
    mentor = next(p for p in people if p.career_level in ("senior", "executive"))
    mentee = next(p for p in people if p.career_level in ("entry", "mid"))
    settings = MatchSettings(mode="mentors", constraints=Constraints(must_pairs=frozenset({pair_key(mentor.id,
                                                                                                     mentee.id)})))
    result = match(people, settings)
    unit = next(u for u in result.units if u.members[0] == mentor.id)
    assert mentee.id in unit.members
    assert not result.violations
