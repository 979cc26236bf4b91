"""Before/after a chosen date, and participants against the comparison group, on one measure.

Observations are (date, peer, value). Measures: ``contacts`` (contacts named per report),
``checkins`` (1 for a productive week, 0 otherwise), ``scores`` (learning-area scores, 1/3/5).
Counts go with every mean, so nobody reads a mean of two as a finding.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from peerdesk.core.evaluation.records import EvaluationData

MEASURES = ("contacts", "checkins", "scores")


@dataclass(frozen=True)
class Observation:
    day: date
    peer_id: int
    value: float


@dataclass(frozen=True)
class GroupFigure:
    observations: int
    peers: int
    mean: float | None


@dataclass(frozen=True)
class BeforeAfter:
    cut: date
    before: GroupFigure
    after: GroupFigure

    @property
    def change(self) -> float | None:
        if self.before.mean is None or self.after.mean is None:
            return None
        return self.after.mean - self.before.mean


@dataclass(frozen=True)
class GroupComparison:
    participants: GroupFigure
    comparison: GroupFigure


def _figure(observations: Sequence[Observation]) -> GroupFigure:
    if not observations:
        return GroupFigure(0, 0, None)
    return GroupFigure(len(observations), len({o.peer_id for o in observations}),
                       sum(o.value for o in observations) / len(observations))


def observations(data: EvaluationData, measure: str) -> list[Observation]:
    """The observations of ``measure`` for everybody in the data."""
    if measure == "contacts":
        counts = Counter((c.report_date, c.reporter_id) for c in data.contacts)
        return [Observation(day, peer, float(n)) for (day, peer), n in sorted(counts.items())]
    if measure == "checkins":
        return [Observation(c.week_start, c.peer_id, 1.0 if c.productive else 0.0) for c in data.checkins]
    if measure == "scores":
        return [Observation(g.assessed_on, g.peer_id, float(g.score)) for g in data.gains]
    raise ValueError(f"unknown measure {measure!r}; choose one of {', '.join(MEASURES)}")


def before_after(values: Iterable[Observation], cut: date, peer_ids: Iterable[int] | None = None) -> BeforeAfter:
    """Observations strictly before ``cut`` against those on or after it (optionally for some peers only)."""
    wanted = set(peer_ids) if peer_ids is not None else None
    rows = [o for o in values if wanted is None or o.peer_id in wanted]
    return BeforeAfter(cut, _figure([o for o in rows if o.day < cut]), _figure([o for o in rows if o.day >= cut]))


def compare_groups(values: Iterable[Observation], participant_ids: Iterable[int],
                   comparison_ids: Iterable[int]) -> GroupComparison:
    rows = list(values)
    participants, comparison = set(participant_ids), set(comparison_ids)
    return GroupComparison(_figure([o for o in rows if o.peer_id in participants]),
                           _figure([o for o in rows if o.peer_id in comparison]))
