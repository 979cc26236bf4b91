"""What a matching run gives back: its units (pairs, groups, mentors with mentees) with scores and
explanations. Kept apart from the engine so the window and the services can hold and show results
without importing numpy and the optimiser before a match runs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

SCALE = 10  # internal units per score point (scores are held as int tenths)


@dataclass(frozen=True)
class UnitResult:
    """One pair, group or mentor with mentees. ``score`` is the mean pair score (0-100)."""

    members: tuple[int, ...]  # peer ids; for mentors the mentor comes first
    roles: tuple[str, ...]
    score: float
    total: float  # sum of the pair scores inside the unit (what the optimiser adds up)
    explanation: str
    warnings: tuple[str, ...] = ()
    locked: bool = False


@dataclass(frozen=True)
class MatchResult:
    mode: str
    units: tuple[UnitResult, ...]
    unmatched: tuple[int, ...]
    unmatched_reasons: dict[int, str]
    violations: tuple[str, ...]
    notes: tuple[str, ...]
    ids: tuple[int, ...]
    scores: np.ndarray = field(repr=False)  # int tenths
    allowed: np.ndarray = field(repr=False)  # pairs the optimiser could use
    upper_bound: float | None = None  # proven bound on the optimised total (score points)
    proven_optimal: bool = False
    method: str = ""
    #: peers the run could not place (not those left out by choice: idle mentors, a "leave out" remainder)
    unplaced: tuple[int, ...] = ()

    @property
    def total_score(self) -> float:
        return round(sum(u.total for u in self.units), 1)

    def matrix(self) -> list[list[float | None]]:
        """Pair scores in points, ``None`` where the hard rules forbid the pair."""
        # whole rows at once (the same floats as int(score) / SCALE), then None where the pair is forbidden
        n = len(self.ids)
        rows = (self.scores[:n, :n].astype("float64") / SCALE).tolist()
        for i, j in zip(*(~self.allowed[:n, :n]).nonzero(), strict=True):
            rows[i][j] = None
        return rows

    def to_json(self) -> dict:
        return {
            "mode": self.mode,
            "units": [list(u.members) for u in self.units],
            "total_score": self.total_score,
            "unmatched": list(self.unmatched),
            "violations": list(self.violations),
            "scores": {"ids": list(self.ids), "matrix": self.matrix()},
            "upper_bound": self.upper_bound,
            "proven_optimal": self.proven_optimal,
            "unit_scores": [u.score for u in self.units],
            "explanations": [u.explanation for u in self.units],
            "warnings": [list(u.warnings) for u in self.units],
            "notes": list(self.notes),
            "unplaced": list(self.unplaced),
        }
