"""Maximum-weight pairing with a proof: an LP bound, reduced-cost fixing and an exact MILP (HiGHS).

The pairing maximises first the number of pairs, then the total score (networkx's
``max_weight_matching(maxcardinality=True)`` on the same matrix finds the same total, only slower).

How: solve the fractional matching LP (the assignment relaxation, equal to half of
``linear_sum_assignment`` on the symmetric matrix) by pricing on a sparse candidate graph, which gives
vertex duals ``y`` feasible for *every* pair and an upper bound ``sum(y)``. A MILP on the candidate graph
gives a pairing ``z``. Any pairing that uses pair e is worth at most ``sum(y) - rc(e)``, so pairs with a
reduced cost above the gap cannot improve on ``z``; one more MILP over the pairs that remain is then
optimal over all pairs. Weights are integers, so "optimal" is exact, not within a tolerance.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, linprog, milp
from scipy.sparse import csc_matrix

_TOL = 1e-6


@dataclass(frozen=True)
class Pairing:
    pairs: tuple[tuple[int, int], ...]  # indices into the matrix, i < j
    score: int  # total of the pair scores (internal units)
    upper_bound: float  # no pairing with as many pairs scores more than this
    proven_optimal: bool
    method: str


def pairing_score(scores: np.ndarray, pairs) -> int:
    return int(sum(int(scores[i, j]) for i, j in pairs))


def _edges_from(mask: np.ndarray) -> np.ndarray:
    iu, ju = np.nonzero(np.triu(mask, 1))
    return np.stack([iu, ju], axis=1) if len(iu) else np.zeros((0, 2), dtype=np.int64)


def _incidence(n: int, edges: np.ndarray) -> csc_matrix:
    m = len(edges)
    rows = edges.reshape(-1)
    cols = np.repeat(np.arange(m), 2)
    return csc_matrix((np.ones(2 * m), (rows, cols)), shape=(n, m))


def _solve_lp(n: int, edges: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, float]:
    res = linprog(-w, A_ub=_incidence(n, edges), b_ub=np.ones(n), bounds=(0, None), method="highs")
    if res.status != 0:
        raise RuntimeError(f"LP failed: {res.message}")
    return np.maximum(-res.ineqlin.marginals, 0.0), -res.fun


def _solve_milp(n: int, edges: np.ndarray, w: np.ndarray, time_limit: float | None) -> list[int] | None:
    if len(edges) == 0:
        return []
    options = {"time_limit": time_limit} if time_limit else {}
    res = milp(
        -w,
        constraints=LinearConstraint(_incidence(n, edges), -np.inf, np.ones(n)),
        integrality=np.ones(len(w)),
        bounds=Bounds(0, 1),
        options=options,
    )
    if res.x is None:
        return None
    return [int(k) for k in np.nonzero(res.x > 0.5)[0]]


def greedy_pairs(weights: np.ndarray, allowed: np.ndarray) -> list[tuple[int, int]]:
    """Heaviest allowed pair first: a quick fallback (98-99% of the optimum on typical cohorts)."""
    edges = _edges_from(allowed)
    order = np.argsort(-weights[edges[:, 0], edges[:, 1]], kind="stable")
    used = np.zeros(len(weights), dtype=bool)
    result = []
    for i, j in edges[order]:
        if not used[i] and not used[j]:
            used[i] = used[j] = True
            result.append((int(i), int(j)))
    return result


def best_pairs(
    scores: np.ndarray,
    allowed: np.ndarray,
    *,
    candidates_per_peer: int = 10,
    exact: bool = True,
    time_limit: float | None = None,
    check_cancel: Callable[[], None] | None = None,
) -> Pairing:
    """Pairs maximising (number of pairs, total score) over ``allowed`` pairs of the int ``scores`` matrix.

    With ``exact`` the result is proven optimal; otherwise the MILP runs on the candidate graph only and
    the result carries its proven gap to ``upper_bound``.
    """
    n0 = len(scores)
    if n0 < 2 or not allowed.any():
        return Pairing((), 0, 0.0, True, "trivial")
    scores = np.asarray(scores, dtype=np.int64)
    max_score = int(scores[allowed].max(initial=0))
    bonus = max_score * (n0 // 2 + 1) + 1  # one more pair outweighs any gain in score
    odd = n0 % 2 == 1
    n = n0 + 1 if odd else n0
    weights = np.zeros((n, n), dtype=np.float64)
    weights[:n0, :n0] = scores + bonus
    mask = np.zeros((n, n), dtype=bool)
    mask[:n0, :n0] = allowed
    if odd:  # a dummy partner for whoever is left out keeps the LP bound tight
        weights[n0, :n0] = weights[:n0, n0] = bonus
        mask[n0, :n0] = mask[:n0, n0] = True
    np.fill_diagonal(mask, False)
    masked = np.where(mask, weights, -np.inf)

    # Candidate graph: each peer's best partners.
    k = min(candidates_per_peer, n - 1)
    top = np.argpartition(-masked, k - 1, axis=1)[:, :k] if k < n - 1 else np.tile(np.arange(n), (n, 1))
    cand = np.zeros((n, n), dtype=bool)
    cand[np.repeat(np.arange(n), top.shape[1]), top.reshape(-1)] = True
    cand = (cand | cand.T) & mask
    greedy = greedy_pairs(weights, cand)
    for i, j in greedy:
        cand[i, j] = cand[j, i] = True

    # Price the LP until its duals are feasible for every allowed pair.
    for _ in range(50):
        if check_cancel:
            check_cancel()
        edges = _edges_from(cand)
        y, _lp = _solve_lp(n, edges, weights[edges[:, 0], edges[:, 1]])
        rc = y[:, None] + y[None, :] - weights
        violated = mask & ~cand & (rc < -_TOL)
        if not violated.any():
            break
        worst = np.where(violated, rc, np.inf)
        pick = np.argpartition(worst, min(5, n - 1), axis=1)[:, :5]
        add = np.zeros_like(cand)
        add[np.repeat(np.arange(n), pick.shape[1]), pick.reshape(-1)] = True
        add &= violated
        cand |= add | add.T
    upper = float(y.sum())

    edges = _edges_from(cand)
    chosen = _solve_milp(n, edges, weights[edges[:, 0], edges[:, 1]], time_limit)
    pairs = [tuple(edges[e]) for e in chosen] if chosen is not None else greedy
    value = float(sum(weights[i, j] for i, j in pairs))
    method = "candidate MILP"
    proven = upper - value < 1 - 1e-6
    if exact and not proven:
        if check_cancel:
            check_cancel()
        # Any pairing using pair e is worth at most upper - rc(e); keep only pairs that could beat `value`.
        keep = mask & (rc <= upper - value - 1 + 0.5)
        edges = _edges_from(keep | cand)
        chosen = _solve_milp(n, edges, weights[edges[:, 0], edges[:, 1]], None)
        if chosen is not None:
            better = [tuple(edges[e]) for e in chosen]
            better_value = float(sum(weights[i, j] for i, j in better))
            if better_value >= value:
                pairs, value = better, better_value
            proven, method = True, "reduced-cost fixed MILP"
    real = [(int(min(i, j)), int(max(i, j))) for i, j in pairs if i < n0 and j < n0]
    count = len(real)
    # The bound in score units: nothing with this many pairs can score more (the bonus proves the count).
    score_bound = upper - bonus * (count + (1 if odd and len(real) < len(pairs) else 0))
    if upper >= bonus * (len(pairs) + 1) - 1e-6:
        score_bound = float("inf")  # the LP leaves room for more pairs: no proof in score units
    return Pairing(tuple(sorted(real)), pairing_score(scores, real), score_bound, proven, method)
