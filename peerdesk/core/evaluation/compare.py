"""Before/after a chosen date, and participants against the comparison group, on one measure.

Observations are (date, peer, value). Measures: ``contacts`` (contacts named per report),
``checkins`` (1 for a productive week, 0 otherwise), ``scores`` (learning-area scores, 1/3/5).
Counts go with every mean, so nobody reads a mean of two as a finding. Observations are held as
columns (:class:`ObservationTable`): a year of a large cohort's reports is hundreds of thousands.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import numpy as np

from peerdesk.core.evaluation.records import EvaluationData
from peerdesk.core.evaluation.tables import CheckinTable, ContactTable, GainTable, RecordTable, distinct

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


class ObservationTable(RecordTable[Observation]):
    """Observations as columns: ``day`` (ordinals), ``peer`` and ``value``."""

    __slots__ = ("day", "peer", "value")

    def __init__(self, day: np.ndarray, peer: np.ndarray, value: np.ndarray) -> None:
        self.day = np.asarray(day, dtype=np.int64)
        self.peer = np.asarray(peer, dtype=np.int64)
        self.value = np.asarray(value, dtype=np.float64)

    @classmethod
    def of(cls, values: Iterable[Observation]) -> ObservationTable:
        if isinstance(values, ObservationTable):
            return values
        rows = list(values)
        return cls(np.fromiter((o.day.toordinal() for o in rows), dtype=np.int64, count=len(rows)),
                   np.fromiter((o.peer_id for o in rows), dtype=np.int64, count=len(rows)),
                   np.fromiter((o.value for o in rows), dtype=np.float64, count=len(rows)))

    def __len__(self) -> int:
        return len(self.day)

    def _take(self, rows):
        return ObservationTable(self.day[rows], self.peer[rows], self.value[rows])

    def _records(self, start: int, stop: int):
        for day, peer, value in zip(self.day[start:stop].tolist(), self.peer[start:stop].tolist(),
                                    self.value[start:stop].tolist(), strict=True):
            yield Observation(date.fromordinal(day), peer, value)

    def of_peers(self, peer_ids: Iterable[int]) -> ObservationTable:
        return self._take(np.isin(self.peer, np.fromiter(set(peer_ids), dtype=np.int64)))


def _figure(observations: ObservationTable) -> GroupFigure:
    if not len(observations):
        return GroupFigure(0, 0, None)
    # the values are counts, 0/1 and scores, so the sum is exact in any order
    return GroupFigure(len(observations), len(distinct(observations.peer)),
                       float(observations.value.sum()) / len(observations))


def observations(data: EvaluationData, measure: str) -> ObservationTable:
    """The observations of ``measure`` for everybody in the data."""
    if measure == "contacts":
        contacts = ContactTable.of(data.contacts)
        # one observation per report (a reporter on a day): the number of contacts it names. The table is in
        # day then reporter order, so a report's rows are consecutive.
        starts = np.flatnonzero(np.diff(contacts.day, prepend=-1) | np.diff(contacts.reporter, prepend=-1))
        counts = np.diff(np.append(starts, len(contacts)))
        return ObservationTable(contacts.day[starts], contacts.reporter[starts], counts.astype(np.float64))
    if measure == "checkins":
        checkins = CheckinTable.of(data.checkins)
        return ObservationTable(checkins.week, checkins.peer, (checkins.answer == 1).astype(np.float64))
    if measure == "scores":
        gains = GainTable.of(data.gains)
        return ObservationTable(gains.day, gains.peer, gains.score.astype(np.float64))
    raise ValueError(f"unknown measure {measure!r}; choose one of {', '.join(MEASURES)}")


def before_after(values: Iterable[Observation], cut: date, peer_ids: Iterable[int] | None = None) -> BeforeAfter:
    """Observations strictly before ``cut`` against those on or after it (optionally for some peers only)."""
    rows = ObservationTable.of(values)
    if peer_ids is not None:
        rows = rows.of_peers(peer_ids)
    before = rows.day < cut.toordinal()
    return BeforeAfter(cut, _figure(rows._take(before)), _figure(rows._take(~before)))


def compare_groups(values: Iterable[Observation], participant_ids: Iterable[int],
                   comparison_ids: Iterable[int]) -> GroupComparison:
    rows = ObservationTable.of(values)
    return GroupComparison(_figure(rows.of_peers(participant_ids)), _figure(rows.of_peers(comparison_ids)))
