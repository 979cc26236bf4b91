"""The matching's direct route to SciPy's assignment solver and HiGHS answers exactly as the public
``scipy.optimize`` functions do (it is only a faster way to load them), and falls back to them."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.optimize import Bounds, LinearConstraint, linear_sum_assignment, linprog, milp
from scipy.sparse import csc_matrix

from peerdesk.core.matching import solvers
from peerdesk.core.matching.pairs import _edges_from, _rows, best_pairs


def _problem(seed: int, n: int = 40):
    rng = np.random.default_rng(seed)
    upper = np.triu(rng.random((n, n)) < 0.25, 1)
    edges = _edges_from(upper | upper.T)
    weights = rng.integers(1, 200, len(edges)).astype(float)
    cuts = [rng.random(n) < 0.15 for _ in range(2)]
    return (n, edges, weights, cuts)


@pytest.mark.parametrize("seed", range(4))
def test_same_answers_as_the_public_functions(seed):
    n, edges, weights, cuts = _problem(seed)
    a, b = _rows(n, edges, cuts)
    matrix = csc_matrix((a.data, a.indices, a.indptr), shape=a.shape)
    x, marginals = solvers.solve_lp(-weights, a, b)
    public = linprog(-weights, A_ub=matrix, b_ub=b, bounds=(0, None), method="highs-ipm")
    assert np.array_equal(x, public.x) and np.array_equal(marginals, public.ineqlin.marginals)
    chosen = solvers.solve_milp(-weights, a, b)
    public = milp(-weights, constraints=LinearConstraint(matrix, -np.inf, b), integrality=np.ones(len(weights)),
                  bounds=Bounds(0, 1))
    assert np.array_equal(chosen, public.x)
    square = np.random.default_rng(seed).random((30, 30))
    assert all(np.array_equal(p, q) for p, q in zip(solvers.linear_sum_assignment(square, maximize=True),
                                                    linear_sum_assignment(square, maximize=True), strict=True))


def test_without_the_direct_route_the_public_functions_give_the_same_pairs(monkeypatch):
    rng = np.random.default_rng(7)
    scores = rng.integers(0, 1000, (160, 160))
    scores = np.triu(scores, 1) + np.triu(scores, 1).T
    allowed = rng.random((160, 160)) < 0.3
    allowed = allowed | allowed.T
    np.fill_diagonal(allowed, False)
    direct = best_pairs(scores, allowed)
    monkeypatch.setattr(solvers, "_extension", lambda name: None)
    public = best_pairs(scores, allowed)
    assert (direct.pairs, direct.score, direct.method) == (public.pairs, public.score, public.method)
    assert direct.method == "LP with blossom cuts"
