"""Pairs: optimal totals equal networkx's exact blossom on the same matrix; hard rules hold in every pair."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest
from matching_helpers import random_cohort

from peerdesk.core.matching.criteria import Constraints, MatchingError, MatchSettings, pair_key
from peerdesk.core.matching.engine import match
from peerdesk.core.matching.pairs import best_pairs


def networkx_best(scores: np.ndarray, allowed: np.ndarray) -> int:
    graph = nx.Graph()
    n = len(scores)
    graph.add_nodes_from(range(n))
    for i in range(n):
        for j in range(i + 1, n):
            if allowed[i, j]:
                graph.add_edge(i, j, weight=int(scores[i, j]))
    matching = nx.max_weight_matching(graph, maxcardinality=True)
    return len(matching), sum(int(scores[i, j]) for i, j in matching)


@pytest.mark.parametrize("seed", range(30))
def test_random_matrices_match_networkx(seed):
    """Every exact path (assignment, branch and bound, LP with blossom cuts, MILP) against the blossom."""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 45)) if seed < 24 else int(rng.integers(90, 130))
    scores = rng.integers(0, int(rng.choice([4, 1000])), (n, n))
    scores = np.triu(scores, 1) + np.triu(scores, 1).T
    allowed = np.triu(rng.random((n, n)) < rng.uniform(0.1, 1.0), 1)
    allowed = allowed | allowed.T
    result = best_pairs(scores, allowed)
    count, total = networkx_best(scores, allowed)
    assert (len(result.pairs), result.score) == (count, total)
    assert result.proven_optimal
    assert all(allowed[i, j] for i, j in result.pairs)
    used = [x for p in result.pairs for x in p]
    assert len(used) == len(set(used))


@pytest.mark.parametrize("seed", range(6))
def test_cohort_matching_is_optimal_on_its_json_matrix(seed):
    people = random_cohort(30 + seed, seed=seed)
    settings = MatchSettings(mode="pairs", remainder="leave_out")
    result = match(people, settings)
    data = result.to_json()
    ids = data["scores"]["ids"]
    matrix = data["scores"]["matrix"]
    scores = np.array([[round((v or 0) * 10) for v in row] for row in matrix])
    allowed = np.array([[v is not None for v in row] for row in matrix])
    count, total = networkx_best(scores, allowed)
    assert len(data["units"]) == count
    assert round(data["total_score"] * 10) == total
    index = {pid: k for k, pid in enumerate(ids)}
    for unit in data["units"]:
        assert allowed[index[unit[0]], index[unit[1]]]
    assert data["violations"] == []


def test_hard_rules_hold_in_every_pair():
    people = random_cohort(40, seed=3, orgs=5)
    never = frozenset({pair_key(people[0].id, people[1].id), pair_key(people[2].id, people[3].id)})
    a, b = next((x, y) for x in people[4:] for y in people[4:]
                if x.id < y.id and set(x.languages) & set(y.languages) and x.organisation != y.organisation)
    must = frozenset({pair_key(a.id, b.id)})
    previous = frozenset(pair_key(people[k].id, people[k + 1].id) for k in range(6, 30, 2))
    constraints = Constraints(not_same_organisation=True, never_pairs=never, must_pairs=must,
                              previous_pairs=previous)
    result = match(people, MatchSettings(mode="pairs", constraints=constraints))
    by_id = {p.id: p for p in people}
    for unit in result.units:
        members = [by_id[m] for m in unit.members]
        for x in members:
            for y in members:
                if x is y:
                    continue
                assert set(x.languages) & set(y.languages)
                assert x.organisation != y.organisation
                assert pair_key(x.id, y.id) not in never
                assert pair_key(x.id, y.id) not in previous or pair_key(x.id, y.id) in must
    assert any(set(u.members) == {a.id, b.id} for u in result.units)
    assert not result.violations


def test_odd_count_makes_a_trio_or_leaves_one_out():
    people = random_cohort(11, seed=5, languages=("en",))
    trio = match(people, MatchSettings(mode="pairs", remainder="larger"))
    assert sorted(len(u.members) for u in trio.units) == [2, 2, 2, 2, 3]
    assert not trio.unmatched
    assert any("trio" in w for u in trio.units for w in u.warnings)
    alone = match(people, MatchSettings(mode="pairs", remainder="leave_out"))
    assert len(alone.unmatched) == 1 and len(alone.units) == 5
    assert "left over" in alone.unmatched_reasons[alone.unmatched[0]]


def test_repeat_only_when_no_other_choice_and_said_so():
    people = random_cohort(2, seed=1, languages=("en",))
    previous = frozenset({pair_key(people[0].id, people[1].id)})
    result = match(people, MatchSettings(constraints=Constraints(previous_pairs=previous)))
    assert len(result.units) == 1
    assert any("earlier round" in w for w in result.units[0].warnings)
    assert any("Repeated from an earlier round" in n for n in result.notes)


def test_no_possible_partner_says_who_and_why():
    people = random_cohort(7, seed=2, languages=("en",))
    loner = people[0].__class__(**{**people[0].__dict__, "languages": ("ka",), "full_name": "Nino Loner"})
    result = match([loner, *people[1:]], MatchSettings(remainder="leave_out"))
    assert result.unmatched == (loner.id,)
    reason = result.unmatched_reasons[loner.id]
    assert "Nino Loner cannot be matched with anyone" in reason and "no common language with 6 of 6" in reason


def test_empty_profiles_are_flagged():
    people = random_cohort(6, seed=2, languages=("en",))
    empty = people[0].__class__(id=1, uuid="e", full_name="Zsófia Kovács", languages=("en",))
    result = match([empty, *people[1:]], MatchSettings())
    assert any("Empty profile: Zsófia Kovács" in w for u in result.units for w in u.warnings)
    assert any("matched last" in n for n in result.notes)


@pytest.mark.parametrize("count", [0, 1])
def test_too_few_peers_is_a_clear_message(count):
    with pytest.raises(MatchingError, match="no peers|Only one peer"):
        match(random_cohort(count), MatchSettings())


def test_never_and_must_on_the_same_pair_is_refused():
    people = random_cohort(4)
    key = frozenset({pair_key(people[0].id, people[1].id)})
    with pytest.raises(MatchingError, match="both the never-pair and the must-pair list"):
        match(people, MatchSettings(constraints=Constraints(never_pairs=key, must_pairs=key)))


def test_locked_units_survive_a_rerun():
    people = random_cohort(10, seed=4, languages=("en",))
    locked = [(people[0].id, people[9].id)]
    result = match(people, MatchSettings(), locked=locked)
    assert result.units[0].members == locked[0] and result.units[0].locked
    assert sum(len(u.members) for u in result.units) == 10
