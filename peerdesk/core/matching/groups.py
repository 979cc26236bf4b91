"""Small groups: a feasible greedy start, then swap-and-move local search with restarts.

The objective is the sum of pair scores inside each group; a pair the hard rules forbid costs more than
any score can win back, so the search leaves no forbidden pair in a group when a feasible grouping is
within its reach, and reports every one it could not remove.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Grouping:
    groups: tuple[tuple[int, ...], ...]  # indices into the matrix
    score: int  # sum of pair scores inside groups
    violations: int  # forbidden pairs left inside groups


def group_sizes(n: int, size: int, remainder: str = "larger") -> list[int]:
    """Sizes for ``n`` peers in groups of ``size``: leftovers make some groups one larger, or some one smaller."""
    if n <= 0:
        return []
    if n <= size:
        return [n]
    q, r = divmod(n, size)
    if r == 0:
        return [size] * q
    if remainder == "larger" and r <= q:
        return [size + 1] * r + [size] * (q - r)
    g = q + 1
    d = g * size - n
    return [size] * (g - d) + [size - 1] * d


def grouping_score(scores: np.ndarray, groups: Sequence[Sequence[int]]) -> int:
    total = 0
    for g in groups:
        idx = np.asarray(g, dtype=np.int64)
        total += int(scores[np.ix_(idx, idx)].sum()) // 2
    return total


def grouping_violations(allowed: np.ndarray, groups: Sequence[Sequence[int]]) -> list[tuple[int, int]]:
    bad = []
    for g in groups:
        for x in range(len(g)):
            for y in range(x + 1, len(g)):
                if not allowed[g[x], g[y]]:
                    bad.append((g[x], g[y]))
    return bad


class _Search:
    def __init__(self, scores: np.ndarray, allowed: np.ndarray, sizes: list[int], fixed: list[list[int]],
                 rng: np.random.Generator) -> None:
        n = len(scores)
        self.n, self.rng, self.sizes = n, rng, sizes
        big = int(scores.max(initial=0)) * max(sizes) * 4 + 1
        forbidden = ~allowed.copy()
        np.fill_diagonal(forbidden, False)
        self.m = scores.astype(np.int64) - big * forbidden.astype(np.int64)
        np.fill_diagonal(self.m, 0)
        self.big = big
        self.fixed_members = {i for members in fixed for i in members}
        self.movable = np.array([i not in self.fixed_members for i in range(n)])
        self.fixed = fixed
        self.degree = allowed.sum(axis=1)

    def construct(self) -> np.ndarray:
        n, g = self.n, len(self.sizes)
        group = -np.ones(n, dtype=np.int64)
        counts = np.zeros(g, dtype=np.int64)
        value = np.zeros((n, g), dtype=np.int64)
        for k, members in enumerate(self.fixed):
            for i in members:
                group[i] = k
                counts[k] += 1
                value[:, k] += self.m[:, i]
        cap = np.array(self.sizes)
        free = [i for i in range(n) if group[i] < 0]
        noise = self.rng.random(len(free))
        order = sorted(range(len(free)), key=lambda k: (self.degree[free[k]], noise[k]))
        for k in order:
            i = free[k]
            open_groups = counts < cap
            empty_bonus = np.where(counts == 0, 1, 0)  # spread the hardest peers across groups first
            gain = np.where(open_groups, value[i] + empty_bonus * self.rng.integers(0, 50), np.iinfo(np.int64).min)
            best = int(np.argmax(gain))
            group[i] = best
            counts[best] += 1
            value[:, best] += self.m[:, i]
        return group

    def improve(self, group: np.ndarray, deadline: float, check_cancel: Callable[[], None] | None) -> np.ndarray:
        n, g = self.n, len(self.sizes)
        z = np.zeros((n, g), dtype=np.int64)
        z[np.arange(n), group] = 1
        value = self.m @ z  # value[i, k]: what i gets from the members of group k
        counts = z.sum(axis=0)
        ar = np.arange(n)
        improved = True
        while improved and time.perf_counter() < deadline:
            if check_cancel:
                check_cancel()
            improved = False
            for a in self.rng.permutation(n):
                if not self.movable[a]:
                    continue
                ga = group[a]
                own = value[ar, group]
                # swap a with b
                delta = (value[:, ga] - self.m[:, a] - value[a, ga]) + (value[a, group] - self.m[a] - own)
                delta[(group == ga) | ~self.movable] = np.iinfo(np.int64).min
                b = int(np.argmax(delta))
                best_swap = delta[b]
                # move a to a group one smaller than its own (keeps the set of sizes)
                move = value[a] - value[a, ga]
                move[counts != counts[ga] - 1] = np.iinfo(np.int64).min
                k = int(np.argmax(move))
                if max(best_swap, move[k]) <= 0:
                    continue
                if move[k] > best_swap:
                    self._move(a, ga, k, group, value, counts)
                else:
                    gb = group[b]
                    self._move(a, ga, gb, group, value, counts)
                    self._move(b, gb, ga, group, value, counts)
                improved = True
                if time.perf_counter() > deadline:
                    break
        return group

    def _move(self, i: int, src: int, dst: int, group, value, counts) -> None:
        value[:, src] -= self.m[:, i]
        value[:, dst] += self.m[:, i]
        counts[src] -= 1
        counts[dst] += 1
        group[i] = dst

    def kick(self, group: np.ndarray, swaps: int) -> np.ndarray:
        group = group.copy()
        movable = np.nonzero(self.movable)[0]
        for _ in range(swaps):
            a, b = self.rng.choice(movable, 2, replace=False)
            group[a], group[b] = group[b], group[a]
        return group

    def objective(self, group: np.ndarray) -> int:
        total = 0
        for k in range(len(self.sizes)):
            idx = np.nonzero(group == k)[0]
            total += int(self.m[np.ix_(idx, idx)].sum()) // 2
        return total


def best_groups(
    scores: np.ndarray,
    allowed: np.ndarray,
    sizes: list[int],
    *,
    fixed: Sequence[Sequence[int]] = (),
    time_limit: float = 2.0,
    seed: int = 0,
    check_cancel: Callable[[], None] | None = None,
) -> Grouping:
    """Groups of the given sizes maximising the pair scores inside them; ``fixed`` seeds the first groups."""
    n = len(scores)
    if n == 0 or not sizes:
        return Grouping((), 0, 0)
    if sum(sizes) != n:
        raise ValueError("group sizes must add up to the number of peers")
    fixed = [list(f) for f in fixed]
    if len(fixed) > len(sizes):
        raise ValueError("more fixed groups than groups")
    rng = np.random.default_rng(seed)
    search = _Search(np.asarray(scores), np.asarray(allowed, dtype=bool), list(sizes), fixed, rng)
    start = time.perf_counter()
    deadline = start + time_limit
    best = search.improve(search.construct(), deadline, check_cancel)
    best_value = search.objective(best)
    current, current_value = best.copy(), best_value
    # Iterated local search while time remains (small cohorts get many rounds, large ones few).
    while time.perf_counter() < deadline and search.movable.sum() >= 2 and len(sizes) > 1:
        trial = search.improve(search.kick(current, max(2, n // 10)), deadline, check_cancel)
        value = search.objective(trial)
        if value >= current_value:
            current, current_value = trial, value
        if value > best_value:
            best, best_value = trial.copy(), value
    groups = tuple(tuple(int(i) for i in np.nonzero(best == k)[0]) for k in range(len(sizes)))
    return Grouping(groups, grouping_score(scores, groups), len(grouping_violations(allowed, groups)))
