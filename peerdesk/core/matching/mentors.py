"""Two-sided matching of experienced peers (mentors) with newer ones, each mentor taking up to a capacity."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from peerdesk.core.matching.solvers import linear_sum_assignment


@dataclass(frozen=True)
class MentorMatch:
    units: tuple[tuple[int, tuple[int, ...]], ...]  # (mentor index, mentee indices)
    score: int
    unmatched: tuple[int, ...]  # mentees left without a mentor (too few places or no allowed mentor)


def best_mentors(scores: np.ndarray, allowed: np.ndarray, mentors: list[int], mentees: list[int],
                 capacity: int | dict[int, int]) -> MentorMatch:
    """Optimal assignment (``linear_sum_assignment``) of mentees to mentor places, allowed pairs only.

    ``capacity`` is the same for every mentor, or a place count per mentor.
    """
    places = [m for m in mentors
              for _ in range(capacity.get(m, 0) if isinstance(capacity, dict) else capacity)]
    if not places or not mentees:
        return MentorMatch(tuple((m, ()) for m in mentors), 0, tuple(mentees))
    sub = scores[np.ix_(mentees, places)].astype(np.float64)
    ok = allowed[np.ix_(mentees, places)]
    # An allowed place is worth more than any score, so as many mentees as possible get a mentor.
    bonus = float(scores.max(initial=0)) * len(mentees) + 1
    gain = np.where(ok, sub + bonus, 0.0)
    rows, cols = linear_sum_assignment(gain, maximize=True)
    by_mentor: dict[int, list[int]] = {m: [] for m in mentors}
    matched = set()
    for r, c in zip(rows, cols, strict=True):
        if ok[r, c]:
            by_mentor[places[c]].append(mentees[r])
            matched.add(mentees[r])
    units = tuple((m, tuple(sorted(v))) for m, v in by_mentor.items())
    total = sum(int(scores[m, e]) for m, v in units for e in v)
    return MentorMatch(units, total, tuple(e for e in mentees if e not in matched))
